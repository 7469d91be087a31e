// Opening the store: migrations on an empty file, reopening, and one-line errors naming the
// location for non-databases, unusable paths and newer schemas.
#include <gtest/gtest.h>

#include <set>

#include "store/compression.hpp"
#include "store/migrations.hpp"
#include "store/report_store.hpp"
#include "store_test_support.hpp"

namespace truce::testing {
namespace {

void expect_one_line_naming(const Error& error, const std::string& location) {
  EXPECT_NE(error.message.find(location), std::string::npos) << error.message;
  EXPECT_EQ(error.message.find('\n'), std::string::npos) << error.message;
}

TEST(Migrations, AreNumberedOneToNWithoutGaps) {
  int expected = 1;
  for (const auto& m : store::migrations()) {
    EXPECT_EQ(m.version, expected++);
    EXPECT_FALSE(m.name.empty());
    EXPECT_FALSE(m.sql.empty());
  }
  EXPECT_EQ(store::latest_schema_version(), expected - 1);
}

TEST(OpenStore, MigratesAnEmptyFileAndRecordsEachMigration) {
  TempDir dir;
  const auto db = dir / "empty.db";
  write_file(db, "");  // an empty file is a valid, empty SQLite database
  ASSERT_TRUE(open_store(db.string()));
  const int latest = store::latest_schema_version();
  EXPECT_EQ(count_rows(db, "PRAGMA user_version"), latest);
  EXPECT_EQ(count_rows(db, "SELECT count(*) FROM schema_migrations"), latest);
  EXPECT_EQ(count_rows(db, "SELECT max(version) FROM schema_migrations"), latest);
  EXPECT_EQ(count_rows(db, "SELECT count(*) FROM reports"), 0);
  EXPECT_EQ(count_rows(db, "SELECT count(*) FROM reports_fts"), 0);
}

TEST(OpenStore, ReopeningDoesNotMigrateAgain) {
  TempDir dir;
  const auto db = dir / "twice.db";
  ASSERT_TRUE(open_store(db.string()));
  const auto first = count_rows(db, "SELECT count(*) FROM schema_migrations");
  ASSERT_TRUE(open_store(db.string()));
  EXPECT_EQ(count_rows(db, "SELECT count(*) FROM schema_migrations"), first);
}

TEST(OpenStore, UsesWalAndForeignKeys) {
  TempDir dir;
  const auto db = dir / "wal.db";
  auto store = open_store(db.string());
  ASSERT_TRUE(store);
  EXPECT_EQ(read_file(db).substr(18, 2), std::string("\x02\x02", 2));  // header: WAL versions
}

TEST(OpenStore, UpgradesADatabaseFromAnOlderVersion) {
  TempDir dir;
  const auto db = dir / "old.db";
  {
    // Build version 1 by hand, as an older truce would have left it.
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open(db.c_str(), &raw), SQLITE_OK);
    const std::string v1(store::migrations()[0].sql);
    ASSERT_EQ(sqlite3_exec(raw, v1.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(raw,
                           "INSERT INTO reports VALUES (1, 'old.txt', 'text', 'Old title', '', '',"
                           " '', '', '', 'unknown', '', '', 'unknown', 'Old body about Ganja',"
                           " x'789c030000000001', 0, '[]', '2020-01-01T00:00:00Z');"
                           "PRAGMA user_version = 1;",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
    sqlite3_close(raw);
  }
  auto store = open_store(db.string());
  ASSERT_TRUE(store) << store.error().message;
  EXPECT_EQ(count_rows(db, "PRAGMA user_version"), store::latest_schema_version());
  // Migration 2 indexed the report that was already there.
  auto hits = (*store)->search("Ganja", 10, "[", "]");
  ASSERT_TRUE(hits);
  ASSERT_EQ(hits->size(), 1u);
  EXPECT_EQ((*(*store)->get_report(1))->report.raw, "");
}

TEST(OpenStore, RefusesANewerSchema) {
  TempDir dir;
  const auto db = dir / "future.db";
  ASSERT_TRUE(open_store(db.string()));
  sqlite3* raw = nullptr;
  ASSERT_EQ(sqlite3_open(db.c_str(), &raw), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(raw, "PRAGMA user_version = 999", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(raw);
  auto store = open_store(db.string());
  ASSERT_FALSE(store);
  expect_one_line_naming(store.error(), db.string());
  EXPECT_NE(store.error().message.find("999"), std::string::npos) << store.error().message;
  EXPECT_NE(store.error().message.find("newer"), std::string::npos) << store.error().message;
}

TEST(OpenStore, NonDatabaseFileIsNamed) {
  TempDir dir;
  // A page's worth of text, and a line shorter than SQLite's 100-byte header.
  for (const std::string& content : {std::string(4096, 'x'), std::string("just a note\n")}) {
    const auto path = dir / "notes.txt";
    write_file(path, content);
    auto store = open_store(path.string());
    ASSERT_FALSE(store);
    expect_one_line_naming(store.error(), path.string());
    EXPECT_NE(store.error().message.find("not a SQLite database"), std::string::npos)
        << store.error().message;
    EXPECT_EQ(read_file(path), content) << "the file must be left alone";
  }
}

TEST(OpenStore, UnusablePathsAreNamed) {
  TempDir dir;
  for (const auto& path : {dir / "no" / "such" / "dir" / "x.db", dir.path()}) {
    auto store = open_store(path.string());
    ASSERT_FALSE(store) << path;
    expect_one_line_naming(store.error(), path.string());
  }
}

TEST(OpenStore, AnUnreachableServerIsNamedWithoutItsPasswordAndNoFileIsCreated) {
  TempDir dir;
  const auto before = std::filesystem::current_path();
  std::filesystem::current_path(dir.path());
  auto store = open_store("postgresql://truce:secret@127.0.0.1:1/truce");
  std::filesystem::current_path(before);
  ASSERT_FALSE(store);
  expect_one_line_naming(store.error(), "postgresql://truce:***@127.0.0.1:1/truce: cannot connect");
  EXPECT_EQ(store.error().message.find("secret"), std::string::npos);
  EXPECT_TRUE(std::filesystem::is_empty(dir.path()));
}

TEST(Compression, RoundTripsAndDetectsCorruption) {
  const std::string bytes = std::string("\0\1\2 binary", 10) + std::string(5000, 'z');
  const std::string packed = store::compress_bytes(bytes);
  EXPECT_LT(packed.size(), bytes.size());
  EXPECT_EQ(*store::decompress_bytes(packed, bytes.size(), "r"), bytes);
  EXPECT_EQ(*store::decompress_bytes(store::compress_bytes(""), 0, "r"), "");
  auto wrong_size = store::decompress_bytes(packed, bytes.size() - 1, "report 7");
  ASSERT_FALSE(wrong_size);
  EXPECT_NE(wrong_size.error().message.find("report 7"), std::string::npos);
  EXPECT_FALSE(store::decompress_bytes("garbage", 10, "r"));
}

}  // namespace
}  // namespace truce::testing
