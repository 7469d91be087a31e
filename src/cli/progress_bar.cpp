// Terminal progress bar; see progress_bar.hpp.
#include "cli/progress_bar.hpp"

#include <fmt/core.h>
#include <unistd.h>

#include <cstdio>

namespace truce::cli {

ProgressBar::ProgressBar(std::size_t total, std::string label, bool enabled)
    : total_(total),
      label_(std::move(label)),
      active_(enabled && isatty(STDERR_FILENO) == 1),
      start_(std::chrono::steady_clock::now()) {}

ProgressBar::~ProgressBar() { clear(); }

void ProgressBar::advance() {
  ++done_;
  if (!active_) return;
  const auto now = std::chrono::steady_clock::now();
  if (done_ == total_ || now - last_draw_ > std::chrono::milliseconds(100)) {
    last_draw_ = now;
    draw();
  }
}

void ProgressBar::draw() {
  constexpr int kWidth = 30;
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  const double fraction = total_ ? static_cast<double>(done_) / static_cast<double>(total_) : 1;
  const int filled = static_cast<int>(fraction * kWidth);
  const double rate = seconds > 0 ? static_cast<double>(done_) / seconds : 0;
  fmt::print(stderr, "\r{} [{}{}] {}/{} {:.1f}/s", label_, std::string(filled, '#'),
             std::string(kWidth - filled, '.'), done_, total_, rate);
  std::fflush(stderr);
  drawn_ = true;
}

void ProgressBar::clear() {
  if (!drawn_) return;
  fmt::print(stderr, "\r\033[K");
  std::fflush(stderr);
  drawn_ = false;
}

}  // namespace truce::cli
