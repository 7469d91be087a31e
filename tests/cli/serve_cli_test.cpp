// `truce token` and `truce serve` as a user runs them: a token printed once and stored hashed,
// bad arguments named, and a server on a free port that answers until SIGTERM.
#include <gtest/gtest.h>
#include <httplib.h>

#include <chrono>
#include <regex>
#include <thread>

#include "run_command.hpp"

namespace truce::testing {
namespace {

TEST(TokenCli, CreatesATokenShownOnceAndStoredHashed) {
  TempDir dir;
  const auto db = dir / "truce.db";
  const auto made = run_truce("token create --name ana --role analyst", db, dir.path());
  ASSERT_EQ(made.exit_code, 0) << made.err;
  const std::string secret = made.out.substr(0, made.out.find('\n'));
  EXPECT_TRUE(std::regex_match(secret, std::regex("truce_[0-9a-f]{48}"))) << secret;
  // Only its hash is stored: the secret is in neither the database nor its write-ahead log.
  for (const char* suffix : {"", "-wal"}) {
    EXPECT_EQ(read_file(db.string() + suffix).find(secret), std::string::npos) << suffix;
  }
  const auto listed = run_truce("token list", db, dir.path());
  EXPECT_NE(listed.out.find("ana"), std::string::npos);
  EXPECT_EQ(listed.out.find(secret), std::string::npos);
  const auto again = run_truce("token create --name ana --role admin", db, dir.path());
  EXPECT_EQ(again.exit_code, 1);
  EXPECT_NE(again.err.find("a token named 'ana' exists already"), std::string::npos) << again.err;
  EXPECT_NE(run_truce("token create --name bob --role king", db, dir.path()).exit_code, 0);
  EXPECT_EQ(run_truce("token revoke --name ana", db, dir.path()).exit_code, 0);
  EXPECT_EQ(run_truce("token revoke --name ana", db, dir.path()).exit_code, 1);
}

TEST(ServeCli, BadListenAddressesAreNamed) {
  TempDir dir;
  const auto bad = run_truce("serve --listen localhost", dir / "truce.db", dir.path());
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("--listen: 'localhost'"), std::string::npos) << bad.err;
  const auto port = run_truce("serve --listen 127.0.0.1:99999", dir / "truce.db", dir.path());
  EXPECT_EQ(port.exit_code, 2);
  const auto web = run_truce("serve --web /nonexistent", dir / "truce.db", dir.path());
  EXPECT_EQ(web.exit_code, 1);
  EXPECT_NE(web.err.find("/nonexistent: no index.html"), std::string::npos) << web.err;
  const auto rate = run_truce("serve --rate-limit 0", dir / "truce.db", dir.path());
  EXPECT_EQ(rate.exit_code, 2);
  EXPECT_NE(rate.err.find("--rate-limit: '0'"), std::string::npos) << rate.err;
}

TEST(ServeCli, ServesOnAFreePortUntilTerminated) {
  TempDir dir;
  const auto out = dir / "serve.out";
  const auto started = run_shell(
      std::string("'") + TRUCE_BINARY + "' --db '" + (dir / "truce.db").string() +
          "' serve --api-only --listen 127.0.0.1:0 >'" + out.string() + "' 2>&1 & echo $!",
      dir.path());
  const std::string pid = started.out.substr(0, started.out.find('\n'));
  std::smatch match;
  std::string printed;
  for (int i = 0; i < 100; ++i) {
    printed = read_file(out);
    if (std::regex_search(printed, match, std::regex(R"(http://127\.0\.0\.1:(\d+)/)"))) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  ASSERT_FALSE(match.empty()) << printed;
  httplib::Client client("127.0.0.1", std::stoi(match[1]));
  auto health = client.Get("/api/health");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
  EXPECT_NE(health->body.find("\"reports\":0"), std::string::npos) << health->body;
  EXPECT_EQ(client.Get("/")->status, 404);  // --api-only
  // After SIGTERM it stops answering (the process may linger as a zombie of no parent: ask
  // the port, not the process table).
  ASSERT_EQ(run_shell("kill -TERM " + pid, dir.path()).exit_code, 0);
  bool stopped = false;
  for (int i = 0; i < 100 && !stopped; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    httplib::Client again("127.0.0.1", std::stoi(match[1]));
    again.set_connection_timeout(0, 200'000);
    stopped = !again.Get("/api/health");
  }
  EXPECT_TRUE(stopped);
}

}  // namespace
}  // namespace truce::testing
