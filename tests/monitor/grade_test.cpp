// Corroboration grades: who tells of an incident decides how well it is confirmed. Two reports
// from one outlet, or a party's state agency, are not independent confirmation.
#include "monitor/grade.hpp"

#include <gtest/gtest.h>

#include "monitor_test_support.hpp"

namespace truce::testing {
namespace {

using monitor::Grade;

Grade grade(const std::vector<monitor::Account>& accounts,
            const std::vector<monitor::DenialRef>& denials = {}) {
  std::vector<const monitor::Account*> pointers;
  for (const auto& a : accounts) pointers.push_back(&a);
  return monitor::grade_incident(pointers, denials, "Azerbaijan", "Armenia", knowledge().sides)
      .grade;
}

TEST(Grade, ClaimedByTheActingSideAndConfirmedByTheOtherIsAcknowledgedByBoth) {
  EXPECT_EQ(grade({account({.report = 1, .claimant_side = "Azerbaijan"}),
                   account({.report = 1, .fact = "2", .claimant_side = "Armenia"})}),
            Grade::acknowledged_by_both);
  // Artsakh's authorities count as the Armenian side.
  EXPECT_EQ(grade({account({.report = 1, .claimant_side = "Azerbaijan"}),
                   account({.report = 2, .claimant_side = "Artsakh"})}),
            Grade::acknowledged_by_both);
}

TEST(Grade, OnePartyRelayedByManyOutletsIsStillOneParty) {
  EXPECT_EQ(grade({account({.report = 1, .source = "Al Jazeera"}),
                   account({.report = 2, .source = "Reuters"})}),
            Grade::claimed_by_one_party);
  // A party's state agency speaking on its own account is that party.
  EXPECT_EQ(grade({account({.report = 1}),
                   account({.report = 2, .claimant_side = "media", .source = "Azertac"})}),
            Grade::claimed_by_one_party);
}

TEST(Grade, AnIndependentOutletOnItsOwnAccountCorroborates) {
  EXPECT_EQ(grade({account({.report = 1}),
                   account({.report = 2, .claimant_side = "media", .source = "Reuters"})}),
            Grade::reported_independently);
  // An outlet truce does not know is no independent confirmation.
  EXPECT_EQ(grade({account({.report = 1}),
                   account({.report = 2, .claimant_side = "media", .source = "Some Blog"})}),
            Grade::claimed_by_one_party);
}

TEST(Grade, ADenialByTheAccusedContestsAClaim) {
  const std::vector<monitor::DenialRef> denial = {{"2:1", "Azerbaijan", "the ministry", "1:1"}};
  EXPECT_EQ(grade({account({.report = 1, .claimant_side = "Armenia"})}, denial), Grade::contested);
  // A denial by the side acted on is not the accused's.
  EXPECT_EQ(
      grade({account({.report = 1, .claimant_side = "Armenia"})}, {{"2:1", "Armenia", "x", "1:1"}}),
      Grade::claimed_by_one_party);
}

TEST(Grade, AnObserverMissionsOwnReportConfirms) {
  EXPECT_EQ(grade({account({.report = 1, .claimant_side = "media", .source = "OSCE SMM"})}),
            Grade::observer_confirmed);
}

TEST(Grade, NamesRoundTrip) {
  for (const Grade g :
       {Grade::observer_confirmed, Grade::acknowledged_by_both, Grade::reported_independently,
        Grade::claimed_by_one_party, Grade::contested}) {
    EXPECT_EQ(monitor::parse_grade(monitor::to_string(g)), g);
  }
  EXPECT_FALSE(monitor::parse_grade("fair"));
}

}  // namespace
}  // namespace truce::testing
