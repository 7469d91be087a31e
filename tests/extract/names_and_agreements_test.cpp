// Added in session 19 (issue 8), from world19's misses: a demonym that ends a person's name is
// no state ("Najib Danish said"), and the agreements a report names by a participle after a
// ceasefire was named ("the agreements reached in Moscow on October 10"). Every report is
// invented.
#include <algorithm>

#include "world_fixture.hpp"

namespace truce::extract {
namespace {

using NamesAndAgreements = WorldExtraction;

// "The spokesman of the Ministry of Interior Najib Danish said": Danish is his name, not
// Denmark; the ministry of a state the report names no war of speaks for its places' state.
TEST_F(NamesAndAgreements, ADemonymThatEndsAPersonsNameIsNoState) {
  auto x = run(
      "KABUL, June 16 - The spokesman of the Ministry of Interior Najib Danish said that on Friday "
      "night unknown "
      "gunmen fired on a police checkpoint in the Zurmat district of Paktia, killing a policeman.",
      "", "2018-06-16");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_NE(x.incidents[0].claimant.side, "Denmark");
  EXPECT_EQ(x.incidents[0].claimant.side, "Afghanistan");
  // A demonym before a noun still names its state's party.
  auto y =
      run("Danish troops came under fire near Gereshk on Friday, the Danish defence ministry said.",
          "", "2008-06-16");
  ASSERT_EQ(y.incidents.size(), 1u);
  EXPECT_EQ(y.incidents[0].claimant.side, "Denmark");
}

std::vector<std::string> agreement_days(const Extraction& x) {
  std::vector<std::string> out;
  for (const auto& a : agreements(x)) out.push_back(a.date ? a.date->iso : "-");
  std::sort(out.begin(), out.end());
  return out;
}

// Once a ceasefire is named, "the agreements reached in Moscow on October 10" is an agreement of
// its own day; "a statement announced on Monday" is none.
TEST_F(NamesAndAgreements, AnAgreementNamedByItsParticipleAfterATruceIsOneOfItsDay) {
  auto x =
      run("Both sides accused each other of breaking the truce which came into force at 00:00 on "
          "October 18. The minister urged them to respect the agreements reached in Moscow on "
          "October 10.",
          "", "2020-10-19");
  EXPECT_EQ(agreement_days(x), (std::vector<std::string>{"2020-10-10", "2020-10-18"}));
  auto y =
      run("Both sides accused each other of breaking the truce which came into force at 00:00 on "
          "October 18. In a statement announced on Monday, the ministry said the shelling went on.",
          "", "2020-10-20");
  EXPECT_EQ(agreement_days(y), (std::vector<std::string>{"2020-10-18"}));
}

// "welcome the agreement reached in Moscow today by the Chiefs of the General Staff of the two
// countries to cease fire": the agreement noun far before "to cease fire" heads the mention, and
// its participle and day are the ceasefire's.
TEST_F(NamesAndAgreements, AnAgreementToCeaseFireIsDatedByItsParticiple) {
  auto x = run(
      "The mediators welcome the agreement reached in Moscow today by the Chiefs of the General "
      "Staff of Armenia and Azerbaijan to cease fire along the Line of Contact.",
      "", "2016-04-05");
  EXPECT_EQ(agreement_days(x), (std::vector<std::string>{"2016-04-05"}));
}

// "The Joint Operations Command announced": a command of no state named speaks for the party
// its report's war and places give, as "the military command" does.
TEST_F(NamesAndAgreements, AJointOperationsCommandSpeaksForItsState) {
  auto x =
      run("The Joint Operations Command announced that its units had retaken two villages near "
          "Kharkiv after heavy fighting with the Russian forces.",
          "", "2025-01-15");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].claimant.side, "Ukraine");
}

}  // namespace
}  // namespace truce::extract
