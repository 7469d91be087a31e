// A kill in the middle of an ingest: every report stored before the kill is whole, none is
// half-written, and ingesting again completes the job.
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>
#include <nlohmann/json.hpp>

#include <fmt/core.h>
#include <chrono>
#include <thread>

#include "run_command.hpp"

namespace truce::testing {
namespace {

int count_rows(const std::filesystem::path& db, const char* sql) {
  sqlite3* handle = nullptr;
  if (sqlite3_open_v2(db.c_str(), &handle, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    sqlite3_close(handle);
    return -1;
  }
  sqlite3_busy_timeout(handle, 2000);
  sqlite3_stmt* stmt = nullptr;
  int count = -1;
  if (sqlite3_prepare_v2(handle, sql, -1, &stmt, nullptr) == SQLITE_OK &&
      sqlite3_step(stmt) == SQLITE_ROW) {
    count = sqlite3_column_int(stmt, 0);
  }
  sqlite3_finalize(stmt);
  sqlite3_close(handle);
  return count;
}

TEST(IngestKill, EarlierReportsSurviveAKill) {
  TempDir dir;
  const auto inputs = dir / "inputs";
  constexpr int kReports = 3000;
  for (int i = 0; i < kReports; ++i) {
    write_file(inputs / fmt::format("report-{:05}.txt", i),
               fmt::format("Report number {} from the example front. Shelling was reported near "
                           "village {} overnight, the ministry said; {} houses were damaged.\n",
                           i, i * 7919 % 10007, i % 13));
  }
  const auto db = dir / "kill.db";
  // A write command creates the schema (read commands never create a database).
  ASSERT_EQ(run_truce("extract", db, dir.path()).exit_code, 0);

  const pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    execl(TRUCE_BINARY, TRUCE_BINARY, "--db", db.c_str(), "--quiet", "ingest", inputs.c_str(),
          static_cast<char*>(nullptr));
    _exit(127);
  }
  // Wait until some, but not all, reports are in; then kill without warning.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  int stored = 0;
  while (std::chrono::steady_clock::now() < deadline) {
    stored = count_rows(db, "SELECT count(*) FROM reports");
    if (stored >= 20) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  kill(child, SIGKILL);
  int wstatus = 0;
  waitpid(child, &wstatus, 0);
  ASSERT_GE(stored, 20) << "the ingest did not get going";

  const auto listed = run_truce("reports --json", db, dir.path());
  ASSERT_EQ(listed.exit_code, 0) << listed.err;
  const auto reports = nlohmann::json::parse(listed.out);
  ASSERT_GE(reports.size(), 20u);
  for (const auto& r : reports) {
    const auto shown =
        run_truce(fmt::format("show {} --json", r["id"].get<int64_t>()), db, dir.path());
    ASSERT_EQ(shown.exit_code, 0) << shown.err;
    const auto body = nlohmann::json::parse(shown.out)["body"].get<std::string>();
    EXPECT_NE(body.find("Shelling was reported near village"), std::string::npos);
    if (r["id"].get<int64_t>() > 40) break;  // a sample is enough; counts are checked below
  }
  EXPECT_EQ(count_rows(db, "SELECT count(*) FROM reports_fts"), static_cast<int>(reports.size()));

  // Ingesting again stores the rest and nothing twice.
  const auto again = run_truce("--json ingest '" + inputs.string() + "'", db, dir.path());
  ASSERT_EQ(again.exit_code, 0) << again.err;
  const auto summary = nlohmann::json::parse(again.out);
  EXPECT_EQ(summary["stored"].get<int>() + summary["already_stored"].get<int>(), kReports);
  EXPECT_EQ(count_rows(db, "SELECT count(*) FROM reports"), kReports);
}

}  // namespace
}  // namespace truce::testing
