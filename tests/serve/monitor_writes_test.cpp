// The monitor's writes over HTTP, as the command line makes them: observer reports (observer or
// admin token, validated like `truce observe`), declared ceasefires (analyst or admin, checked
// like `truce ceasefire add`) and merges and splits of linked incidents (like `truce incidents
// merge|split`), each refused without the right token, bad bodies named field by field, and
// what was written visible in the listings that read it.
#include <fstream>
#include <sstream>

#include "monitor_writes_fixture.hpp"

namespace truce::testing {
namespace {

std::string read_data(const std::string& name) {
  std::ifstream in(std::filesystem::path(TRUCE_SOURCE_DIR) / "tests" / "data" / name);
  std::stringstream content;
  content << in.rdbuf();
  return content.str();
}

TEST_F(MonitorWritesTest, AnObserverEntersObservationsAndTheyAreListed) {
  const std::string file = read_data("observations/tartar-team.json");
  EXPECT_EQ(post_raw("/api/observations", file, 401, "")["error"]["field"], "Authorization");
  EXPECT_EQ(post_raw("/api/observations", file, 403, "secret-ana")["error"]["field"],
            "Authorization");
  const json stored = post_raw("/api/observations", file, 201, "secret-obs");
  EXPECT_EQ(stored["stored"], 2);
  EXPECT_EQ(stored["batch"], "api:obs");
  const json listed = get_json("/api/observations");
  ASSERT_EQ(listed["total"], 2);
  EXPECT_EQ(listed["items"][0]["mission"], "Example Monitoring Mission");
  EXPECT_EQ(listed["items"][0]["day"], "2021-03-19");
  EXPECT_EQ(listed["items"][0]["observation"]["id"], "EMM-0319-1");
  EXPECT_EQ(get_json("/api/observations?since=2021-03-20")["total"], 0);
}

TEST_F(MonitorWritesTest, ABadObservationIsNamedAndNothingIsStored) {
  const json bad =
      post_raw("/api/observations", read_data("observations/bad-kind.json"), 400, "secret-obs");
  const std::string field = bad["error"]["field"];
  EXPECT_TRUE(field.starts_with("observations/")) << bad.dump();
  EXPECT_NE(bad["error"]["message"].get<std::string>().find("kind"), std::string::npos);
  EXPECT_EQ(post_raw("/api/observations", "{\"mission\": ", 400, "secret-obs")["error"]["field"],
            "body");
  EXPECT_EQ(
      post_raw("/api/observations", "mission=x", 415, "secret-obs", "text/plain")["error"]["field"],
      "Content-Type");
  EXPECT_EQ(get_json("/api/observations")["total"], 0);
}

TEST_F(MonitorWritesTest, AnAnalystDeclaresACeasefireThatTheRegisterHolds) {
  const json declaration = {{"name", "Humanitarian truce"},
                            {"from", "2020-10-10T12:00+04:00"},
                            {"area", "AZ,AM"},
                            {"note", "Moscow statement"}};
  EXPECT_EQ(post("/api/ceasefire-register", declaration, 401, "")["error"]["field"],
            "Authorization");
  EXPECT_EQ(post("/api/ceasefire-register", declaration, 403, "secret-obs")["error"]["field"],
            "Authorization");
  const json stored = post("/api/ceasefire-register", declaration, 201, "secret-ana");
  EXPECT_EQ(stored["id"], "declared:1");
  EXPECT_EQ(stored["origin"], "declared");
  EXPECT_EQ(stored["area"], "AZ, AM");
  // The shelling of Ganja on the 11th and of Stepanakert on the 14th fall inside it (the
  // fixture's accounts name no actors, so a declaration naming parties would count neither).
  EXPECT_EQ(stored["alleged_violations"]["violations"].size(), 2u) << stored.dump();
  bool listed = false;
  const json listing = get_json("/api/ceasefire-register");
  for (const auto& c : listing["items"]) {
    listed |= c["id"] == "declared:1" && c["name"] == "Humanitarian truce";
  }
  EXPECT_TRUE(listed) << listing.dump();
}

TEST_F(MonitorWritesTest, ABadDeclarationIsNamedFieldByField) {
  auto field_of = [&](const json& body) {
    return post("/api/ceasefire-register", body, 400, "secret-adm")["error"]["field"];
  };
  EXPECT_EQ(field_of({{"from", "2020-10-10"}}), "name");
  EXPECT_EQ(field_of({{"name", "x"}}), "from");
  EXPECT_EQ(field_of({{"name", "x"}, {"from", "2020-13-10"}}), "from");
  EXPECT_EQ(field_of({{"name", "x"}, {"from", "2020-10-10"}, {"to", "2020-10-01"}}), "to");
  EXPECT_EQ(field_of({{"name", "x"}, {"from", "2020-10-10"}, {"parties", {"Narnia"}}}), "parties");
  EXPECT_EQ(field_of({{"name", "x"}, {"from", "2020-10-10"}, {"parties", "Armenia"}}), "parties");
  EXPECT_EQ(field_of({{"name", "x"}, {"from", "2020-10-10"}, {"area", "{not geojson"}}), "area");
  EXPECT_EQ(field_of({{"name", "x"}, {"from", "2020-10-10"}, {"colour", "red"}}), "colour");
  // Kept whole: a range-for over a member of a temporary reads it after it is freed (ASan).
  const auto register_now = get_json("/api/ceasefire-register");
  for (const auto& c : register_now["items"]) {
    EXPECT_NE(c["origin"], "declared") << c.dump();
  }
}

// The fixture's two incidents (Stepanakert, report 1; Ganja, report 2) merged, then split again;
// each decision kept with who made it and why.
TEST_F(MonitorWritesTest, AnAnalystMergesAndSplitsIncidents) {
  ASSERT_EQ(get_json("/api/incidents")["total"], 2);
  const json merge = {
      {"action", "merge"}, {"incidents", {"1:1", "2:1"}}, {"note", "the same night's shelling"}};
  EXPECT_EQ(post("/api/incident-decisions", merge, 401, "")["error"]["field"], "Authorization");
  const json merged = post("/api/incident-decisions", merge, 201, "secret-ana");
  EXPECT_EQ(merged["incidents"].size(), 1u);
  EXPECT_EQ(merged["incidents"][0]["accounts"].size(), 2u) << merged.dump();
  EXPECT_EQ(get_json("/api/incidents")["total"], 1);

  const json split = {{"action", "split"},
                      {"incident", "1:1"},
                      {"accounts", {"2:1"}},
                      {"note", "two towns, two incidents"}};
  const json after = post("/api/incident-decisions", split, 201, "secret-ana");
  EXPECT_EQ(after["incidents"].size(), 2u) << after.dump();
  EXPECT_EQ(get_json("/api/incidents")["total"], 2);

  const json trail = get_json("/api/incident-decisions");
  ASSERT_GE(trail["total"].get<int>(), 2);
  EXPECT_EQ(trail["items"][0]["action"], "merge");
  EXPECT_EQ(trail["items"][0]["decided_by"], "ana");
  EXPECT_EQ(trail["items"][0]["note"], "the same night's shelling");
}

TEST_F(MonitorWritesTest, ABadDecisionIsNamed) {
  auto error_of = [&](const json& body, int status) {
    return post("/api/incident-decisions", body, status, "secret-ana")["error"];
  };
  EXPECT_EQ(error_of({{"action", "merge"}, {"incidents", {"1:1", "2:1"}}}, 400)["field"], "note");
  EXPECT_EQ(error_of({{"action", "join"}, {"note", "x"}}, 400)["field"], "action");
  EXPECT_EQ(error_of({{"action", "merge"}, {"incidents", {"1:1"}}, {"note", "x"}}, 400)["field"],
            "incidents");
  EXPECT_EQ(
      error_of({{"action", "merge"}, {"incidents", {"1:1", "9:9"}}, {"note", "x"}}, 404)["field"],
      "incidents");
  EXPECT_EQ(
      error_of({{"action", "split"}, {"incident", "9:9"}, {"accounts", {"1:1"}}, {"note", "x"}},
               404)["field"],
      "incident");
  EXPECT_EQ(
      error_of({{"action", "split"}, {"incident", "1:1"}, {"accounts", {"2:1"}}, {"note", "x"}},
               400)["field"],
      "accounts");
  EXPECT_EQ(get_json("/api/incident-decisions")["total"], 0);
}

}  // namespace
}  // namespace truce::testing
