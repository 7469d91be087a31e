// Fact listings cut to a page in the store while analysts' reviews are applied in the server:
// every page, whatever its size and start, is the slice of the whole listing at its place, with
// the whole listing's total; a rejected fact is left out, a place corrected out of (or into) the
// map's box leaves (or joins) the boxed listing at its place in the order.
#include <fmt/core.h>

#include "api_fixture.hpp"
#include "store/review_store.hpp"

namespace truce::testing {
namespace {

using nlohmann::json;

class ListingPagesTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    auto store = open_store(options().db);
    ASSERT_TRUE(store) << store.error().message;
    // Reports 4..11, an incident each, on dates out of id order; even ones in the Caucasus.
    const char* dates[] = {"2020-10-12", "2020-10-09", "2020-10-12", "2020-10-30",
                           "2020-10-01", "2020-10-12", "",           "2020-10-20"};
    for (int i = 0; i < 8; ++i) {
      const std::string body = fmt::format("Forces shelled Town{} today, the ministry said.", i);
      const bool inside = i % 2 == 0;
      const ExtractionRecord record =
          record_of(incident_json(body, fmt::format("Town{}", i), inside ? 40.0 + i * 0.1 : 10.0,
                                  inside ? 46.0 : 10.0, dates[i], "the ministry", "Armenia"),
                    json::array(), fmt::format("Town{}", i), "Armenia");
      auto id = (*store)->insert_report(
          report_of(fmt::format("Report {}", i), "2020-10-12", "Wire", body),
          fingerprint_of(fmt::format("p{}", i), 10 + i), std::nullopt, &record);
      ASSERT_TRUE(id) << id.error().message;
    }
    auto reviews = open_review_store(options().db);
    ASSERT_TRUE(reviews) << reviews.error().message;
    auto review = [&](int64_t report, const std::string& target, const std::string& decision,
                      const std::string& field, const std::string& after) {
      auto added = (*reviews)->add_review(Review{.target = target,
                                                 .report_id = report,
                                                 .fact_id = "1",
                                                 .decision = decision,
                                                 .field = field,
                                                 .before = "null",
                                                 .after = after,
                                                 .reason = "checked",
                                                 .reviewer = "ana"});
      ASSERT_TRUE(added) << added.error().message;
    };
    review(5, "incident", "reject", "", "null");  // dated 2020-10-09
    review(6, "place", "correct", "places/0", R"({"name":"Far","lat":10,"lon":10})");
    review(7, "place", "correct", "places/0", R"({"name":"Near","lat":40,"lon":47})");
    review(8, "incident", "accept", "", "null");
  }

  // Every item of `path` read `limit` at a time; checks each page's total against `total`.
  json paged(const std::string& path, int limit, int64_t total) {
    json items = json::array();
    for (int64_t offset = 0; offset < total + limit; offset += limit) {
      const json page =
          get_json(fmt::format("{}{}limit={}&offset={}", path,
                               path.find('?') == std::string::npos ? "?" : "&", limit, offset));
      EXPECT_EQ(page["total"], total) << path << " offset " << offset;
      for (const auto& item : page["items"]) items.push_back(item);
    }
    return items;
  }

  // The whole listing of `path` and each of its pagings agree.
  json whole_and_paged(const std::string& path) {
    const json whole =
        get_json(path + (path.find('?') == std::string::npos ? "?" : "&") + "limit=500");
    const auto total = whole["total"].get<int64_t>();
    EXPECT_EQ(static_cast<int64_t>(whole["items"].size()), total) << path;
    for (int limit : {1, 2, 3, 5}) EXPECT_EQ(paged(path, limit, total), whole["items"]) << path;
    return whole["items"];
  }
};

std::vector<int64_t> reports_of(const json& items) {
  std::vector<int64_t> out;
  for (const auto& item : items) out.push_back(item["report"].get<int64_t>());
  return out;
}

TEST_F(ListingPagesTest, EveryPageIsTheSliceOfTheWholeListing) {
  // By date (none first), report, fact: 10 (no date), 8 (10-01), 2 (10-11), 4, 6, 9 (10-12),
  // 1 (10-14), 11 (10-20), 7 (10-30); 5 (10-09) was rejected; 3 has no extraction.
  const json all = whole_and_paged("/api/events");
  EXPECT_EQ(reports_of(all), (std::vector<int64_t>{10, 8, 2, 4, 6, 9, 1, 11, 7}));
  EXPECT_EQ(all[1]["review"]["status"], "accepted");
  EXPECT_TRUE(all[0]["review"].is_null());
  const json with_rejected = whole_and_paged("/api/events?include_rejected=true");
  EXPECT_EQ(reports_of(with_rejected), (std::vector<int64_t>{10, 8, 5, 2, 4, 6, 9, 1, 11, 7}));
  EXPECT_EQ(with_rejected[2]["review"]["status"], "rejected");
  EXPECT_EQ(reports_of(whole_and_paged("/api/events?since=2020-10-10&side=armenia")),
            (std::vector<int64_t>{4, 6, 9, 1, 11, 7}));
}

TEST_F(ListingPagesTest, ABoxTakesPlacesAsReviewed) {
  // In the box as extracted: 1, 2 (the fixture's), 4, 6, 8, 10; analysts moved 6 out of it and
  // 7 into it.
  const json boxed = whole_and_paged("/api/events?bbox=44,38,51,42");
  EXPECT_EQ(reports_of(boxed), (std::vector<int64_t>{10, 8, 2, 4, 1, 7}));
  EXPECT_EQ(boxed.back()["places"][0]["place"]["name"], "Near");
  EXPECT_EQ(reports_of(whole_and_paged("/api/events?bbox=9,9,11,11")),
            (std::vector<int64_t>{6, 9, 11}));
}

TEST_F(ListingPagesTest, ATextQueryPagesTheSameWay) {
  EXPECT_EQ(reports_of(whole_and_paged("/api/events?q=town")),
            (std::vector<int64_t>{10, 8, 4, 6, 9, 11, 7}));
  EXPECT_EQ(reports_of(whole_and_paged("/api/events?q=far")), (std::vector<int64_t>{6}));
}

}  // namespace
}  // namespace truce::testing
