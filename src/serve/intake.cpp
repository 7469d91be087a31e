// See intake.hpp.
#include "serve/intake.hpp"

#include <fmt/chrono.h>
#include <fmt/core.h>
#include <httplib.h>

#include <fstream>
#include <regex>
#include <sstream>

namespace truce::serve {
namespace {

namespace fs = std::filesystem;

std::string utc_now() {
  return fmt::format("{:%Y-%m-%dT%H:%M:%SZ}", fmt::gmtime(std::time(nullptr)));
}

std::string read_all(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// Moves `file` into `folder` under the inbox, without overwriting an earlier file of that name.
fs::path move_into(const fs::path& file, const fs::path& folder) {
  fs::create_directories(folder);
  fs::path target = folder / file.filename();
  for (int n = 1; fs::exists(target); ++n) {
    target = folder / fmt::format("{}.{}{}", file.stem().string(), n, file.extension().string());
  }
  fs::rename(file, target);
  return target;
}

std::string summary(const IntakeCount& count) {
  return fmt::format("{} new, {} already stored, {} problem(s)", count.stored, count.already_stored,
                     count.problems);
}

}  // namespace

Result<std::vector<FeedSpec>> read_feeds_file(const fs::path& file) {
  std::ifstream in(file);
  if (!in) return make_error(fmt::format("{}: cannot read the feeds file", file.string()));
  static const std::regex kLine(R"(^\s*(\S+)\s*(.*?)\s*$)");
  std::vector<FeedSpec> feeds;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (const auto hash = line.find('#'); hash != std::string::npos) line.erase(hash);
    std::smatch match;
    if (!std::regex_match(line, match, kLine)) continue;
    const std::string url = match[1];
    if (!url.starts_with("http://") && !url.starts_with("https://")) {
      return make_error(
          fmt::format("{}:{}: '{}' is not an http:// or https:// URL", file.string(), number, url));
    }
    if (url.find('/', url.find("//") + 2) == std::string::npos && url.back() != '/') {
      return make_error(fmt::format("{}:{}: '{}' has no path (e.g. {}/feed.xml)", file.string(),
                                    number, url, url));
    }
    feeds.push_back({url, match[2]});
  }
  return feeds;
}

Intake::Intake(IntakeOptions options, IntakeSink sink, IntakeLog log)
    : options_(std::move(options)), sink_(std::move(sink)), log_(std::move(log)) {
  for (const auto& spec : options_.feeds) feeds_.push_back({spec});
}

Intake::~Intake() { stop(); }

void Intake::run_once(Clock::time_point now) {
  if (!options_.inbox.empty()) take_inbox(now);
  for (auto& feed : feeds_) {
    if (now >= feed.next) fetch(feed, now);
  }
}

void Intake::take_inbox(Clock::time_point) {
  std::error_code ec;
  if (!fs::is_directory(options_.inbox, ec)) return;
  std::vector<fs::path> ready;
  const auto settled = fs::file_time_type::clock::now() - options_.settle;
  for (const auto& entry : fs::directory_iterator(options_.inbox, ec)) {
    const std::string name = entry.path().filename().string();
    if (!entry.is_regular_file(ec) || name.starts_with(".")) continue;
    if (entry.last_write_time(ec) > settled) continue;  // still being written, perhaps
    ready.push_back(entry.path());
  }
  std::sort(ready.begin(), ready.end());
  for (const auto& file : ready) take_file(file);
}

void Intake::take_file(const fs::path& file) {
  std::error_code ec;
  const auto size = fs::file_size(file, ec);
  IntakeCount count;
  std::string problem;
  if (ec || size > options_.max_bytes) {
    problem = ec ? ec.message() : fmt::format("larger than {} bytes", options_.max_bytes);
  } else {
    count = sink_(file.string(), read_all(file), "");
    if (count.problems > 0) problem = summary(count);
  }
  const bool failed = !problem.empty() && count.stored == 0 && count.already_stored == 0;
  const fs::path moved = move_into(file, options_.inbox / (failed ? "failed" : "done"));
  if (failed) std::ofstream(moved.string() + ".error.txt") << problem << "\n";
  std::lock_guard lock(mutex_);
  (failed ? files_failed_ : files_taken_) += 1;
  log_(fmt::format("intake: {} -> {} ({})", file.string(), moved.string(),
                   failed ? problem : summary(count)));
}

// GETs `url`; follows up to three redirects itself (httplib's own following takes a 304 for a
// redirect without a Location).
static httplib::Result get_following(std::string url, const httplib::Headers& headers) {
  for (int hop = 0;; ++hop) {
    const auto scheme_end = url.find("//") + 2;
    const auto path_start = std::min(url.find('/', scheme_end), url.size());
    httplib::Client client(url.substr(0, path_start));
    client.set_connection_timeout(10);
    client.set_read_timeout(30);
    const std::string path = path_start < url.size() ? url.substr(path_start) : "/";
    auto response = client.Get(path, headers);
    const bool redirect = response && (response->status == 301 || response->status == 302 ||
                                       response->status == 307 || response->status == 308);
    if (!redirect || hop == 3 || !response->has_header("Location")) return response;
    const std::string location = response->get_header_value("Location");
    url = location.starts_with("http") ? location : url.substr(0, path_start) + location;
  }
}

void Intake::fetch(Feed& feed, Clock::time_point now) {
  httplib::Headers headers = {{"User-Agent", "truce/0.1 (feed intake)"}};
  if (!feed.etag.empty()) headers.emplace("If-None-Match", feed.etag);
  if (!feed.last_modified.empty()) headers.emplace("If-Modified-Since", feed.last_modified);
  const auto started = Clock::now();
  auto response = get_following(feed.spec.url, headers);
  const auto ms =
      std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - started).count();
  if (!response) {
    return fail(feed, now, fmt::format("no answer ({})", httplib::to_string(response.error())));
  }
  if (response->status == 304) {
    std::lock_guard lock(mutex_);
    feed.failures = 0;
    feed.next = now + options_.poll;
    feed.last_result = "304 not modified";
    feed.last_fetched = utc_now();
    log_(fmt::format("intake: GET {} -> 304 not modified ({} ms)", feed.spec.url, ms));
    return;
  }
  if (response->status != 200) return fail(feed, now, fmt::format("HTTP {}", response->status));
  if (response->body.size() > options_.max_bytes) {
    return fail(feed, now, fmt::format("body larger than {} bytes", options_.max_bytes));
  }
  const IntakeCount count = sink_(feed.spec.url, response->body, feed.spec.source);
  std::lock_guard lock(mutex_);
  feed.etag = response->get_header_value("ETag");
  feed.last_modified = response->get_header_value("Last-Modified");
  feed.failures = 0;
  feed.next = now + options_.poll;
  feed.last_result = "200: " + summary(count);
  feed.last_fetched = utc_now();
  log_(fmt::format("intake: GET {} -> 200, {} bytes, {} ({} ms)", feed.spec.url,
                   response->body.size(), summary(count), ms));
}

