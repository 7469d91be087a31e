// Helpers shared by the store tests: a report with every field set, a made-up fingerprint, and
// counting rows behind the store's back.
#pragma once

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <string>

#include "run_command.hpp"
#include "store/report_store.hpp"

namespace truce::testing {

// A report with every field distinct and non-empty; raw bytes include NUL and invalid UTF-8.
inline Report full_report(const std::string& tag) {
  Report r;
  r.origin = "reports/" + tag + ".html";
  r.format = SourceFormat::html;
  using namespace std::string_literals;
  r.raw = "<p>raw \0\xff\xfe bytes of "s + tag + "</p>";
  r.title = "Title of " + tag;
  r.url = "https://example.org/" + tag;
  r.author = "Author " + tag;
  r.source = "Example Wire";
  r.lang = "en";
  r.published = {"2020-10-16", DatePrecision::day};
  r.published_from = "meta.jsonl";
  r.page_date = {"2020-10", DatePrecision::month};
  r.body = "Body of " + tag + ".\n\nA second paragraph.";
  r.warnings = {"decoded as Latin-1", "a \"quoted\" warning"};
  return r;
}

// A fingerprint the store cannot tell from a real one: it only stores and compares them.
inline Fingerprint fake_fingerprint(const std::string& hash, uint32_t base = 1) {
  Fingerprint fp;
  fp.content_hash = hash;
  for (uint32_t i = 0; i < 8; ++i) fp.minhash.push_back(base + i);
  fp.lsh_bands = {static_cast<int64_t>(base) * 100, static_cast<int64_t>(base) * 100 + 1};
  return fp;
}

// Returns the result of a one-number query on the database file, through its own connection.
inline int64_t count_rows(const std::filesystem::path& db_path, const std::string& sql) {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  sqlite3_stmt* stmt = nullptr;
  EXPECT_EQ(sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr), SQLITE_OK)
      << sqlite3_errmsg(db);
  int64_t n = -1;
  if (stmt && sqlite3_step(stmt) == SQLITE_ROW) n = sqlite3_column_int64(stmt, 0);
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return n;
}

}  // namespace truce::testing
