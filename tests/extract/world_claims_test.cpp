// Loss claims in the shapes of session 8 (issue 8, point 2): a ministry's running tally of
// armour, and a side's own military toll named by its possessive or by "military deaths".
// Every report here is invented.
#include "world_fixture.hpp"

namespace truce::extract {
namespace {

using WorldClaims = WorldExtraction;

const LossClaim* claim_of(const Extraction& x, double value) {
  for (const auto& c : x.claims)
    if (c.value == value) return &c;
  return nullptr;
}

TEST_F(WorldClaims, TanksAndOtherArmouredCombatVehiclesAreOneCategory) {
  auto x =
      run("In total, since the beginning of the operation, 261 aircraft and 4,353 tanks and other "
          "armoured combat vehicles have been destroyed, the Russian defence ministry said.");
  const LossClaim* c = claim_of(x, 4353);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->category, "tanks_and_armored_vehicles");
}

TEST_F(WorldClaims, ASidesOwnTollIsItsSoldiers) {
  auto its = run(
      "The Ukrainian general staff said 11 more of its soldiers were killed, bringing its toll to "
      "974 since the fighting began.");
  const LossClaim* c = claim_of(its, 974);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->category, "personnel");
  auto deaths = run(
      "The Ukrainian general staff said it had published the names of 34 more servicemen killed "
      "in action, bringing the total number of military deaths to 1,177.");
  const LossClaim* d = claim_of(deaths, 1177);
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->category, "personnel");
  EXPECT_EQ(d->measure, "killed");
}

}  // namespace
}  // namespace truce::extract
