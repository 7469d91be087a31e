// The extraction queue of the PostgreSQL store: reports stored without extraction wait in it,
// claims skip each other's rows, an expired lease is taken over, and a worker that lost its lease
// stores nothing. The embedded store has no queue and says so.
#include <gtest/gtest.h>

#include <thread>

#include "pg_test_server.hpp"
#include "run_command.hpp"
#include "store/report_store.hpp"
#include "store_test_support.hpp"

namespace truce::testing {
namespace {

ExtractionRecord record_by(const std::string& worker) {
  return ExtractionRecord{worker, R"({"incidents":[]})", {}};
}

class PgWorkQueue : public ::testing::Test {
 protected:
  void SetUp() override {
    TRUCE_REQUIRE_PG();
    db_ = std::make_unique<TempPgDatabase>();
    store_ = open(db_->url());
    for (uint32_t i = 1; i <= 5; ++i) {
      const std::string tag = "r" + std::to_string(i);
      ASSERT_TRUE(store_->insert_report(full_report(tag), fake_fingerprint(tag, i), {}));
    }
  }

  static std::unique_ptr<ReportStore> open(const std::string& url) {
    auto opened = open_store(url);
    EXPECT_TRUE(opened) << opened.error().message;
    return opened ? std::move(*opened) : nullptr;
  }

  std::unique_ptr<TempPgDatabase> db_;
  std::unique_ptr<ReportStore> store_;
};

TEST_F(PgWorkQueue, ReportsStoredWithoutExtractionWaitAndLeaveWhenExtracted) {
  EXPECT_EQ(store_->queue_counts()->waiting, 5);
  ASSERT_TRUE(store_->put_extraction(3, record_by("extract command")));
  EXPECT_EQ(store_->queue_counts()->waiting, 4);
  // A report stored with its extraction never waits.
  ExtractionRecord record = record_by("ingest");
  ASSERT_TRUE(store_->insert_report(full_report("r6"), fake_fingerprint("r6", 6), {}, &record));
  EXPECT_EQ(store_->queue_counts()->waiting, 4);
}

TEST_F(PgWorkQueue, TwoWorkersNeverClaimTheSameReport) {
  auto other = open(db_->url());
  auto first = store_->claim_reports("a", 3, 60);
  auto second = other->claim_reports("b", 3, 60);
  ASSERT_TRUE(first && second);
  EXPECT_EQ(*first, (std::vector<int64_t>{1, 2, 3}));
  EXPECT_EQ(*second, (std::vector<int64_t>{4, 5}));
  EXPECT_TRUE(store_->claim_reports("a", 3, 60)->empty());
  EXPECT_EQ(store_->queue_counts()->leased, 5);
  EXPECT_EQ(*store_->complete_report(1, "a", record_by("a")), true);
  EXPECT_EQ(*other->complete_report(4, "b", record_by("b")), true);
  EXPECT_EQ((*store_->get_extraction(4))->extractor, "b");
  // Completing another worker's report stores nothing.
  EXPECT_EQ(*store_->complete_report(5, "a", record_by("a")), false);
  EXPECT_FALSE(store_->get_extraction(5)->has_value());
}

TEST_F(PgWorkQueue, AnExpiredLeaseIsTakenOverAndTheSlowWorkerStoresNothing) {
  ASSERT_EQ(*store_->claim_reports("killed", 1, 1), (std::vector<int64_t>{1}));
  EXPECT_EQ(*store_->claim_reports("live", 1, 60), (std::vector<int64_t>{2}));
  std::this_thread::sleep_for(std::chrono::milliseconds(1100));
  EXPECT_EQ(*store_->claim_reports("live", 1, 60), (std::vector<int64_t>{1}));
  EXPECT_EQ(*store_->complete_report(1, "killed", record_by("killed")), false);
  EXPECT_EQ(*store_->complete_report(1, "live", record_by("live")), true);
  EXPECT_EQ((*store_->get_extraction(1))->extractor, "live");
  EXPECT_EQ(*store_->complete_report(1, "live", record_by("again")), false);
  EXPECT_EQ((*store_->get_extraction(1))->extractor, "live");
}

TEST(EmbeddedStore, HasNoWorkQueueAndSaysWhichStoreHasOne) {
  TempDir dir;
  auto store = open_store((dir / "t.db").string());
  ASSERT_TRUE(store);
  EXPECT_FALSE((*store)->has_work_queue());
  auto claimed = (*store)->claim_reports("w", 1, 60);
  ASSERT_FALSE(claimed);
  EXPECT_NE(claimed.error().message.find("PostgreSQL"), std::string::npos);
}

}  // namespace
}  // namespace truce::testing
