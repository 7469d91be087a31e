// Ceasefire references in the shapes added in session 8 (issue 8, point 3): several truces
// listed by their days, a noun the ceasefire word qualifies, a dateline's day, an old truce
// dated by its month, and agreements to stop firing; session 19 added agreements signed to end a
// war and agreements named as on record. Every report here is invented.
#include "world_fixture.hpp"

namespace truce::extract {
namespace {

using CeasefireLists = WorldExtraction;

std::vector<std::string> days_of(const std::vector<CeasefireRef>& found) {
  std::vector<std::string> out;
  for (const auto& f : found) out.push_back(f.date ? f.date->iso : "-");
  return out;
}

TEST_F(CeasefireLists, TruncesListedByTheirDaysAreEachAnAgreement) {
  auto x = run(
      "Armenia accused Azerbaijan of the numerous violations of the ceasefire agreements of 10, "
      "17 and 25 October, the ministry said.",
      "", "2020-10-30");
  EXPECT_EQ(days_of(agreements(x)),
            (std::vector<std::string>{"2020-10-10", "2020-10-17", "2020-10-25"}));
}

TEST_F(CeasefireLists, AParticipleAfterTheNounACeasefireQualifiesDatesIt) {
  // "ceasefire regimes announced on ...", in a sentence that also names a treaty of 1949.
  auto x = run(
      "The attacks were carried out in gross violation of the humanitarian ceasefire regimes "
      "announced on 10 October, 18 October and 26 October, as well as of the Geneva Conventions "
      "of 1949.",
      "", "2020-11-02");
  EXPECT_EQ(days_of(agreements(x)),
            (std::vector<std::string>{"2020-10-10", "2020-10-18", "2020-10-26"}));
}

TEST_F(CeasefireLists, ADatelinesDayOrADayAfterWhichItEndedIsNotItsDay) {
  auto x =
      run("KYIV, April 21 (Reuters) - Russian forces resumed attacks on Monday after a 30-hour "
          "Easter truce declared by President Vladimir Putin expired at midnight.\n\n"
          "Putin announced the truce on Saturday, ordering his forces to halt hostilities.",
          "", "2025-04-21");
  EXPECT_EQ(days_of(agreements(x)), (std::vector<std::string>{"2025-04-19"}));
}

TEST_F(CeasefireLists, AnOldTruceDatedByItsMonthIsHistory) {
  auto x =
      run("The previous ceasefire in the region was signed in Bishkek in May 1994 with Russia's "
          "mediation.",
          "", "2020-10-10");
  EXPECT_TRUE(agreements(x).empty());
}

TEST_F(CeasefireLists, AnAgreementToStopFiringIsACeasefire) {
  auto x =
      run("The two countries agreed on Saturday to stop all firing and military action on land, in "
          "the air and at sea with effect from 17:00.",
          "", "2025-05-11");
  EXPECT_EQ(days_of(agreements(x)), (std::vector<std::string>{"2025-05-10"}));
  // Words of stopping without an agreement are none.
  EXPECT_TRUE(
      agreements(run("Ukraine wants Russia to stop attacks on the energy grid.", "", "2025-05-11"))
          .empty());
}

// Session 19: an agreement signed "to end the hostilities" or that "ends 21 months of war" is a
// ceasefire agreement of the day it was signed; an agreement only sought is none.
TEST_F(CeasefireLists, AnAgreementSignedToEndTheWarIsOfTheDayItWasSigned) {
  auto x = run(
      "The presidents of the two countries signed an agreement on Tuesday to end the hostilities "
      "in the breakaway region, officials said.",
      "", "1992-07-22");
  EXPECT_EQ(days_of(agreements(x)), (std::vector<std::string>{"1992-07-21"}));
  x =
      run("Rebel and government envoys signed an accord here early Saturday that ends 21 months of "
          "war, the agency said.",
          "", "1996-09-01");
  EXPECT_EQ(days_of(agreements(x)), (std::vector<std::string>{"1996-08-31"}));
  EXPECT_TRUE(
      agreements(run("Talks on an agreement to end the war collapsed on Monday, the ministry said.",
                     "", "1996-09-01"))
          .empty());
}

// Session 19: the name of an agreement of the report's war on record (agreements.tsv) is a
// mention though no ceasefire word is in it, and the record dates it.
TEST_F(CeasefireLists, AnAgreementNamedAsOnRecordIsAMention) {
  auto x = run(
      "Georgian officials said President Saakashvili accepted the six-point plan brokered by the "
      "French president, while Russian troops stayed in Gori.",
      "", "2008-08-14");
  EXPECT_EQ(days_of(agreements(x)), (std::vector<std::string>{"2008-08-12"}));
}

}  // namespace
}  // namespace truce::extract
