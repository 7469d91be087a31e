// Read commands open the store read-only: they never create a database (a typo in --db is an
// error, not a new empty file) and never write to one (a read-only file reads fine).
#include <gtest/gtest.h>

#include <filesystem>

#include "store/report_store.hpp"
#include "store_test_support.hpp"

namespace truce::testing {
namespace {

TEST(ReadOnlyStore, AMissingDatabaseIsAnErrorAndIsNotCreated) {
  TempDir dir;
  const auto db = dir / "typo.db";
  auto store = open_store(db.string(), OpenMode::read);
  ASSERT_FALSE(store);
  EXPECT_NE(store.error().message.find(db.string() + ": no such database"), std::string::npos)
      << store.error().message;
  EXPECT_FALSE(std::filesystem::exists(db));
}

TEST(ReadOnlyStore, ReadsWhatWasStoredAndRefusesToWrite) {
  TempDir dir;
  const auto db = dir / "ro.db";
  {
    auto store = open_store(db.string());
    ASSERT_TRUE(store) << store.error().message;
    ASSERT_TRUE((*store)->insert_report(full_report("a"), fake_fingerprint("a"), std::nullopt));
  }
  const std::string before = read_file(db);
  auto store = open_store(db.string(), OpenMode::read);
  ASSERT_TRUE(store) << store.error().message;
  auto listed = (*store)->list_reports({});
  ASSERT_TRUE(listed) << listed.error().message;
  EXPECT_EQ(listed->size(), 1u);
  auto written = (*store)->insert_report(full_report("b"), fake_fingerprint("b"), std::nullopt);
  ASSERT_FALSE(written);
  EXPECT_NE(written.error().message.find("readonly"), std::string::npos) << written.error().message;
  store->reset();
  EXPECT_EQ(read_file(db), before);
}

}  // namespace
}  // namespace truce::testing
