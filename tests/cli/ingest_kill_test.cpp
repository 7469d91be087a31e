// Crash safety (issue 11, point 11): `truce ingest` of a few hundred generated war reports is
// killed without warning (SIGKILL) at random moments, several times over. After each kill the
// store passes SQLite's and FTS5's integrity checks and holds only whole reports, each with its
// fingerprint, its extraction and every fact an uninterrupted ingest gives it; a last run stores
// the rest, and the result equals the uninterrupted ingest, with nothing twice.
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>
#include <filesystem>

#include <fmt/core.h>
#include <chrono>
#include <map>
#include <random>
#include <thread>

#include "core/data_dir.hpp"
#include "geo/gazetteer.hpp"
#include "geo/gazetteer_text.hpp"
#include "run_command.hpp"
#include "war_corpus.hpp"

namespace truce::testing {
namespace {

// Runs `sql` on `db` and returns its rows, each row's columns joined by tabs.
std::vector<std::string> rows_of(const std::filesystem::path& db, const std::string& sql,
                                 int flags = SQLITE_OPEN_READONLY) {
  std::vector<std::string> rows;
  sqlite3* handle = nullptr;
  if (sqlite3_open_v2(db.c_str(), &handle, flags, nullptr) != SQLITE_OK) {
    ADD_FAILURE() << db << ": " << sqlite3_errmsg(handle);
    sqlite3_close(handle);
    return rows;
  }
  sqlite3_busy_timeout(handle, 5000);
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(handle, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
    ADD_FAILURE() << sql << ": " << sqlite3_errmsg(handle);
  }
  int step = SQLITE_DONE;
  while (stmt && (step = sqlite3_step(stmt)) == SQLITE_ROW) {
    std::string row;
    for (int i = 0; i < sqlite3_column_count(stmt); ++i) {
      const auto* text = sqlite3_column_text(stmt, i);
      row += (i ? "\t" : "") + std::string(text ? reinterpret_cast<const char*>(text) : "NULL");
    }
    rows.push_back(std::move(row));
  }
  if (stmt && step != SQLITE_DONE) ADD_FAILURE() << sql << ": " << sqlite3_errmsg(handle);
  sqlite3_finalize(stmt);
  sqlite3_close(handle);
  return rows;
}

int count_of(const std::filesystem::path& db, const std::string& sql) {
  const auto rows = rows_of(db, sql);
  return rows.empty() ? -1 : std::stoi(rows.front());
}

// Each stored report by its file, with what makes it whole: its text, its duplicate link, its
// fingerprint, its extraction and its facts.
std::map<std::string, std::string> reports_by_origin(const std::filesystem::path& db) {
  std::map<std::string, std::string> reports;
  // all_facts: the older facts and the latest, not merged yet (migration 11).
  const auto rows = rows_of(db, R"sql(
    WITH all_facts AS (SELECT * FROM facts UNION ALL SELECT * FROM facts_recent)
    SELECT r.origin, r.title || '|' || r.published || '|' || length(r.body) || '|' ||
           coalesce((SELECT o.origin || '@' || d.similarity FROM duplicate_links d
                     JOIN reports o ON o.id = d.original_id WHERE d.report_id = r.id), '-') ||
           '|' || (SELECT count(*) FROM fingerprints f WHERE f.report_id = r.id) ||
           '|' || coalesce((SELECT length(e.json) FROM extractions e WHERE e.report_id = r.id), -1) ||
           '|' || (SELECT count(*) FROM all_facts f WHERE f.report_id = r.id) ||
           '|' || coalesce((SELECT group_concat(f.kind || f.fact_id || f.type || f.place, ',')
                            FROM all_facts f WHERE f.report_id = r.id), '')
    FROM reports r ORDER BY r.id)sql");
  for (const auto& row : rows) {
    const auto tab = row.find('\t');
    EXPECT_TRUE(reports.emplace(row.substr(0, tab), row.substr(tab + 1)).second)
        << "stored twice: " << row.substr(0, tab);
  }
  return reports;
}

// SQLite's own check of the file, and FTS5's of the search index against the reports.
void expect_intact(const std::filesystem::path& db) {
  EXPECT_EQ(rows_of(db, "PRAGMA integrity_check"), std::vector<std::string>{"ok"});
  rows_of(db, "INSERT INTO reports_fts (reports_fts, rank) VALUES ('integrity-check', 1)",
          SQLITE_OPEN_READWRITE);
}

pid_t start_ingest(const std::filesystem::path& db, const std::filesystem::path& inputs) {
  const pid_t child = fork();
  if (child == 0) {
    execl(TRUCE_BINARY, TRUCE_BINARY, "--db", db.c_str(), "--quiet", "ingest", inputs.c_str(),
          static_cast<char*>(nullptr));
    _exit(127);
  }
  return child;
}

TEST(IngestKill, RandomKillsLeaveWholeReportsAndARerunCompletesTheRest) {
  TempDir dir;
  const auto inputs = dir / "inputs";
  bench::CorpusOptions corpus_options;
  corpus_options.sentences = 4000;  // about 300 reports, a tenth of them near-copies
  corpus_options.seed = 11;
  const auto corpus = bench::generate_corpus(TRUCE_BENCH_TEMPLATES, data_dir(),
                                             geo::text_gazetteer_path(), corpus_options);
  ASSERT_TRUE(corpus) << corpus.error().message;
  ASSERT_TRUE(bench::write_corpus(*corpus, inputs));
  ASSERT_GE(corpus->reports, 200u);

  // What an uninterrupted ingest stores: the answer every interrupted one must converge to.
  const auto reference_db = dir / "reference.db";
  const auto reference =
      run_truce("--quiet ingest '" + inputs.string() + "'", reference_db, dir.path());
  ASSERT_EQ(reference.exit_code, 0) << reference.err;
  const auto expected = reports_by_origin(reference_db);
  const int total = static_cast<int>(expected.size());
  ASSERT_GE(total, 200);

  const auto db = dir / "killed.db";
  ASSERT_EQ(run_truce("extract", db, dir.path()).exit_code, 0);  // creates the schema
  const unsigned seed = std::random_device{}();
  SCOPED_TRACE(fmt::format("random seed {}", seed));
  std::mt19937 random(seed);
  int kills = 0;
  for (int round = 0; round < 6; ++round) {
    const int before = count_of(db, "SELECT count(*) FROM reports");
    const int remaining = total - before;
    if (remaining < 40) break;
    // Kill once the ingest has stored a random share of what remains, a few ms after a commit.
    const int target = before + 1 + static_cast<int>(random() % (remaining * 6 / 10));
    const auto extra = std::chrono::microseconds(random() % 10000);
    const pid_t child = start_ingest(db, inputs);
    ASSERT_GT(child, 0);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
    while (count_of(db, "SELECT count(*) FROM reports") < target &&
           std::chrono::steady_clock::now() < deadline) {
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    std::this_thread::sleep_for(extra);
    kill(child, SIGKILL);
    int status = 0;
    waitpid(child, &status, 0);
    if (WIFEXITED(status)) {
      // Stores commit in batches: the last ones can end before the count shows the target.
      EXPECT_EQ(WEXITSTATUS(status), 0) << "round " << round;
      if (kills > 0) break;
      // No kill has landed yet (the ingest outran it): start again from an empty store.
      for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db.string() + suffix);
      ASSERT_EQ(run_truce("extract", db, dir.path()).exit_code, 0);
      continue;
    }
    ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) << "round " << round;

    expect_intact(db);
    const auto stored = reports_by_origin(db);
    for (const auto& [origin, whole] : stored) {
      const auto want = expected.find(origin);
      ASSERT_NE(want, expected.end()) << origin << " is not a report of the corpus";
      EXPECT_EQ(whole, want->second) << origin << " is not whole after round " << round;
    }
    // Stores commit in batches: a kill may still come after the last one, before the exit.
    if (static_cast<int>(stored.size()) == total) break;
    ++kills;  // one that landed in the middle of the ingest
  }
  // Reports are committed in batches (256 reports or half a second): with the binary gazetteer
  // index a few hundred reports take only a few batches, so one kill in the middle is what every
  // run can count on; later rounds may find the ingest already done.
  EXPECT_GE(kills, 1);

  const auto again = run_truce("--json ingest '" + inputs.string() + "'", db, dir.path());
  ASSERT_EQ(again.exit_code, 0) << again.err;
  expect_intact(db);
  EXPECT_EQ(reports_by_origin(db), expected);
}

}  // namespace
}  // namespace truce::testing
