// Analysts' reviews over HTTP: refused without a token or with an observer's, bad bodies named
// field by field, and accepted ones kept as an audit trail that listings apply (corrections in
// place with the machine's value beside them, rejected facts left out) and that outlives
// re-extraction.
#include "api_fixture.hpp"
#include "openapi_check.hpp"
#include "serve/tokens.hpp"
#include "store/review_store.hpp"

namespace truce::testing {
namespace {

class ReviewTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    auto reviews = open_review_store(options().db);
    ASSERT_TRUE(reviews) << reviews.error().message;
    ASSERT_TRUE((*reviews)->add_token("ana", "analyst", serve::hash_token_secret("secret-ana")));
    ASSERT_TRUE((*reviews)->add_token("obs", "observer", serve::hash_token_secret("secret-obs")));
  }

  httplib::Result post(const json& body, const std::string& token = "secret-ana",
                       const std::string& type = "application/json") {
    auto c = client();
    httplib::Headers headers;
    if (!token.empty()) headers.emplace("Authorization", "Bearer " + token);
    return c.Post("/api/reviews", headers, body.dump(), type);
  }

  // Posts `body`; expects `status`; checks the answer against the documented response.
  json post_checked(const json& body, int status, const std::string& token = "secret-ana") {
    auto res = post(body, token);
    EXPECT_TRUE(res);
    if (!res) return nullptr;
    EXPECT_EQ(res->status, status) << res->body;
    const json answer = json::parse(res->body);
    EXPECT_EQ(validate(load_spec(), schema_pointer("/api/reviews", std::to_string(status), "post"),
                       answer),
              "");
    return answer;
  }
};

const json kCorrectType = {{"target", "incident"},
                           {"report", 2},
                           {"fact", "1"},
                           {"decision", "correct"},
                           {"field", "type"},
                           {"value", "battles"},
                           {"reason", "the report describes an exchange of fire"}};

TEST_F(ReviewTest, WritesNeedAnAnalystToken) {
  const json none = post_checked(kCorrectType, 401, "");
  EXPECT_EQ(none["error"]["field"], "Authorization");
  EXPECT_EQ(post_checked(kCorrectType, 401, "made-up")["error"]["message"],
            "Authorization: unknown or revoked token");
  const json observer = post_checked(kCorrectType, 403, "secret-obs");
  EXPECT_NE(observer["error"]["message"].get<std::string>().find("observer"), std::string::npos);
  EXPECT_EQ(get_json("/api/reviews")["total"], 0);
}

TEST_F(ReviewTest, ARevokedTokenIsRefused) {
  auto reviews = open_review_store(options().db);
  ASSERT_TRUE((*reviews)->revoke_token("ana"));
  post_checked(kCorrectType, 401);
}

TEST_F(ReviewTest, BadBodiesAre400NamingTheField) {
  auto with = [](const char* key, json value) {
    json body = kCorrectType;
    if (value.is_null()) {
      body.erase(key);
    } else {
      body[key] = std::move(value);
    }
    return body;
  };
  EXPECT_EQ(post_checked(with("target", "tank"), 400)["error"]["field"], "target");
  EXPECT_EQ(post_checked(with("report", "two"), 400)["error"]["field"], "report");
  EXPECT_EQ(post_checked(with("decision", "maybe"), 400)["error"]["field"], "decision");
  EXPECT_EQ(post_checked(with("field", "colour"), 400)["error"]["field"], "field");
  EXPECT_EQ(post_checked(with("value", nullptr), 400)["error"]["field"], "value");
  EXPECT_EQ(post_checked(with("reason", nullptr), 400)["error"]["field"], "reason");
  EXPECT_EQ(post_checked(with("colour", "red"), 400)["error"]["field"], "colour");
  json date = kCorrectType;
  date["field"] = "date";
  date["value"] = "2020-13-45";
  EXPECT_EQ(post_checked(date, 400)["error"]["message"], "value: must be a date (YYYY-MM-DD)");
  EXPECT_EQ(post_checked(with("report", 99), 404)["error"]["field"], "report");
  EXPECT_EQ(post_checked(with("fact", "9"), 404)["error"]["field"], "fact");
  auto res = post(kCorrectType, "secret-ana", "text/plain");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 415);
  auto c = client();
  auto broken = c.Post("/api/reviews", {{"Authorization", "Bearer secret-ana"}}, "{not json",
                       "application/json");
  ASSERT_TRUE(broken);
  EXPECT_EQ(broken->status, 400);
  EXPECT_EQ(json::parse(broken->body)["error"]["field"], "body");
  EXPECT_EQ(get_json("/api/reviews")["total"], 0);
}

