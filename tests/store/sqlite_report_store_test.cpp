// The SQLite store: every field round-trips, reopening keeps everything, list filters, duplicate
// links, and a failed insert leaves nothing behind.
#include <gtest/gtest.h>

#include <thread>

#include "store/report_store.hpp"
#include "store_test_support.hpp"

namespace truce::testing {
namespace {

class SqliteStore : public ::testing::Test {
 protected:
  std::unique_ptr<ReportStore> open() {
    auto store = open_store(db_.string());
    EXPECT_TRUE(store) << store.error().message;
    return store ? std::move(*store) : nullptr;
  }
  int64_t insert(ReportStore& store, const Report& r, const Fingerprint& fp,
                 std::optional<DuplicateLink> link = std::nullopt) {
    auto id = store.insert_report(r, fp, link);
    EXPECT_TRUE(id) << id.error().message;
    return id ? *id : -1;
  }
  int64_t rows(const std::string& table) {
    return count_rows(db_, "SELECT count(*) FROM " + table);
  }
  // LSH bands, of older reports and of the latest ones (see migration 10).
  int64_t bands() { return rows("lsh_bands") + rows("lsh_bands_recent"); }

  TempDir dir_;
  std::filesystem::path db_ = dir_ / "store.db";
};

TEST_F(SqliteStore, EveryFieldRoundTripsIncludingRawBytes) {
  auto store = open();
  const Report r = full_report("a");
  const int64_t id = insert(*store, r, fake_fingerprint("hash-a"));
  EXPECT_EQ(id, 1);

  auto got = store->get_report(id);
  ASSERT_TRUE(got) << got.error().message;
  ASSERT_TRUE(got->has_value());
  const StoredReport& s = **got;
  EXPECT_EQ(s.id, id);
  EXPECT_EQ(s.report.origin, r.origin);
  EXPECT_EQ(s.report.format, r.format);
  EXPECT_EQ(s.report.raw, r.raw);
  EXPECT_EQ(s.report.raw.size(), r.raw.size());
  EXPECT_EQ(s.report.title, r.title);
  EXPECT_EQ(s.report.url, r.url);
  EXPECT_EQ(s.report.author, r.author);
  EXPECT_EQ(s.report.source, r.source);
  EXPECT_EQ(s.report.lang, r.lang);
  EXPECT_EQ(s.report.published.iso, r.published.iso);
  EXPECT_EQ(s.report.published.precision, r.published.precision);
  EXPECT_EQ(s.report.published_from, r.published_from);
  EXPECT_EQ(s.report.page_date.iso, r.page_date.iso);
  EXPECT_EQ(s.report.page_date.precision, r.page_date.precision);
  EXPECT_EQ(s.report.body, r.body);
  EXPECT_EQ(s.report.warnings, r.warnings);
  EXPECT_FALSE(s.duplicate_of);
  EXPECT_EQ(s.ingested_at.size(), 20u) << s.ingested_at;  // 2024-01-02T03:04:05Z
  EXPECT_EQ(s.ingested_at.back(), 'Z');

  auto missing = store->get_report(99);
  ASSERT_TRUE(missing);
  EXPECT_FALSE(missing->has_value());
}

TEST_F(SqliteStore, RawBytesAreStoredCompressed) {
  auto store = open();
  Report r = full_report("big");
  r.raw = std::string(100000, 'x');
  insert(*store, r, fake_fingerprint("h"));
  EXPECT_LT(count_rows(db_, "SELECT length(raw_zlib) FROM reports"), 1000);
  EXPECT_EQ(count_rows(db_, "SELECT raw_size FROM reports"), 100000);
  EXPECT_EQ((*store->get_report(1))->report.raw, r.raw);
}

TEST_F(SqliteStore, EmptyFieldsRoundTrip) {
  auto store = open();
  Report r;
  r.origin = "-";
  insert(*store, r, Fingerprint{"empty", {}, {}});
  auto got = store->get_report(1);
  ASSERT_TRUE(got && got->has_value());
  EXPECT_EQ((*got)->report.raw, "");
  EXPECT_EQ((*got)->report.body, "");
  EXPECT_TRUE((*got)->report.warnings.empty());
  EXPECT_EQ((*got)->report.published.precision, DatePrecision::unknown);
}

TEST_F(SqliteStore, ReopeningKeepsEverything) {
  {
    auto store = open();
    insert(*store, full_report("a"), fake_fingerprint("hash-a", 1));
    insert(*store, full_report("b"), fake_fingerprint("hash-b", 2), DuplicateLink{1, 0.8});
  }
  auto store = open();
  auto list = store->list_reports({});
  ASSERT_TRUE(list);
  ASSERT_EQ(list->size(), 2u);
  EXPECT_EQ((*store->get_report(2))->report.raw, full_report("b").raw);
  ASSERT_TRUE((*list)[1].duplicate_of);
  EXPECT_EQ((*list)[1].duplicate_of->original_id, 1);
  EXPECT_DOUBLE_EQ((*list)[1].duplicate_of->similarity, 0.8);
  EXPECT_EQ(**store->find_exact("hash-b"), 2);
  auto hits = store->search("second paragraph", 10, "[", "]");
  ASSERT_TRUE(hits);
  EXPECT_EQ(hits->size(), 2u);
  // New ids continue after the old ones.
  EXPECT_EQ(insert(*store, full_report("c"), fake_fingerprint("hash-c", 3)), 3);
}

TEST_F(SqliteStore, FindExactAndNearCandidatesUseTheStoredFingerprints) {
  auto store = open();
  insert(*store, full_report("a"), fake_fingerprint("hash-a", 1));
  insert(*store, full_report("b"), fake_fingerprint("hash-b", 2));
  EXPECT_EQ(**store->find_exact("hash-a"), 1);
  EXPECT_FALSE(store->find_exact("nope")->has_value());

  Fingerprint query = fake_fingerprint("q", 9);
  query.lsh_bands = {201, 555};  // shares band 201 with report 2 only
  auto candidates = store->near_candidates(query);
  ASSERT_TRUE(candidates) << candidates.error().message;
  ASSERT_EQ(candidates->size(), 1u);
  EXPECT_EQ((*candidates)[0].id, 2);
  EXPECT_EQ((*candidates)[0].minhash, fake_fingerprint("hash-b", 2).minhash);

  query.lsh_bands = {};
  EXPECT_TRUE(store->near_candidates(query)->empty());
}

TEST_F(SqliteStore, NearDuplicatesAreNeverCandidatesAndLinkToTheFirstReport) {
  auto store = open();
  insert(*store, full_report("a"), fake_fingerprint("hash-a", 1));
  // Report 2 shares report 1's bands but is stored as its near-duplicate.
  Fingerprint second = fake_fingerprint("hash-b", 1);
  insert(*store, full_report("b"), second, DuplicateLink{1, 0.9});
  auto candidates = store->near_candidates(second);
  ASSERT_TRUE(candidates);
  ASSERT_EQ(candidates->size(), 1u);
  EXPECT_EQ((*candidates)[0].id, 1);

  // Naming a near-duplicate as the original links to its original instead.
  insert(*store, full_report("c"), fake_fingerprint("hash-c", 1), DuplicateLink{2, 0.7});
  EXPECT_EQ((*store->get_report(3))->duplicate_of->original_id, 1);
  EXPECT_EQ(**store->original_id(3), 1);
  EXPECT_EQ(**store->original_id(2), 1);
  EXPECT_EQ(**store->original_id(1), 1);
  EXPECT_FALSE(store->original_id(42)->has_value());
}

TEST_F(SqliteStore, ListFilters) {
  auto store = open();
  auto dated = [](const std::string& tag, const std::string& date, const std::string& source) {
    Report r = full_report(tag);
    r.published = {date, date.empty() ? DatePrecision::unknown : DatePrecision::day};
    r.source = source;
    return r;
  };
  insert(*store, dated("a", "2020-10-01", "Wire"), fake_fingerprint("a", 1));
  insert(*store, dated("b", "2020-10-15", "Post"), fake_fingerprint("b", 2));
  insert(*store, dated("c", "2020-10-31", "Wire"), fake_fingerprint("c", 3), DuplicateLink{1, 0.6});
  insert(*store, dated("d", "", "Wire"), fake_fingerprint("d", 4));
  insert(*store, dated("e", "2020-11-02", "wire"), fake_fingerprint("e", 5));

  auto ids = [&](const ReportFilter& f) {
    std::vector<int64_t> out;
    auto list = store->list_reports(f);
    EXPECT_TRUE(list) << list.error().message;
    if (list) {
      for (const auto& s : *list) out.push_back(s.id);
    }
    auto count = store->count_reports(f);
    EXPECT_TRUE(count);
    if (count && f.limit == 0) {
      EXPECT_EQ(*count, static_cast<int64_t>(out.size()));
    }
    return out;
  };
  using V = std::vector<int64_t>;
  using O = std::optional<std::string>;
  auto filter = [](O since, O until, O source = {}, bool duplicates = true, int limit = 0) {
    ReportFilter f;
    f.since = std::move(since);
    f.until = std::move(until);
    f.source = std::move(source);
    f.include_duplicates = duplicates;
    f.limit = limit;
    return f;
  };
  EXPECT_EQ(ids({}), (V{1, 2, 3, 4, 5}));
  EXPECT_EQ(ids(filter("2020-10-15", {})), (V{2, 3, 5}));
  EXPECT_EQ(ids(filter({}, "2020-10-15")), (V{1, 2}));
  EXPECT_EQ(ids(filter({}, "2020-10")), (V{1, 2, 3}));  // a month includes its last day
  EXPECT_EQ(ids(filter("2020-10-02", "2020-10-31")), (V{2, 3}));
  EXPECT_EQ(ids(filter({}, {}, "wire")), (V{1, 3, 4, 5}));  // case-insensitive
  EXPECT_EQ(ids(filter({}, {}, {}, false)), (V{1, 2, 4, 5}));
  EXPECT_EQ(ids(filter({}, {}, "Wire", false, 2)), (V{1, 4}));

  auto list = store->list_reports(filter({}, {}, {}, true, 1));
  ASSERT_TRUE(list);
  ASSERT_EQ(list->size(), 1u);
  const ReportSummary& s = (*list)[0];
  EXPECT_EQ(s.published, "2020-10-01");
  EXPECT_EQ(s.published_precision, "day");
  EXPECT_EQ(s.title, "Title of a");
  EXPECT_EQ(s.source, "Wire");
  EXPECT_EQ(s.origin, "reports/a.html");
  EXPECT_EQ(*store->count_reports(filter({}, {}, {}, true, 1)), 5);
}

TEST_F(SqliteStore, SameContentHashTwiceFailsAndWritesNothing) {
  auto store = open();
  insert(*store, full_report("a"), fake_fingerprint("same", 1));
  const auto before = std::vector<int64_t>{rows("reports"), rows("fingerprints"), bands(),
                                           rows("duplicate_links"), rows("reports_fts")};

  // The report row (and its FTS row) are written before the fingerprint fails.
  auto again =
      store->insert_report(full_report("b"), fake_fingerprint("same", 2), DuplicateLink{1, 0.9});
  ASSERT_FALSE(again);
  EXPECT_NE(again.error().message.find("reports/b.html"), std::string::npos)
      << again.error().message;
  EXPECT_NE(again.error().message.find("already stored as report 1"), std::string::npos)
      << again.error().message;

  const auto after = std::vector<int64_t>{rows("reports"), rows("fingerprints"), bands(),
                                          rows("duplicate_links"), rows("reports_fts")};
  EXPECT_EQ(before, after);
  EXPECT_EQ(store->search("Title of b", 10, "[", "]")->size(), 0u);
  EXPECT_EQ(count_rows(db_, "SELECT count(*) FROM reports_fts WHERE reports_fts MATCH 'b'"), 0);
  // The connection is usable afterwards: the transaction was rolled back, not left open.
  EXPECT_EQ(insert(*store, full_report("b"), fake_fingerprint("other", 2)), 2);
}

TEST_F(SqliteStore, FailingDuplicateLinkRollsBackEveryEarlierStep) {
  auto store = open();
  insert(*store, full_report("a"), fake_fingerprint("a", 1));
  // The link is the last step: report, FTS row, fingerprint and bands are already written.
  auto bad =
      store->insert_report(full_report("b"), fake_fingerprint("b", 2), DuplicateLink{77, 0.9});
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.error().message.find("77"), std::string::npos) << bad.error().message;
  EXPECT_EQ(rows("reports"), 1);
  EXPECT_EQ(rows("fingerprints"), 1);
  EXPECT_EQ(bands(), 2);
  EXPECT_EQ(rows("duplicate_links"), 0);
  EXPECT_EQ(count_rows(db_, "SELECT count(*) FROM reports_fts WHERE reports_fts MATCH 'b'"), 0);
  EXPECT_FALSE(store->find_exact("b")->has_value());

