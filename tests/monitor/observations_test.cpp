// Observer reports: validated strictly against the published schema (a bad field is named and
// the file refused), each event placed by bearing and distance from the observer.
#include "monitor/observations.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "geo/distance.hpp"

namespace truce::testing {
namespace {

std::string observation(const std::string& extra) {
  return R"({"mission": "M", "observations": [{"time": "2021-03-19T06:40+04:00",
            "observer": {"lat": 40.0, "lon": 46.0}, "method": "saw", "count": 2,
            "kind": "impact")" +
         extra + "}]}";
}

TEST(Observations, AValidFileIsReadAndTheEventPlacedByBearingAndDistance) {
  const auto read = monitor::parse_observations(
      "f.json", observation(R"(, "bearing_deg": 90, "distance_km": {"min": 4, "max": 6})"));
  ASSERT_TRUE(read) << read.error().message;
  ASSERT_EQ(read->size(), 1u);
  const auto& o = read->front();
  EXPECT_EQ(o.day, "2021-03-19");
  EXPECT_TRUE(o.located);
  EXPECT_NEAR(geo::distance_km(40.0, 46.0, o.lat, o.lon), 5.0, 0.01);
  EXPECT_GT(o.lon, 46.0);  // east
  EXPECT_NEAR(o.lat, 40.0, 0.01);
}

TEST(Observations, EveryBadFieldIsRejectedWithItsPath) {
  struct Case {
    std::string text;
    std::string path;
  };
  const std::vector<Case> cases = {
      {observation(R"(, "kind": "thunder")"), "observations/0/kind"},
      {observation(R"(, "colour": "red")"), "observations/0"},
      {observation(R"(, "count": 0)"), "observations/0/count"},
      {observation(R"(, "bearing_deg": 360)"), "observations/0/bearing_deg"},
      {R"({"mission": "M", "observations": [{"time": "19 March", "observer": {"lat": 1, "lon": 1},
          "method": "saw", "count": 1, "kind": "impact"}]})",
       "observations/0/time"},
      {R"({"observations": [{"time": "2021-03-19T06:40+04:00", "observer": {"lat": 1, "lon": 1},
          "method": "saw", "count": 1, "kind": "impact"}]})",
       "(the document)"},
  };
  for (const auto& c : cases) {
    const auto read = monitor::parse_observations("f.json", c.text);
    ASSERT_FALSE(read) << c.text;
    EXPECT_EQ(read.error().exit_code, 2);
    EXPECT_EQ(read.error().message.rfind("f.json: " + c.path, 0), 0u)
        << c.path << " / " << read.error().message;
  }
  EXPECT_FALSE(monitor::parse_observations("f.json", "{not json"));
  // Found by fuzzing: a number past a double's range threw past the error handling.
  const auto huge = monitor::parse_observations("f.json", R"({"mission": 40.3e438})");
  ASSERT_FALSE(huge);
  EXPECT_NE(huge.error().message.find("f.json: not JSON"), std::string::npos)
      << huge.error().message;
  const auto backwards = monitor::parse_observations(
      "f.json", observation(R"(, "distance_km": {"min": 6, "max": 4})"));
  ASSERT_FALSE(backwards);
  EXPECT_NE(backwards.error().message.find("distance_km: min is above max"), std::string::npos);
}

TEST(Observations, ThePublishedSchemaIsTheOneCompiledIn) {
  std::ifstream in(std::filesystem::path(TRUCE_SOURCE_DIR) / "docs" / "schemas" /
                   "observations.schema.json");
  std::stringstream published;
  published << in.rdbuf();
  EXPECT_EQ(published.str(), std::string(monitor::observation_schema()));
}

}  // namespace
}  // namespace truce::testing
