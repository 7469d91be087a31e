// The latest extractions' facts live apart until merged (migration 11, store/recent_facts.hpp):
// every listing, count, page, box and extraction read back is the same before and after a merge,
// and the same as in a store that never merged; an ingest merges by itself once they have grown.
#include <fmt/core.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <random>

#include "store/recent_facts.hpp"
#include "store/review_store.hpp"
#include "store/sqlite_report_store.hpp"
#include "store_test_support.hpp"

namespace truce::testing {
namespace {

using store::SqliteReportStore;

// A made-up fact: every column drawn from a few values (so filters keep some and ties in date
// are common), ids from 1 to 12 (so shorter ids sort first), incidents with 0 to 2 points.
FactRow made_up_fact(std::mt19937& rng, const std::string& kind, int id) {
  auto pick = [&rng](std::initializer_list<const char*> values) {
    return std::string(values.begin()[rng() % values.size()]);
  };
  FactRow row{.kind = kind,
              .fact_id = std::to_string(id),
              .type = pick({"battles", "shelling", "air strike"}),
              .date = pick({"", "2020-10-01", "2020-10-02", "2020-10-02", "2020-10-13", "2021"}),
              .claimant = pick({"a ministry", "a spokesman"}),
              .claimant_side = pick({"Armenia", "ARMENIA", "Azerbaijan", "media"}),
              .actor1 = pick({"Armenia", "Azerbaijan"}),
              .about = pick({"armenia", "Azerbaijan", ""}),
              .measure = kind == "claim" ? "killed" : "",
              .place = pick({"Tartar", "Ganja"})};
  if (rng() % 3 != 0) row.value = static_cast<double>(rng() % 40);
  nlohmann::json places = nlohmann::json::array();
  for (int n = kind == "incident" ? static_cast<int>(rng() % 3) : 0; n > 0; --n) {
    const double lat = 36.0 + static_cast<double>(rng() % 80) / 10.0;
    const double lon = 42.0 + static_cast<double>(rng() % 100) / 10.0;
    row.points.emplace_back(lat, lon);
    places.push_back({{"place", {{"lat", lat}, {"lon", lon}}}});
  }
  row.json = nlohmann::json{{"id", row.fact_id}, {"places", places}, {"n", rng() % 1000}}.dump();
  return row;
}

ExtractionRecord made_up_extraction(std::mt19937& rng) {
  ExtractionRecord record{"test", R"({"incidents":[],"claims":[]})", {}};
  for (const char* kind : {"incident", "claim"}) {
    const int n = static_cast<int>(rng() % 7);
    for (int id = 1; id <= n; ++id) {
      record.facts.push_back(made_up_fact(rng, kind, id + static_cast<int>(rng() % 6)));
      if (std::any_of(record.facts.begin(), record.facts.end() - 1, [&](const FactRow& f) {
            return f.kind == kind && f.fact_id == record.facts.back().fact_id;
          })) {
        record.facts.pop_back();  // one fact per id
      }
    }
  }
  return record;
}

// Everything a reader of facts can ask, as text: whole listings with every column under each
// filter, their totals, pages, boxes of both plans, and each report's extraction read back.
std::string everything_read(ReportStore& store, int64_t reports) {
  const GeoBox most{.min_lat = 36, .max_lat = 44, .min_lon = 42, .max_lon = 52};
  const GeoBox few{.min_lat = 40, .max_lat = 40.4, .min_lon = 45, .max_lon = 45.6};
  std::vector<FactFilter> filters;
  for (const char* kind : {"incident", "claim"}) {
    filters.push_back({.kind = kind});
    filters.push_back({.kind = kind, .type = "shelling"});
    filters.push_back({.kind = kind, .claimant_side = "armenia"});
    filters.push_back({.kind = kind, .about = "AZERBAIJAN"});
    filters.push_back({.kind = kind, .since = "2020-10-02", .until = "2020-10"});
    filters.push_back({.kind = kind, .originals_only = true});
    filters.push_back({.kind = kind, .reviewed = ReviewedFacts::only});
    filters.push_back({.kind = kind, .reviewed = ReviewedFacts::none});
    filters.push_back({.kind = kind, .report_id = 3});
    filters.push_back({.kind = kind, .box = most});
    filters.push_back({.kind = kind, .box = few});
    filters.push_back({.kind = kind, .box = most, .limit = 5, .offset = 3});
    filters.push_back({.kind = kind, .box = few, .limit = 2, .offset = 1});
    for (int64_t offset = 0; offset < 60; offset += 13) {
      filters.push_back({.kind = kind, .limit = 13, .offset = offset});
      filters.push_back({.kind = kind, .type = "battles", .limit = 4, .offset = offset / 3});
    }
  }
  std::string out;
  for (const FactFilter& filter : filters) {
    auto facts = store.list_facts(filter);
    EXPECT_TRUE(facts) << facts.error().message;
    auto total = store.count_facts(filter);
    EXPECT_TRUE(total) << total.error().message;
    if (!facts || !total) return "";
    out += fmt::format("-- {} facts, total {}\n", facts->size(), *total);
    for (const StoredFact& f : *facts) {
      const FactRow& r = f.fact;
      out += fmt::format("{} {} {} {} | {} {} {} {} {} {} {} {} {} {} {} {}\n", f.report_id,
                         f.original_id, f.published, f.source, r.kind, r.fact_id, r.type, r.date,
                         r.claimant, r.claimant_side, r.actor1, r.about, r.measure, r.place,
                         r.value ? fmt::format("{}", *r.value) : "-", r.json);
    }
  }
  for (int64_t id = 1; id <= reports; ++id) {
    auto extraction = store.get_extraction(id);
    EXPECT_TRUE(extraction) << extraction.error().message;
    if (extraction && *extraction) out += (*extraction)->json + "\n";
  }
  return out;
}

class RecentFacts : public ::testing::Test {
 protected:
  std::unique_ptr<SqliteReportStore> open(const std::string& name) {
    auto store = SqliteReportStore::open((dir_ / name).string());
    EXPECT_TRUE(store) << store.error().message;
    return store ? std::move(*store) : nullptr;
  }
  // Stores reports `from` to `to` (1-based) with made-up extractions; every fifth a
  // near-duplicate of the one before.
  void ingest(ReportStore& store, int from, int to, uint32_t seed) {
    std::mt19937 rng(seed);
    ASSERT_TRUE(store.begin_batch());
    for (int i = from; i <= to; ++i) {
      const std::string tag = "r" + std::to_string(i);
      Report report = full_report(tag);
      report.published = {fmt::format("2020-10-{:02}", 1 + i % 28), DatePrecision::day};
      const ExtractionRecord extraction = made_up_extraction(rng);
      std::optional<DuplicateLink> link;
      if (i % 5 == 0) link = DuplicateLink{i - 1, 0.8};
      auto id = store.insert_report(report, fake_fingerprint(tag, static_cast<uint32_t>(i)), link,
                                    &extraction);
      ASSERT_TRUE(id) << id.error().message;
    }
    ASSERT_TRUE(store.end_batch());
  }
  int64_t rows(const std::string& name, const std::string& table) {
    return count_rows(dir_ / name, "SELECT count(*) FROM " + table);
  }

