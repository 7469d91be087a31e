// A one-line progress bar on stderr for long commands: done/total and rate. It draws only when
// stderr is a terminal, so scripts and logs see nothing of it.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>

namespace truce::cli {

class ProgressBar {
 public:
  // `enabled` false (e.g. --quiet) keeps it silent even on a terminal.
  ProgressBar(std::size_t total, std::string label, bool enabled);
  ~ProgressBar();
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;

  // Counts one more item done and redraws at most ten times a second.
  void advance();
  // Clears the bar so that a message can be printed on a clean line.
  void clear();

 private:
  void draw();

  std::size_t total_;
  std::size_t done_ = 0;
  std::string label_;
  bool active_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
};

}  // namespace truce::cli
