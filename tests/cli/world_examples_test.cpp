// The examples of other wars (examples/world) end to end: named actors with their states and
// sides, casualty counts as claims, and ceasefires with the day they were reached (issue 8).
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "run_command.hpp"

namespace truce::testing {
namespace {

class WorldExamples : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto out = run_truce(
        "--quiet ingest '" + std::string(TRUCE_SOURCE_DIR) + "/examples/world'", db_, dir_.path());
    ASSERT_EQ(out.exit_code, 0) << out.err;
  }
  nlohmann::json json_of(const std::string& args) {
    const auto out = run_truce(args + " --json", db_, dir_.path());
    EXPECT_EQ(out.exit_code, 0) << out.err;
    return nlohmann::json::parse(out.out);
  }
  TempDir dir_;
  std::filesystem::path db_ = dir_ / "world.db";
};

bool has_claim(const nlohmann::json& claims, const std::string& claimant_side,
               const std::string& about, const std::string& measure, double value) {
  for (const auto& c : claims) {
    if (c["claimant"]["side"] == claimant_side && c["about"] == about && c["measure"] == measure &&
        c["value"].get<double>() == value)
      return true;
  }
  return false;
}

TEST_F(WorldExamples, ActorsCarryTheirStatesAndSides) {
  const auto events = json_of("events");
  bool rsf_shelling = false, army_strike = false, russian_drones = false;
  for (const auto& e : events) {
    const std::string claimant = e["claimant"]["side"];
    const std::string actor1 = e["actor1"].is_null() ? "" : e["actor1"]["side"].get<std::string>();
    if (claimant == "Sudan" && actor1 == "RSF") rsf_shelling = true;
    if (claimant == "Sudan" && actor1 == "Sudan") army_strike = true;
    if (claimant == "Ukraine" && actor1 == "Russia") russian_drones = true;
  }
  EXPECT_TRUE(rsf_shelling) << events.dump(2);
  EXPECT_TRUE(army_strike);
  EXPECT_TRUE(russian_drones);
}

TEST_F(WorldExamples, CasualtyCountsAreClaimsOfTheirSpeakers) {
  const auto claims = json_of("claims");
  EXPECT_TRUE(has_claim(claims, "Sudan", "Sudan", "killed", 9)) << claims.dump(2);
  EXPECT_TRUE(has_claim(claims, "Sudan", "Sudan", "wounded", 23));
  EXPECT_TRUE(has_claim(claims, "Ukraine", "Ukraine", "killed", 2));
  EXPECT_TRUE(has_claim(claims, "Ukraine", "Russia", "destroyed", 8170));  // a tally line
  EXPECT_TRUE(has_claim(claims, "Lebanon", "Lebanon", "killed", 31));
}

TEST_F(WorldExamples, CeasefiresCarryTheDayTheyWereReached) {
  const auto body = run_truce("show 1 --evidence", db_, dir_.path());
  ASSERT_EQ(body.exit_code, 0) << body.err;
  EXPECT_NE(body.out.find("ceasefire agreement"), std::string::npos) << body.out;
  // The register lists the agreements found in reports with their days.
  const auto cf = json_of("ceasefire list");
  bool jeddah = false, lebanon = false;
  for (const auto& c : cf) {
    const std::string from = c.dump();
    if (from.find("2023-05-20") != std::string::npos) jeddah = true;
    if (from.find("2024-11-27") != std::string::npos) lebanon = true;
  }
  EXPECT_TRUE(jeddah) << cf.dump(2);
  EXPECT_TRUE(lebanon) << cf.dump(2);
  // Each holds in its own war's countries, and a truce in Lebanon does not end one in Sudan.
  for (const auto& c : cf) {
    EXPECT_EQ(c["ends"], "") << c.dump(2);
    if (c["id"] == "found:2023-05-20") EXPECT_EQ(c["area"], "SD");
  }
}

}  // namespace
}  // namespace truce::testing
