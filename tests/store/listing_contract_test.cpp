// The listings the API pages through, on both backends (PostgreSQL on the server
// TRUCE_TEST_PG_URL names; skipped without it, failing under CI=true): facts and reports cut to
// a page in the store, in the listing's order, with totals that follow every write, from this
// connection or another; a map's box on the incidents' places, edges included; reviewed facts
// apart; search filtered and paged.
#include <fmt/core.h>
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <memory>
#include <nlohmann/json.hpp>

#include "pg_test_server.hpp"
#include "run_command.hpp"
#include "store/report_store.hpp"
#include "store/review_store.hpp"
#include "store_test_support.hpp"

namespace truce::testing {
namespace {

using nlohmann::json;

// An incident's JSON with its places at `points` ({lat, lon}; a place without coordinates is
// an unresolved mention).
std::string incident(const std::string& id, const std::vector<std::pair<double, double>>& points) {
  json places = json::array();
  for (const auto& [lat, lon] : points) {
    places.push_back({{"mention", "x"}, {"place", {{"name", "x"}, {"lat", lat}, {"lon", lon}}}});
  }
  places.push_back({{"mention", "nowhere"}, {"place", nullptr}});
  return json{{"id", id}, {"places", places}}.dump();
}

FactRow incident_row(const std::string& id, const std::string& date,
                     const std::vector<std::pair<double, double>>& points) {
  return FactRow{.kind = "incident",
                 .fact_id = id,
                 .type = "battles",
                 .date = date,
                 .claimant_side = "Armenia",
                 .json = incident(id, points),
                 .points = points};
}

ExtractionRecord record_of(std::vector<FactRow> facts) {
  return ExtractionRecord{"test", R"({"incidents":[],"claims":[]})", std::move(facts)};
}

// "report:fact" of each listed fact.
std::vector<std::string> keys(const std::vector<StoredFact>& facts) {
  std::vector<std::string> out;
  for (const auto& f : facts) out.push_back(fmt::format("{}:{}", f.report_id, f.fact.fact_id));
  return out;
}

// The box of the load test: the South Caucasus.
constexpr GeoBox kCaucasus{.min_lat = 38, .max_lat = 42, .min_lon = 44, .max_lon = 51};

class ListingContract : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (GetParam() == "postgresql") {
      TRUCE_REQUIRE_PG();
      pg_ = std::make_unique<TempPgDatabase>();
      location_ = pg_->url();
    } else {
      location_ = (dir_ / "truce.db").string();
    }
    auto opened = open_store(location_);
    ASSERT_TRUE(opened) << opened.error().message;
    store_ = std::move(*opened);
  }

  // Reports 1 (an original), 2 (its near-duplicate) and 3, with incidents in a known order:
  // 3:1 (no date), 1:10 (the 13th), 1:1, 1:2, 2:1 (the 14th; ids shorter first).
  void fill() {
    Report one = full_report("one");
    one.body = "Artillery shelled Tartar overnight.";
    Report two = full_report("two");
    two.body = "Artillery shelled Tartar overnight, a copy.";
    Report three = full_report("three");
    three.body = "Drones struck Ganja; the shelling went on.";
    three.source = "Other Wire";
    three.published = {"2020-10-20", DatePrecision::day};
    ASSERT_TRUE(store_->insert_report(one, fake_fingerprint("one", 1), {}));
    ASSERT_TRUE(store_->insert_report(two, fake_fingerprint("two", 2), DuplicateLink{1, 0.9}));
    ASSERT_TRUE(store_->insert_report(three, fake_fingerprint("three", 3), {}));
    ASSERT_TRUE(store_->put_extraction(
        1, record_of({incident_row("1", "2020-10-14", {{40.0, 46.0}}),
                      incident_row("2", "2020-10-14", {}),
                      incident_row("10", "2020-10-13", {{10.0, 10.0}, {39.0, 45.0}})})));
    ASSERT_TRUE(
        store_->put_extraction(2, record_of({incident_row("1", "2020-10-14", {{42, 51}})})));
    ASSERT_TRUE(store_->put_extraction(3, record_of({incident_row("1", "", {{40.5, 46.5}})})));
  }

  std::vector<std::string> listed(FactFilter filter) {
    auto facts = store_->list_facts(filter);
    EXPECT_TRUE(facts) << facts.error().message;
    return facts ? keys(*facts) : std::vector<std::string>{};
  }
  int64_t counted(const FactFilter& filter) {
    auto n = store_->count_facts(filter);
    EXPECT_TRUE(n) << n.error().message;
    return n ? *n : -1;
  }

  TempDir dir_;
  std::unique_ptr<TempPgDatabase> pg_;
  std::string location_;
  std::unique_ptr<ReportStore> store_;
};