void Intake::fail(Feed& feed, Clock::time_point now, const std::string& problem) {
  std::lock_guard lock(mutex_);
  feed.failures += 1;
  const auto wait = std::min<std::chrono::seconds>(
      options_.max_backoff, options_.poll * (int64_t{1} << std::min(feed.failures, 20)));
  feed.next = now + wait;
  feed.last_result = "error: " + problem;
  feed.last_fetched = utc_now();
  log_(fmt::format("intake: GET {} -> {}; failure {}, next try in {} s", feed.spec.url, problem,
                   feed.failures, wait.count()));
}

void Intake::start() {
  thread_ = std::thread([this] {
    std::unique_lock lock(mutex_);
    while (!stopping_) {
      lock.unlock();
      run_once(Clock::now());
      lock.lock();
      wake_.wait_for(lock, std::chrono::seconds(1), [this] { return stopping_; });
    }
  });
}

void Intake::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

nlohmann::json Intake::status() const {
  std::lock_guard lock(mutex_);
  const auto now = Clock::now();
  nlohmann::json feeds = nlohmann::json::array();
  for (const auto& f : feeds_) {
    feeds.push_back(
        {{"url", f.spec.url},
         {"source", f.spec.source},
         {"last_result", f.last_result},
         {"last_fetched",
          f.last_fetched.empty() ? nlohmann::json() : nlohmann::json(f.last_fetched)},
         {"failures", f.failures},
         {"next_in_seconds",
          std::max<int64_t>(
              0, std::chrono::duration_cast<std::chrono::seconds>(f.next - now).count())}});
  }
  return {{"inbox",
           options_.inbox.empty() ? nlohmann::json() : nlohmann::json(options_.inbox.string())},
          {"files_taken", files_taken_},
          {"files_failed", files_failed_},
          {"feeds", feeds}};
}

}  // namespace truce::serve