  TempDir dir_;
};

TEST_F(RecentFacts, ListingsAreTheSameBeforeAndAfterAMergeAndWithoutOne) {
  auto merged = open("merged.db");
  auto unmerged = open("unmerged.db");
  ASSERT_TRUE(merged && unmerged);
  for (SqliteReportStore* store : {merged.get(), unmerged.get()}) {
    ingest(*store, 1, 40, 7);
    if (store == merged.get()) {
      // Merged at a chosen point: the first 40 reports' facts are older, the rest recent.
      ASSERT_TRUE(merged->merge_recent_facts_now());
      EXPECT_EQ(rows("merged.db", "facts_recent"), 0);
      EXPECT_EQ(rows("merged.db", "fact_points_recent"), 0);
      EXPECT_EQ(rows("merged.db", "fact_points_recent_rtree"), 0);
    }
    ingest(*store, 41, 70, 8);
    // Extracted again: report 3's facts leave the older table, report 50's the recent one.
    std::mt19937 rng(9);
    ASSERT_TRUE(store->put_extraction(3, made_up_extraction(rng)));
    ASSERT_TRUE(store->put_extraction(50, made_up_extraction(rng)));
    auto reviews = open_review_store(store == merged.get() ? (dir_ / "merged.db").string()
                                                           : (dir_ / "unmerged.db").string());
    ASSERT_TRUE(reviews) << reviews.error().message;
    ASSERT_TRUE((*reviews)->add_review(Review{.target = "incident",
                                              .report_id = 3,
                                              .fact_id = "1",
                                              .decision = "reject",
                                              .before = "null",
                                              .after = "null",
                                              .reason = "r",
                                              .reviewer = "ana"}));
  }
  const int64_t older = rows("merged.db", "facts");
  const int64_t recent = rows("merged.db", "facts_recent");
  ASSERT_GT(older, 100);  // both tables hold facts, so both are read
  ASSERT_GT(recent, 100);
  EXPECT_EQ(rows("unmerged.db", "facts"), 0);
  EXPECT_EQ(rows("merged.db", "fact_points") + rows("merged.db", "fact_points_recent"),
            rows("unmerged.db", "fact_points_recent"));

  // Pages after an offset are cut on the keys first (listing_sql.cpp): together they are the
  // whole listing, in its order, from both tables.
  for (const char* kind : {"incident", "claim"}) {
    auto whole = merged->list_facts({.kind = kind});
    ASSERT_TRUE(whole) << whole.error().message;
    std::vector<std::string> paged;
    for (int64_t offset = 0; offset < static_cast<int64_t>(whole->size()); offset += 7) {
      auto page = merged->list_facts({.kind = kind, .limit = 7, .offset = offset});
      ASSERT_TRUE(page) << page.error().message;
      for (const StoredFact& f : *page) paged.push_back(f.fact.json);
    }
    std::vector<std::string> all;
    for (const StoredFact& f : *whole) all.push_back(f.fact.json);
    EXPECT_EQ(paged, all);
  }
  const std::string before = everything_read(*merged, 70);
  ASSERT_FALSE(before.empty());
  EXPECT_EQ(before, everything_read(*unmerged, 70));
  ASSERT_TRUE(merged->merge_recent_facts_now());
  EXPECT_EQ(rows("merged.db", "facts"), older + recent);
  EXPECT_EQ(rows("merged.db", "facts_recent"), 0);
  EXPECT_EQ(everything_read(*merged, 70), before);
  // A store opened after the merge (no cached statement or count) reads the same.
  merged.reset();
  EXPECT_EQ(everything_read(*open("merged.db"), 70), before);
}

TEST_F(RecentFacts, AnIngestMergesThemOnceTheyHaveGrown) {
  auto store = open("grown.db");
  ASSERT_TRUE(store);
  ASSERT_TRUE(store->begin_batch());
  ExtractionRecord extraction{"test", R"({"incidents":[],"claims":[]})", {}};
  for (int id = 1; id <= 100; ++id) {  // merged a chunk of 1,024 at a time: many chunks
    FactRow row{.kind = id % 10 == 0 ? "incident" : "claim",
                .fact_id = std::to_string(id),
                .type = "losses",
                .date = fmt::format("2020-10-{:02}", 1 + id % 28),
                .json = "{}"};
    if (row.kind == "incident") row.points = {{40.0 + id / 100.0, 46.0}};
    extraction.facts.push_back(std::move(row));
  }
  const int64_t reports = store::kMinRecentFacts / 100;  // one report short of the minimum
  for (int64_t i = 1; i <= reports; ++i) {
    const std::string tag = "r" + std::to_string(i);
    ASSERT_TRUE(store->insert_report(
        full_report(tag), fake_fingerprint(tag, static_cast<uint32_t>(i)), {}, &extraction));
  }
  ASSERT_TRUE(store->end_batch());
  EXPECT_EQ(rows("grown.db", "facts_recent"), reports * 100);  // not yet
  // One more report, outside a batch: now at the minimum, and more than an eighth of none.
  ASSERT_TRUE(
      store->insert_report(full_report("last"), fake_fingerprint("last", 99'999), {}, &extraction));
  EXPECT_EQ(rows("grown.db", "facts_recent"), 0);
  EXPECT_EQ(rows("grown.db", "facts"), (reports + 1) * 100);
  EXPECT_EQ(rows("grown.db", "fact_points"), (reports + 1) * 10);  // the incidents' points
  EXPECT_EQ(rows("grown.db", "fact_points_rtree"), (reports + 1) * 10);
  EXPECT_EQ(rows("grown.db", "fact_points_recent") + rows("grown.db", "fact_points_recent_rtree"),
            0);
  auto counted = store->count_facts({.kind = "claim"});
  ASSERT_TRUE(counted) << counted.error().message;
  EXPECT_EQ(*counted, (reports + 1) * 90);
  const GeoBox box{.min_lat = 40, .max_lat = 41.1, .min_lon = 45, .max_lon = 47};
  auto inside = store->count_facts({.kind = "incident", .box = box});
  ASSERT_TRUE(inside) << inside.error().message;
  EXPECT_EQ(*inside, (reports + 1) * 10);
}

}  // namespace
}  // namespace truce::testing
