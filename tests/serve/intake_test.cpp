// Continuous intake against a feed served by a local HTTP server (no internet): conditional
// requests, backoff on errors, one log line per fetch; and files dropped into an inbox.
#include <gtest/gtest.h>
#include <httplib.h>

#include <atomic>
#include <thread>

#include "run_command.hpp"
#include "serve/intake.hpp"

namespace truce::testing {
namespace {

using namespace std::chrono_literals;
using serve::Intake;

const char* kFeed = R"(<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Shelling of Tartar</title><pubDate>Wed, 14 Oct 2020 10:00:00 GMT</pubDate>
<description>Tartar was shelled overnight, the ministry said.</description></item>
</channel></rss>)";

// A feed server: answers /feed.xml with an ETag, 304 when it is sent back, or `failing` 503s.
class FeedServer {
 public:
  FeedServer() {
    server_.Get("/feed.xml", [this](const httplib::Request& req, httplib::Response& res) {
      ++requests;
      last_if_none_match = req.get_header_value("If-None-Match");
      if (failing > 0) {
        --failing;
        res.status = 503;
        return;
      }
      res.set_header("ETag", "\"v1\"");
      if (last_if_none_match == "\"v1\"") {
        res.status = 304;
        return;
      }
      res.set_content(kFeed, "application/rss+xml");
    });
    port_ = server_.bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { server_.listen_after_bind(); });
  }
  ~FeedServer() {
    server_.stop();
    thread_.join();
  }
  std::string url() const { return "http://127.0.0.1:" + std::to_string(port_) + "/feed.xml"; }

  std::atomic<int> requests = 0;
  std::atomic<int> failing = 0;
  std::string last_if_none_match;

 private:
  httplib::Server server_;
  int port_ = 0;
  std::thread thread_;
};

struct Recorder {
  std::vector<std::string> origins;
  std::vector<std::string> sources;
  std::vector<std::string> log;
  serve::IntakeSink sink() {
    return [this](const std::string& origin, const std::string& bytes, const std::string& source) {
      origins.push_back(origin);
      sources.push_back(source);
      return serve::IntakeCount{bytes.find("<item>") != std::string::npos ? 1 : 0, 0, 0};
    };
  }
  serve::IntakeLog logger() {
    return [this](const std::string& line) { log.push_back(line); };
  }
};

TEST(Intake, PollsAFeedWithConditionalRequests) {
  FeedServer feed;
  Recorder recorder;
  serve::IntakeOptions options;
  options.feeds = {{feed.url(), "Example Wire"}};
  options.poll = 60s;
  Intake intake(options, recorder.sink(), recorder.logger());
  const auto t0 = Intake::Clock::now();
  intake.run_once(t0);
  ASSERT_EQ(recorder.origins.size(), 1u);
  EXPECT_EQ(recorder.origins[0], feed.url());
  EXPECT_EQ(recorder.sources[0], "Example Wire");
  intake.run_once(t0 + 30s);  // not due yet
  EXPECT_EQ(feed.requests, 1);
  intake.run_once(t0 + 61s);
  EXPECT_EQ(feed.requests, 2);
  EXPECT_EQ(feed.last_if_none_match, "\"v1\"");
  EXPECT_EQ(recorder.origins.size(), 1u);  // 304: nothing new to read
  ASSERT_EQ(recorder.log.size(), 2u);      // one line per fetch
  EXPECT_NE(recorder.log[0].find("-> 200"), std::string::npos) << recorder.log[0];
  EXPECT_NE(recorder.log[0].find("1 new"), std::string::npos) << recorder.log[0];
  EXPECT_NE(recorder.log[1].find("-> 304 not modified"), std::string::npos) << recorder.log[1];
  const auto status = intake.status();
  EXPECT_EQ(status["feeds"][0]["last_result"], "304 not modified");
}