  // A similarity outside [0, 1] is refused by the schema, with the same effect.
  auto odd =
      store->insert_report(full_report("c"), fake_fingerprint("c", 3), DuplicateLink{1, 2.0});
  ASSERT_FALSE(odd);
  EXPECT_EQ(rows("reports"), 1);
}

TEST_F(SqliteStore, InsertWithoutContentHashIsRefused) {
  auto store = open();
  auto r = store->insert_report(full_report("a"), Fingerprint{}, std::nullopt);
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().message.find("reports/a.html"), std::string::npos);
  EXPECT_EQ(rows("reports"), 0);
}

TEST_F(SqliteStore, TwoWritersOnOneFileWaitForEachOther) {
  open();  // migrate once, so both writers start from the same schema
  auto writer = [&](int who) {
    auto store = open_store(db_.string());
    ASSERT_TRUE(store) << store.error().message;
    for (int i = 0; i < 40; ++i) {
      const std::string tag = std::to_string(who) + "-" + std::to_string(i);
      auto id = (*store)->insert_report(full_report(tag), fake_fingerprint(tag, 1), std::nullopt);
      EXPECT_TRUE(id) << id.error().message;
    }
  };
  std::thread a(writer, 1);
  std::thread b(writer, 2);
  a.join();
  b.join();
  EXPECT_EQ(rows("reports"), 80);
  EXPECT_EQ(rows("fingerprints"), 80);
}