TEST_F(ReviewTest, ACorrectionIsAppliedWithTheMachinesValueBesideIt) {
  const json stored = post_checked(kCorrectType, 201);
  EXPECT_EQ(stored["reviewer"], "ana");
  EXPECT_EQ(stored["before"], "explosions_remote_violence");
  EXPECT_EQ(stored["after"], "battles");
  const json events = get_json("/api/events?report=2");
  ASSERT_EQ(events["total"], 1);
  const json& event = events["items"][0];
  EXPECT_EQ(event["type"], "battles");
  EXPECT_EQ(event["review"]["status"], "corrected");
  EXPECT_EQ(event["review"]["machine"]["type"], "explosions_remote_violence");
  // The stored extraction is the machine's, unchanged.
  const json report = get_json("/api/reports/2");
  EXPECT_EQ(report["extraction"]["incidents"][0]["type"], "explosions_remote_violence");
  ASSERT_EQ(report["reviews"].size(), 1u);
  EXPECT_EQ(report["reviews"][0]["reason"], "the report describes an exchange of fire");
}

TEST_F(ReviewTest, APlaceCorrectionMovesTheMarker) {
  json body = {{"target", "place"},
               {"report", 1},
               {"fact", "1"},
               {"decision", "correct"},
               {"field", "places/0"},
               {"value", {{"name", "Shusha"}, {"lat", 39.76}, {"lon", 46.75}}},
               {"reason", "the shells fell on Shusha"}};
  post_checked(body, 201);
  const json event = get_json("/api/events?report=1")["items"][0];
  EXPECT_EQ(event["places"][0]["place"]["name"], "Shusha");
  EXPECT_EQ(event["places"][0]["rule"], "analyst");
  EXPECT_EQ(event["review"]["machine"]["places/0"]["name"], "Stepanakert");
  body["field"] = "places/3";
  EXPECT_EQ(post_checked(body, 400)["error"]["field"], "field");
}

TEST_F(ReviewTest, ARejectedFactLeavesTheListingsButNotTheTrail) {
  post_checked({{"target", "claim"},
                {"report", 1},
                {"fact", "1"},
                {"decision", "reject"},
                {"reason", "the figure is the enemy's, not a claim"}},
               201);
  EXPECT_EQ(get_json("/api/claims")["total"], 0);
  const json all = get_json("/api/claims?include_rejected=true");
  ASSERT_EQ(all["total"], 1);
  EXPECT_EQ(all["items"][0]["review"]["status"], "rejected");
  // Accepting it later brings it back; the trail keeps both.
  post_checked({{"target", "claim"}, {"report", 1}, {"fact", "1"}, {"decision", "accept"}}, 201);
  EXPECT_EQ(get_json("/api/claims")["total"], 1);
  EXPECT_EQ(get_json("/api/reviews?report=1&target=claim")["total"], 2);
}

TEST_F(ReviewTest, ReviewsSurviveReExtraction) {
  post_checked(kCorrectType, 201);
  {
    auto store = open_store(options().db);
    ASSERT_TRUE(store);
    ASSERT_TRUE((*store)->put_extraction(2, ganja_record()));
  }
  const json event = get_json("/api/events?report=2")["items"][0];
  EXPECT_EQ(event["type"], "battles");
  EXPECT_EQ(get_json("/api/reviews")["total"], 1);
}

}  // namespace
}  // namespace truce::testing
