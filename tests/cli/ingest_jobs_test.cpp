// `truce ingest --jobs N`: the database written with one thread and with several is the same,
// row for row and byte for byte (report ids, duplicate links, facts, full-text index), the time
// of ingest aside.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "run_command.hpp"

namespace truce::testing {
namespace {

// Every row of every table, in rowid order, as text; the times of ingest, extraction and
// migration blanked.
std::string dump_database(const std::filesystem::path& db) {
  sqlite3* handle = nullptr;
  if (sqlite3_open_v2(db.c_str(), &handle, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    sqlite3_close(handle);
    return "cannot open " + db.string();
  }
  std::vector<std::string> tables;
  sqlite3_stmt* stmt = nullptr;
  sqlite3_prepare_v2(handle,
                     "SELECT name, sql LIKE '%WITHOUT ROWID%' FROM sqlite_master"
                     " WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
                     -1, &stmt, nullptr);
  std::vector<std::pair<std::string, bool>> names;
  while (sqlite3_step(stmt) == SQLITE_ROW) {
    names.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)),
                       sqlite3_column_int(stmt, 1) != 0);
  }
  sqlite3_finalize(stmt);
  std::string out;
  for (const auto& [name, without_rowid] : names) {
    out += "table " + name + "\n";
    const std::string sql =
        fmt::format("SELECT * FROM \"{}\" ORDER BY {}", name, without_rowid ? "1, 2" : "rowid");
    if (sqlite3_prepare_v2(handle, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
      out += "cannot read\n";
      continue;
    }
    while (sqlite3_step(stmt) == SQLITE_ROW) {
      for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
        const std::string column = sqlite3_column_name(stmt, c);
        const auto* bytes = static_cast<const char*>(sqlite3_column_blob(stmt, c));
        const std::string value(bytes ? bytes : "",
                                static_cast<std::size_t>(sqlite3_column_bytes(stmt, c)));
        const bool time =
            column == "ingested_at" || column == "extracted_at" || column == "applied_at";
        out += time ? "<time>" : value;
        out += '\t';
      }
      out += '\n';
    }
    sqlite3_finalize(stmt);
  }
  sqlite3_close(handle);
  return out;
}

// Reports whose duplicates and near-duplicates lie in other files, so that the order of storing
// decides which is the original; plus the project's examples in every format.
void write_inputs(const std::filesystem::path& folder) {
  const char* places[] = {"Tartar", "Fuzuli", "Martuni", "Ganja", "Stepanakert", "Shusha"};
  for (int i = 0; i < 60; ++i) {
    const int story = i % 20;  // stories 0-19, each told up to three times
    std::string text = fmt::format(
        "Shelling of {} reported\n\nThe defence ministry said on Monday that {} civilians were "
        "killed and {} wounded when artillery struck residential areas of {} overnight. It added "
        "that {} tanks and {} armoured vehicles of the enemy were destroyed near {}. Residents "
        "spent the night in basements as rockets landed near the hospital, officials said.\n",
        places[story % 6], story + 2, story * 3 + 1, places[story % 6], story + 5, story + 1,
        places[(story + 1) % 6]);
    if (i >= 40) text += fmt::format("\nA second edition, with a line of its own ({}).\n", i);
    write_file(folder / fmt::format("r{:03}.txt", i), text);
  }
  std::filesystem::copy(std::string(TRUCE_SOURCE_DIR) + "/examples", folder / "examples",
                        std::filesystem::copy_options::recursive);
}

TEST(IngestJobs, StoredResultIsTheSameForAnyNumberOfThreads) {
  TempDir dir;
  write_inputs(dir / "inputs");
  const std::string inputs = "'" + (dir / "inputs").string() + "'";
  std::string dumps[2];
  for (int jobs : {1, 2}) {
    const auto db = dir / fmt::format("jobs{}.db", jobs);
    const auto out =
        run_truce(fmt::format("--json ingest --jobs {} {}", jobs, inputs), db, dir.path());
    ASSERT_EQ(out.exit_code, 0) << out.err;
    const auto summary = nlohmann::json::parse(out.out);
    EXPECT_EQ(summary["already_stored"].get<int>(), 20);  // r020-r039 repeat r000-r019
    EXPECT_GE(summary["near_duplicates"].get<int>(), 20);
    dumps[jobs - 1] = dump_database(db);
  }
  EXPECT_GT(dumps[0].size(), 10'000u);
  EXPECT_EQ(dumps[0], dumps[1]);
}

}  // namespace
}  // namespace truce::testing
