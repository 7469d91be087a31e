// What the server publishes besides JSON listings: the daily situation report (Markdown, or HTML
// under a policy that allows its own style only) and the exports (ACLED CSV, GeoJSON, JSON
// Lines) with the incidents' filters; and reads made to need a token (--read-token-required).
#include "monitor_writes_fixture.hpp"

namespace truce::testing {
namespace {

class PublishTest : public MonitorWritesTest {
 protected:
  httplib::Result get(const std::string& path) {
    auto c = client();
    return c.Get(path);
  }
};

TEST_F(PublishTest, TheSitrepOfADayAsMarkdownAndHtml) {
  auto md = get("/api/sitrep?date=2020-10-14");
  ASSERT_TRUE(md);
  ASSERT_EQ(md->status, 200) << md->body;
  EXPECT_TRUE(md->get_header_value("Content-Type").starts_with("text/markdown"));
  EXPECT_NE(md->body.find("2020-10-14"), std::string::npos);
  EXPECT_NE(md->body.find("Stepanakert"), std::string::npos) << md->body;

  auto html = get("/api/sitrep?date=2020-10-14&format=html");
  ASSERT_TRUE(html);
  ASSERT_EQ(html->status, 200) << html->body;
  EXPECT_TRUE(html->get_header_value("Content-Type").starts_with("text/html"));
  EXPECT_NE(html->body.find("Stepanakert"), std::string::npos);
  // One policy, allowing the report's own <style> by its hash and no script.
  EXPECT_EQ(html->get_header_value_count("Content-Security-Policy"), 1u);
  const std::string policy = html->get_header_value("Content-Security-Policy");
  EXPECT_NE(policy.find("style-src 'sha256-"), std::string::npos) << policy;
  EXPECT_EQ(policy.find("script-src"), std::string::npos) << policy;
  EXPECT_EQ(policy.find("unsafe-inline"), std::string::npos) << policy;

  auto again = client();
  auto cached =
      again.Get("/api/sitrep?date=2020-10-14", {{"If-None-Match", md->get_header_value("ETag")}});
  ASSERT_TRUE(cached);
  EXPECT_EQ(cached->status, 304);

  EXPECT_EQ(get_json("/api/sitrep", 400)["error"]["field"], "date");
  EXPECT_EQ(get_json("/api/sitrep?date=2020-10", 400)["error"]["field"], "date");
  EXPECT_EQ(get_json("/api/sitrep?date=2020-10-14&format=pdf", 400)["error"]["field"], "format");
}

TEST_F(PublishTest, ExportsInEveryFormatWithTheIncidentsFilters) {
  auto csv = get("/api/export?format=acled-csv");
  ASSERT_TRUE(csv);
  ASSERT_EQ(csv->status, 200) << csv->body;
  EXPECT_TRUE(csv->get_header_value("Content-Type").starts_with("text/csv"));
  EXPECT_NE(csv->get_header_value("Content-Disposition").find("truce-incidents.csv"),
            std::string::npos);
  EXPECT_TRUE(csv->body.starts_with("event_id_cnty,")) << csv->body.substr(0, 200);
  EXPECT_NE(csv->body.find("Stepanakert"), std::string::npos);
  EXPECT_NE(csv->body.find("Ganja"), std::string::npos);

  auto geojson = get("/api/export?format=geojson&since=2020-10-12");
  ASSERT_TRUE(geojson);
  ASSERT_EQ(geojson->status, 200) << geojson->body;
  EXPECT_EQ(geojson->get_header_value("Content-Type"), "application/geo+json");
  const json collection = json::parse(geojson->body);
  ASSERT_EQ(collection["features"].size(), 1u) << geojson->body;
  EXPECT_NEAR(collection["features"][0]["geometry"]["coordinates"][0].get<double>(), 46.75, 0.01);

  auto lines = get("/api/export?format=jsonl&q=ganja");
  ASSERT_TRUE(lines);
  ASSERT_EQ(lines->status, 200) << lines->body;
  EXPECT_EQ(lines->get_header_value("Content-Type"), "application/x-ndjson");
  EXPECT_EQ(std::count(lines->body.begin(), lines->body.end(), '\n'), 1) << lines->body;
  EXPECT_NE(lines->body.find("Ganja"), std::string::npos);

  // The same filters as /api/incidents: claimant and bounding box.
  EXPECT_EQ(get_json("/api/incidents?claimant=armenian")["total"], 1);
  EXPECT_EQ(get_json("/api/incidents?bbox=46.2,40.5,46.5,40.8")["total"], 1);
  EXPECT_EQ(get_json("/api/incidents?q=stepanakert")["total"], 1);
  auto none = get("/api/export?format=jsonl&claimant=nobody");
  ASSERT_TRUE(none);
  EXPECT_EQ(none->body, "");

  EXPECT_EQ(get_json("/api/export", 400)["error"]["field"], "format");
  EXPECT_EQ(get_json("/api/export?format=xlsx", 400)["error"]["field"], "format");
  EXPECT_EQ(get_json("/api/export?format=jsonl&bbox=1,2", 400)["error"]["field"], "bbox");
}

class ReadTokenTest : public MonitorWritesTest {
 protected:
  void SetUp() override {
    const auto knowledge = serve::load_monitor_knowledge();
    if (!knowledge.problem.empty()) GTEST_SKIP() << knowledge.problem;
    auto o = options();
    o.read_token_required = true;
    start(o);
    auto reviews = open_review_store(o.db);
    ASSERT_TRUE(reviews) << reviews.error().message;
    ASSERT_TRUE((*reviews)->add_token("obs", "observer", serve::hash_token_secret("secret-obs")));
  }
};

TEST_F(ReadTokenTest, ReadsNeedATokenOfAnyRoleButHealthAndTheDashboardStayOpen) {
  EXPECT_EQ(get_json("/api/reports", 401)["error"]["field"], "Authorization");
  EXPECT_EQ(get_json("/api/incidents", 401)["error"]["field"], "Authorization");
  auto c = client();
  auto bad = c.Get("/api/export?format=jsonl", {{"Authorization", "Bearer made-up"}});
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->status, 401);
  auto ok = c.Get("/api/reports", {{"Authorization", "Bearer secret-obs"}});
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->status, 200) << ok->body;
  EXPECT_EQ(get_json("/api/health")["status"], "ok");
  auto page = c.Get("/");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
}

}  // namespace
}  // namespace truce::testing
