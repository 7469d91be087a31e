// Continuous intake while serving: files dropped into an inbox folder and feeds (RSS/Atom, JSON
// Lines URLs) listed in a file, polled on a schedule with conditional requests (ETag,
// Last-Modified) and exponential backoff on errors, one log line per fetch. What is fetched goes
// to a sink (the CLI wires the ingest pipeline: reading, duplicates, extraction, one transaction
// per report), so this stage needs no extraction code.
#pragma once

#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <functional>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "core/result.hpp"

namespace truce::serve {

// What the sink made of one input.
struct IntakeCount {
  int stored = 0;
  int already_stored = 0;
  int problems = 0;
};

// Reads and stores the reports in `bytes` (named `origin`: a file name or URL; `source`: the
// outlet the feeds file names, or "").
using IntakeSink = std::function<IntakeCount(const std::string& origin, const std::string& bytes,
                                             const std::string& source)>;
using IntakeLog = std::function<void(const std::string& line)>;

struct FeedSpec {
  std::string url;     // http:// or https://
  std::string source;  // the outlet, when the feed does not say
};

// Reads a feeds file: one URL a line, optionally followed by white space and the outlet's name;
// '#' starts a comment. Fails with "FILE:LINE: problem".
Result<std::vector<FeedSpec>> read_feeds_file(const std::filesystem::path& file);

struct IntakeOptions {
  std::filesystem::path inbox;  // empty: no inbox
  std::vector<FeedSpec> feeds;
  std::chrono::seconds poll{300};          // between fetches of a feed that answered
  std::chrono::seconds max_backoff{3600};  // the longest wait after errors
  std::chrono::milliseconds settle{1000};  // a dropped file must be this old to be taken
  std::size_t max_bytes = std::size_t{20} << 20;
};

class Intake {
 public:
  using Clock = std::chrono::steady_clock;

  Intake(IntakeOptions options, IntakeSink sink, IntakeLog log);
  ~Intake();

  // Takes the inbox's settled files and fetches the feeds that are due at `now`. The thread
  // started by start() calls it every second; tests call it directly.
  void run_once(Clock::time_point now);
  void start();
  void stop();

  // Each feed's state (url, last status, failures, seconds to the next fetch) and the inbox's
  // counts, for GET /api/intake.
  nlohmann::json status() const;

 private:
  struct Feed {
    FeedSpec spec;
    std::string etag;
    std::string last_modified;
    int failures = 0;
    Clock::time_point next{};
    std::string last_result = "not fetched yet";
    std::string last_fetched;  // UTC, ISO 8601
  };

  void take_inbox(Clock::time_point now);
  void take_file(const std::filesystem::path& file);
  void fetch(Feed& feed, Clock::time_point now);
  void fail(Feed& feed, Clock::time_point now, const std::string& problem);

  IntakeOptions options_;
  IntakeSink sink_;
  IntakeLog log_;
  std::vector<Feed> feeds_;
  int files_taken_ = 0;
  int files_failed_ = 0;
  mutable std::mutex mutex_;  // guards the state status() reads
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace truce::serve