TEST_P(ListingContract, FactsArePagedInTheListingsOrderWithTotals) {
  fill();
  const std::vector<std::string> all = {"3:1", "1:10", "1:1", "1:2", "2:1"};
  EXPECT_EQ(listed({.kind = "incident"}), all);
  EXPECT_EQ(counted({.kind = "incident"}), 5);
  std::vector<std::string> paged;
  for (int64_t offset = 0; offset < 6; offset += 2) {
    for (const auto& key : listed({.kind = "incident", .limit = 2, .offset = offset})) {
      paged.push_back(key);
    }
  }
  EXPECT_EQ(paged, all);
  EXPECT_EQ(listed({.kind = "incident", .offset = 3}), (std::vector<std::string>{"1:2", "2:1"}));
  EXPECT_TRUE(listed({.kind = "incident", .limit = 2, .offset = 9}).empty());
  EXPECT_EQ(counted({.kind = "incident", .since = "2020-10-01"}), 4);  // no date: left out
  EXPECT_EQ(counted({.kind = "incident", .until = "2020-10-13"}), 1);
  EXPECT_EQ(counted({.kind = "incident", .originals_only = true}), 4);
  EXPECT_EQ(counted({.kind = "incident", .claimant_side = "ARMENIA", .limit = 1}), 5);
  EXPECT_EQ(counted({.kind = "claim"}), 0);
}

TEST_P(ListingContract, ABoxKeepsFactsWithAPlaceInsideEdgesIncluded) {
  fill();
  // 2:1 lies on the box's corner; 1:10 has one place outside and one inside; 1:2 has none.
  const std::vector<std::string> inside = {"3:1", "1:10", "1:1", "2:1"};
  EXPECT_EQ(listed({.kind = "incident", .box = kCaucasus}), inside);
  EXPECT_EQ(counted({.kind = "incident", .box = kCaucasus}), 4);
  std::vector<std::string> paged;  // a page at a time: the box tested along the order
  for (int64_t offset = 0; offset < 4; ++offset) {
    for (const auto& key :
         listed({.kind = "incident", .box = kCaucasus, .limit = 1, .offset = offset})) {
      paged.push_back(key);
    }
  }
  EXPECT_EQ(paged, inside);
  const GeoBox gulf{.min_lat = 9.5, .max_lat = 10.5, .min_lon = 9.5, .max_lon = 10.5};
  EXPECT_EQ(listed({.kind = "incident", .box = gulf}), (std::vector<std::string>{"1:10"}));
  EXPECT_EQ(listed({.kind = "incident", .box = gulf, .limit = 1}),
            (std::vector<std::string>{"1:10"}));
  const GeoBox nowhere{.min_lat = -1, .max_lat = 1, .min_lon = -1, .max_lon = 1};
  EXPECT_EQ(counted({.kind = "incident", .box = nowhere}), 0);

  // Extracted again, report 1's incidents move out of the box: their old points go with them.
  ASSERT_TRUE(store_->put_extraction(1, record_of({incident_row("1", "2020-10-14", {{0, 0}})})));
  EXPECT_EQ(listed({.kind = "incident", .box = kCaucasus}),
            (std::vector<std::string>{"3:1", "2:1"}));
  EXPECT_EQ(listed({.kind = "incident", .box = nowhere}), (std::vector<std::string>{"1:1"}));
}

TEST_P(ListingContract, TotalsFollowWritesFromAnyConnection) {
  fill();
  EXPECT_EQ(counted({.kind = "incident"}), 5);
  EXPECT_EQ(*store_->count_reports({}), 3);
  {
    auto other = open_store(location_);
    ASSERT_TRUE(other) << other.error().message;
    ASSERT_TRUE((*other)->put_extraction(
        3, record_of({incident_row("1", "", {}), incident_row("2", "2020-10-15", {})})));
    ASSERT_TRUE((*other)->insert_report(full_report("four"), fake_fingerprint("four", 4), {}));
  }
  EXPECT_EQ(counted({.kind = "incident"}), 6);
  EXPECT_EQ(counted({.kind = "incident", .box = kCaucasus}), 3);
  EXPECT_EQ(*store_->count_reports({}), 4);
  // And this connection's own writes.
  ASSERT_TRUE(store_->put_extraction(4, record_of({incident_row("1", "2020-10-16", {})})));
  EXPECT_EQ(counted({.kind = "incident"}), 7);
  ASSERT_TRUE(store_->insert_report(full_report("five"), fake_fingerprint("five", 5), {}));
  EXPECT_EQ(*store_->count_reports({}), 5);
}

TEST_P(ListingContract, ReviewedFactsAreListedApart) {
  fill();
  auto reviews = open_review_store(location_);
  ASSERT_TRUE(reviews) << reviews.error().message;
  Review place{.target = "place",
               .report_id = 1,
               .fact_id = "10",
               .decision = "correct",
               .field = "places/0",
               .before = "null",
               .after = R"({"name":"y","lat":1,"lon":2})",
               .reason = "moved",
               .reviewer = "ana"};
  ASSERT_TRUE((*reviews)->add_review(place));
  Review claim = place;  // a claim's review names no incident
  claim.target = "claim";
  claim.fact_id = "2";
  claim.decision = "reject";
  claim.field = "";
  ASSERT_TRUE((*reviews)->add_review(claim));
  EXPECT_EQ(listed({.kind = "incident", .reviewed = ReviewedFacts::only}),
            (std::vector<std::string>{"1:10"}));
  EXPECT_EQ(listed({.kind = "incident", .reviewed = ReviewedFacts::none}),
            (std::vector<std::string>{"3:1", "1:1", "1:2", "2:1"}));
  EXPECT_EQ(counted({.kind = "incident", .reviewed = ReviewedFacts::none}), 4);
}

