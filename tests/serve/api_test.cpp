// The JSON API over real HTTP: listings, paging, filters, search, one report with its evidence,
// ETags, and bad requests answered with the right status and a message naming the field.
#include "api_fixture.hpp"

namespace truce::testing {
namespace {

using nlohmann::json;

TEST_F(ApiTest, HealthCountsTheStoredReports) {
  const json health = get_json("/api/health");
  EXPECT_EQ(health["status"], "ok");
  EXPECT_EQ(health["reports"], 3);
}

TEST_F(ApiTest, ReportsArePagedInIdOrder) {
  const json first = get_json("/api/reports?limit=2");
  ASSERT_EQ(first["items"].size(), 2u);
  EXPECT_EQ(first["items"][0]["id"], 1);
  EXPECT_EQ(first["items"][1]["id"], 2);
  EXPECT_EQ(first["total"], 3);
  EXPECT_EQ(first["next_offset"], 2);
  const json last = get_json("/api/reports?limit=2&offset=2");
  ASSERT_EQ(last["items"].size(), 1u);
  EXPECT_EQ(last["items"][0]["id"], 3);
  EXPECT_EQ(last["items"][0]["duplicate_of"], 1);
  EXPECT_TRUE(last["next_offset"].is_null());
}

TEST_F(ApiTest, ReportsFilterByDateSourceAndOriginals) {
  EXPECT_EQ(get_json("/api/reports?since=2020-10-12&until=2020-10-14")["total"], 1);
  EXPECT_EQ(get_json("/api/reports?source=APA")["items"][0]["id"], 2);
  EXPECT_EQ(get_json("/api/reports?originals=true")["total"], 2);
}

TEST_F(ApiTest, FullTextSearchMarksTheMatch) {
  const json hits = get_json("/api/reports?q=Stepanakert&originals=1");
  ASSERT_EQ(hits["total"], 1);
  EXPECT_EQ(hits["items"][0]["id"], 1);
  EXPECT_NE(hits["items"][0]["snippet"].get<std::string>().find("\u27e6Stepanakert\u27e7"),
            std::string::npos);
  EXPECT_EQ(get_json("/api/reports?q=Baku")["total"], 0);
}

TEST_F(ApiTest, AReportCarriesItsEvidenceWithTheRuleBehindEachField) {
  const json report = get_json("/api/reports/1");
  EXPECT_EQ(report["title"], "Shelling of Stepanakert");
  EXPECT_EQ(report["body"], kStepanakertBody);
  ASSERT_TRUE(report["extraction"].is_object());
  const json* place = nullptr;
  for (const auto& span : report["evidence"]) {
    if (span["field"] == "place") place = &span;
  }
  ASSERT_NE(place, nullptr);
  EXPECT_EQ((*place)["fact"], "1");
  EXPECT_EQ((*place)["rule"], "gazetteer");
  const std::size_t byte_begin = (*place)["byte_begin"];
  EXPECT_EQ(kStepanakertBody.substr(byte_begin, 11), "Stepanakert");
  // "ə" and "—" are one UTF-16 unit each but two and three bytes: three units fewer.
  EXPECT_EQ((*place)["begin"].get<std::size_t>(), byte_begin - 3);
  bool has_claim_rule = false;
  for (const auto& span : report["evidence"]) {
    has_claim_rule |= span["kind"] == "claim" &&
                      span["rule"].get<std::string>().find("equipment.tsv:3") != std::string::npos;
  }
  EXPECT_TRUE(has_claim_rule);
}

TEST_F(ApiTest, EventsFilterByBoundingBoxSideAndText) {
  const json ganja = get_json("/api/events?bbox=46,40.5,46.6,40.8");
  ASSERT_EQ(ganja["total"], 1);
  EXPECT_EQ(ganja["items"][0]["places"][0]["mention"], "Ganja");
  EXPECT_EQ(ganja["items"][0]["report"], 2);
  EXPECT_EQ(get_json("/api/events?side=Armenia")["items"][0]["report"], 1);
  EXPECT_EQ(get_json("/api/events?q=stepanakert")["total"], 1);
  EXPECT_EQ(get_json("/api/events?since=2020-10-12")["total"], 1);
  const json all = get_json("/api/events");
  ASSERT_EQ(all["total"], 2);
  EXPECT_EQ(all["items"][0]["date"]["date"], "2020-10-11");  // by date
}

TEST_F(ApiTest, ClaimsFilterByWhoseLosses) {
  const json claims = get_json("/api/claims?about=Azerbaijan&type=tanks");
  ASSERT_EQ(claims["total"], 1);
  EXPECT_EQ(claims["items"][0]["value"], 12);
  EXPECT_EQ(get_json("/api/claims?about=Armenia")["total"], 0);
}

TEST_F(ApiTest, ETagAnswersNotModified) {
  auto c = client();
  auto first = c.Get("/api/events");
  ASSERT_TRUE(first);
  const std::string etag = first->get_header_value("ETag");
  ASSERT_FALSE(etag.empty());
  auto again = c.Get("/api/events", {{"If-None-Match", etag}});
  ASSERT_TRUE(again);
  EXPECT_EQ(again->status, 304);
  EXPECT_TRUE(again->body.empty());
  auto other = c.Get("/api/events?limit=1");
  ASSERT_TRUE(other);
  EXPECT_NE(other->get_header_value("ETag"), etag);
}

void expect_error(const json& body, int status, const std::string& field,
                  const std::string& words) {
  ASSERT_TRUE(body.contains("error")) << body.dump();
  EXPECT_EQ(body["error"]["status"], status);
  if (field.empty()) {
    EXPECT_TRUE(body["error"]["field"].is_null());
  } else {
    EXPECT_EQ(body["error"]["field"], field);
  }
  const std::string message = body["error"]["message"];
  EXPECT_NE(message.find(words), std::string::npos) << message;
  EXPECT_EQ(message.find('\n'), std::string::npos);
}

TEST_F(ApiTest, BadParametersAre400NamingTheField) {
  expect_error(get_json("/api/reports?since=2020-13-01", 400), 400, "since", "not a date");
  expect_error(get_json("/api/events?until=yesterday", 400), 400, "until", "until: 'yesterday'");
  expect_error(get_json("/api/reports?limit=0", 400), 400, "limit", "out of range");
  expect_error(get_json("/api/reports?offset=abc", 400), 400, "offset", "not an integer");
  expect_error(get_json("/api/events?bbox=1,2,3", 400), 400, "bbox", "four numbers");
  expect_error(get_json("/api/events?bbox=50,40,46,41", 400), 400, "bbox", "wrong order");
  expect_error(get_json("/api/events?originals=maybe", 400), 400, "originals", "not one of");
  expect_error(get_json("/api/claims?colour=red", 400), 400, "colour", "unknown parameter");
  expect_error(get_json("/api/claims?bbox=1,2,3,4", 400), 400, "bbox", "unknown parameter");
  expect_error(get_json("/api/reports?limit=1&limit=2", 400), 400, "limit", "more than once");
  expect_error(get_json("/api/reports/abc", 400), 400, "id", "not a positive integer");
}

TEST_F(ApiTest, MissingThingsAre404) {
  expect_error(get_json("/api/reports/99", 404), 404, "id", "no report 99");
  expect_error(get_json("/api/nothing", 404), 404, "", "/api/nothing");
  expect_error(get_json("/nothing.js", 404), 404, "", "not found");
}

TEST_F(ApiTest, EveryAnswerCarriesSecurityHeaders) {
  auto c = client();
  for (const std::string path : {"/api/health", "/", "/api/nothing"}) {
    auto res = c.Get(path);
    ASSERT_TRUE(res) << path;
    const std::string csp = res->get_header_value("Content-Security-Policy");
    EXPECT_NE(csp.find("script-src 'self'"), std::string::npos) << path;
    EXPECT_EQ(csp.find("unsafe-inline"), std::string::npos) << path;
    EXPECT_EQ(res->get_header_value("X-Content-Type-Options"), "nosniff") << path;
    EXPECT_EQ(res->get_header_value("X-Frame-Options"), "DENY") << path;
  }
}

}  // namespace
}  // namespace truce::testing