TEST(Intake, BacksOffOnErrorsAndRecovers) {
  FeedServer feed;
  feed.failing = 2;
  Recorder recorder;
  serve::IntakeOptions options;
  options.feeds = {{feed.url(), ""}};
  options.poll = 10s;
  options.max_backoff = 30s;
  Intake intake(options, recorder.sink(), recorder.logger());
  const auto t0 = Intake::Clock::now();
  intake.run_once(t0);  // 503: next try in 20 s
  EXPECT_NE(recorder.log.back().find("HTTP 503; failure 1, next try in 20 s"), std::string::npos)
      << recorder.log.back();
  intake.run_once(t0 + 15s);
  EXPECT_EQ(feed.requests, 1);
  intake.run_once(t0 + 21s);  // 503 again: 40 s, capped at 30 s
  EXPECT_NE(recorder.log.back().find("failure 2, next try in 30 s"), std::string::npos)
      << recorder.log.back();
  EXPECT_EQ(intake.status()["feeds"][0]["failures"], 2);
  intake.run_once(t0 + 52s);
  EXPECT_EQ(feed.requests, 3);
  EXPECT_EQ(recorder.origins.size(), 1u);
  EXPECT_EQ(intake.status()["feeds"][0]["failures"], 0);
}

TEST(Intake, AnUnreachableFeedIsLoggedAndRetried) {
  Recorder recorder;
  serve::IntakeOptions options;
  options.feeds = {{"http://127.0.0.1:1/feed.xml", ""}};
  options.poll = 5s;
  Intake intake(options, recorder.sink(), recorder.logger());
  intake.run_once(Intake::Clock::now());
  ASSERT_EQ(recorder.log.size(), 1u);
  EXPECT_NE(recorder.log[0].find("no answer"), std::string::npos) << recorder.log[0];
  EXPECT_TRUE(recorder.origins.empty());
}

TEST(Intake, TakesSettledInboxFilesAndMovesThemAside) {
  TempDir dir;
  Recorder recorder;
  serve::IntakeOptions options;
  options.inbox = dir / "inbox";
  options.settle = 0ms;
  write_file(dir / "inbox" / "report.txt", "Tartar was shelled overnight.");
  write_file(dir / "inbox" / ".hidden", "not a report");
  serve::IntakeSink failing_for_empty = [&](const std::string& origin, const std::string& bytes,
                                            const std::string& source) {
    recorder.origins.push_back(origin);
    (void)source;
    return bytes.empty() ? serve::IntakeCount{0, 0, 1} : serve::IntakeCount{1, 0, 0};
  };
  write_file(dir / "inbox" / "empty.txt", "");
  Intake intake(options, failing_for_empty, recorder.logger());
  intake.run_once(Intake::Clock::now());
  EXPECT_EQ(recorder.origins.size(), 2u);
  EXPECT_TRUE(std::filesystem::exists(dir / "inbox" / "done" / "report.txt"));
  EXPECT_TRUE(std::filesystem::exists(dir / "inbox" / "failed" / "empty.txt"));
  EXPECT_TRUE(std::filesystem::exists(dir / "inbox" / "failed" / "empty.txt.error.txt"));
  EXPECT_TRUE(std::filesystem::exists(dir / "inbox" / ".hidden"));
  intake.run_once(Intake::Clock::now());  // nothing left to take
  EXPECT_EQ(recorder.origins.size(), 2u);
  EXPECT_EQ(intake.status()["files_taken"], 1);
  EXPECT_EQ(intake.status()["files_failed"], 1);
}

TEST(Intake, AFileStillBeingWrittenWaits) {
  TempDir dir;
  Recorder recorder;
  serve::IntakeOptions options;
  options.inbox = dir / "inbox";
  options.settle = 60s;
  write_file(dir / "inbox" / "report.txt", "Tartar was shelled overnight.");
  Intake intake(options, recorder.sink(), recorder.logger());
  intake.run_once(Intake::Clock::now());
  EXPECT_TRUE(recorder.origins.empty());
}

TEST(Intake, FeedsFileErrorsNameTheLine) {
  TempDir dir;
  write_file(dir / "feeds.txt",
             "# feeds\nhttp://127.0.0.1:8000/feed.xml  Example Wire\n\nftp://x/y\n");
  auto bad = serve::read_feeds_file(dir / "feeds.txt");
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.error().message.find("feeds.txt:4: 'ftp://x/y' is not an http"), std::string::npos)
      << bad.error().message;
  write_file(dir / "feeds.txt", "http://127.0.0.1:8000/feed.xml  Example Wire  # comment\n");
  auto good = serve::read_feeds_file(dir / "feeds.txt");
  ASSERT_TRUE(good) << good.error().message;
  ASSERT_EQ(good->size(), 1u);
  EXPECT_EQ((*good)[0].source, "Example Wire");
  EXPECT_FALSE(serve::read_feeds_file(dir / "missing.txt"));
}

}  // namespace
}  // namespace truce::testing