TEST_P(ListingContract, ReportsArePagedAndSearchedWithFilters) {
  fill();
  auto page = store_->list_reports({.limit = 1, .offset = 1});
  ASSERT_TRUE(page) << page.error().message;
  ASSERT_EQ(page->size(), 1u);
  EXPECT_EQ((*page)[0].id, 2);
  ASSERT_TRUE((*page)[0].duplicate_of);
  EXPECT_EQ(store_->list_reports({.offset = 2})->size(), 1u);

  auto hits = store_->search_reports("shelled", {}, "[", "]");
  ASSERT_TRUE(hits) << hits.error().message;
  ASSERT_EQ(hits->size(), 2u);
  EXPECT_EQ(*store_->count_search("shelled", {}), 2);
  EXPECT_NE((*hits)[0].snippet.find("[shelled]"), std::string::npos) << (*hits)[0].snippet;
  EXPECT_EQ((*hits)[0].report.source, "Example Wire");
  // Filters keep the hits of the reports they keep; a page is cut from the ranked hits.
  EXPECT_EQ(*store_->count_search("shelled", {.include_duplicates = false}), 1);
  hits = store_->search_reports("shelled", {.include_duplicates = false}, "[", "]");
  ASSERT_EQ(hits->size(), 1u);
  EXPECT_EQ(hits->front().report.id, 1);
  const auto ranked = *store_->search_reports("shell*", {}, "[", "]");
  ASSERT_EQ(ranked.size(), 3u);
  auto second = store_->search_reports("shell*", {.limit = 1, .offset = 1}, "[", "]");
  ASSERT_EQ(second->size(), 1u);
  EXPECT_EQ(second->front().report.id, ranked[1].report.id);
  EXPECT_EQ(*store_->count_search("shell*", {.source = "other wire"}), 1);
  EXPECT_EQ(*store_->count_search("shell*", {.since = "2020-10-17"}), 1);
  EXPECT_FALSE(store_->count_search("--", {}));
}

INSTANTIATE_TEST_SUITE_P(Backends, ListingContract, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

// A database written before the listings' indexes (schema 7) gets its incidents' points from
// their stored JSON when it is upgraded.
TEST(ListingIndexes, AnOlderDatabaseGetsItsPointsOnUpgrade) {
  TempDir dir;
  const std::string path = (dir / "old.db").string();
  {
    auto store = open_store(path);
    ASSERT_TRUE(store);
    ASSERT_TRUE((*store)->insert_report(full_report("a"), fake_fingerprint("a", 1), {}));
    ASSERT_TRUE(
        (*store)->put_extraction(1, record_of({incident_row("1", "2020-10-14", {{40.0, 46.0}}),
                                               incident_row("2", "2020-10-14", {{1.0, 1.0}})})));
  }
  {  // Back to schema 7, as an older truce left it.
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    char* error = nullptr;
    const int rc = sqlite3_exec(db,
                                "INSERT INTO facts SELECT * FROM facts_recent;"
                                " DROP TABLE fact_points_recent;"
                                " DROP TABLE fact_points_recent_rtree; DROP TABLE facts_recent;"
                                " INSERT INTO lsh_bands SELECT * FROM lsh_bands_recent;"
                                " DROP TABLE lsh_bands_recent; DROP TABLE fact_points;"
                                " DROP TABLE fact_points_rtree; DROP INDEX facts_listing;"
                                " DROP INDEX facts_by_type; DROP INDEX facts_by_side;"
                                " DROP INDEX facts_by_about; DROP INDEX reports_ids;"
                                " CREATE INDEX facts_kind_date ON facts (kind, date);"
                                " CREATE INDEX facts_kind_type ON facts (kind, type);"
                                " DELETE FROM schema_migrations WHERE version >= 8;"
                                " PRAGMA user_version = 7;",
                                nullptr, nullptr, &error);
    EXPECT_EQ(rc, SQLITE_OK) << (error ? error : "");
    sqlite3_free(error);
    sqlite3_close(db);
  }
  auto store = open_store(path, OpenMode::read);
  ASSERT_TRUE(store) << store.error().message;
  auto inside = (*store)->list_facts({.kind = "incident", .box = kCaucasus});
  ASSERT_TRUE(inside) << inside.error().message;
  EXPECT_EQ(keys(*inside), (std::vector<std::string>{"1:1"}));
}

}  // namespace
}  // namespace truce::testing