TEST_F(SqliteStore, AFailedReportInABatchLeavesTheOthersOfTheBatchStored) {
  auto store = open();
  ASSERT_TRUE(store->begin_batch());
  insert(*store, full_report("a"), fake_fingerprint("hash-a", 1));
  // The same content hash again: refused, and rolled back alone.
  auto refused =
      store->insert_report(full_report("b"), fake_fingerprint("hash-a", 2), std::nullopt);
  ASSERT_FALSE(refused);
  EXPECT_NE(refused.error().message.find("already stored as report 1"), std::string::npos)
      << refused.error().message;
  insert(*store, full_report("c"), fake_fingerprint("hash-c", 3));
  EXPECT_EQ(rows("reports"), 0);  // another connection sees nothing before the batch ends
  ASSERT_TRUE(store->end_batch());
  EXPECT_EQ(rows("reports"), 2);
  EXPECT_EQ(bands(), 4);
  EXPECT_EQ(rows("reports_fts"), 2);
}

TEST_F(SqliteStore, RecentBandsAreMergedAndStillFoundAfterwards) {
  auto store = open();
  ASSERT_TRUE(store->begin_batch());
  for (uint32_t i = 1; i <= 1100; ++i) {
    const std::string name = "r" + std::to_string(i);
    insert(*store, full_report(name), fake_fingerprint("hash-" + name, i));
  }
  ASSERT_TRUE(store->end_batch());
  // 1,100 reports of which none older: merged at the end of the batch, each band once.
  EXPECT_EQ(rows("lsh_bands"), 2200);
  EXPECT_EQ(rows("lsh_bands_recent"), 0);
  insert(*store, full_report("late"), fake_fingerprint("hash-late", 5000));
  EXPECT_EQ(rows("lsh_bands_recent"), 2);

  Fingerprint query = fake_fingerprint("q", 1);
  query.lsh_bands = {700, 500000, 999999};  // report 7's band (merged), the late one's, none
  auto candidates = store->near_candidates(query);
  ASSERT_TRUE(candidates) << candidates.error().message;
  ASSERT_EQ(candidates->size(), 2u);
  EXPECT_EQ((*candidates)[0].id, 7);
  EXPECT_EQ((*candidates)[1].id, 1101);
}

TEST_F(SqliteStore, ABatchNotEndedIsNotStored) {
  {
    auto store = open();
    ASSERT_TRUE(store->begin_batch());
    insert(*store, full_report("a"), fake_fingerprint("hash-a", 1));
  }  // closed without end_batch, as a killed process would leave it
  auto store = open();
  EXPECT_EQ(rows("reports"), 0);
  EXPECT_EQ(rows("fingerprints"), 0);
}

}  // namespace
}  // namespace truce::testing
