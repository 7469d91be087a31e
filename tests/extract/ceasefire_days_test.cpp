// Ceasefire days (issue 8, point 3), shapes added in session 6: the day a truce took effect
// outranks a day merely near its mention, the day it ended or a count runs to is no day of it,
// a part of the day before the comma, infinitives of taking effect, and long objects of a word
// of stopping. Every report here is invented; published Friday 2025-06-20.
#include "world_fixture.hpp"

namespace truce::extract {
namespace {

// `x`, extracted from `text`, refers to one agreement whose date (a day or a range) holds `day`.
void expect_one_agreement_on(const Extraction& x, const char* text, const char* day) {
  auto found = agreements(x);
  ASSERT_EQ(found.size(), 1u) << text;
  ASSERT_TRUE(found[0].date) << text;
  EXPECT_LE(found[0].date->iso, day) << text;
  EXPECT_GE(found[0].date->end_iso, day) << text;
}

TEST_F(WorldExtraction, MoreCeasefireDayShapes) {
  struct Case {
    const char* text;
    const char* day;
  };
  const Case cases[] = {
      // A day before the mention is only near it; the day it took effect is its own.
      {"Air strikes on 8-9 June were the deadliest since the ceasefire took effect at noon on 2 "
       "June, the ministry said.",
       "2025-06-02"},
      {"On Saturday evening, the two foreign ministries announced a new humanitarian truce that "
       "would begin at midnight.",
       "2025-06-14"},
      {"The army said the rebels violated the understanding on stoppage of firing and military "
       "action reached between the two sides on Saturday.",
       "2025-06-14"},
      {"The president agreed to a 30-day halt on mutual strikes on energy facilities during a "
       "telephone conversation with the U.S. President on June 3.",
       "2025-06-03"},
      {"A truce that took effect on 19 January collapsed on 18 March, the ministry said.",
       "2025-01-19"},
  };
  for (const auto& c : cases) expect_one_agreement_on(run(c.text), c.text, c.day);
}

TEST_F(WorldExtraction, TheDayACountRunsToIsNoNewCeasefire) {
  auto x = run(
      "The ceasefire took effect at noon on 2 June, the ministry said. Since the ceasefire began "
      "and as of 18 June, at least 40 people have been killed, the ministry said.");
  auto found = agreements(x);
  ASSERT_EQ(found.size(), 1u);
  ASSERT_TRUE(found[0].date);
  EXPECT_EQ(found[0].date->iso, "2025-06-02");
  EXPECT_EQ(found[0].mentions.size(), 2u);
}

}  // namespace
}  // namespace truce::extract

namespace truce::extract {
namespace {

TEST_F(WorldExtraction, ADayOnlyNearTheMentionYieldsToTheDayItTookEffect) {
  auto x = run(
      "The previous pause in hostilities, which took effect on 24 May and lasted seven days, was "
      "followed by a resumption of intense bombardment on 1 June, the agency said.");
  auto found = agreements(x);
  ASSERT_EQ(found.size(), 1u);
  ASSERT_TRUE(found[0].date);
  EXPECT_EQ(found[0].date->iso, "2025-05-24");
}

TEST_F(WorldExtraction, ALongSentenceStillGivesItsDay) {
  // A day opening a long sentence; a day past a clock time.
  for (const auto& [text, day] : std::vector<std::pair<std::string, std::string>>{
           {"On Saturday evening, the foreign ministries of the two neighbouring countries "
            "announced a new humanitarian truce that would begin at midnight local time (2000GMT).",
            "2025-06-14"},
           {"The strike came two days after a humanitarian ceasefire brokered by the United "
            "States, which was meant to begin at 8 a.m. local time on Monday, unravelled.",
            "2025-06-16"}}) {
    auto found = agreements(run(text));
    ASSERT_EQ(found.size(), 1u) << text;
    ASSERT_TRUE(found[0].date) << text;
    EXPECT_EQ(found[0].date->iso, day) << text;
  }
}

// Session 10, from world9: quotation marks inside the agreed mention, the day its antecedent
// was signed ("..., signed on 12 February, under which a ceasefire came into effect"), "cease
// firing", "with effect from", "to run from".
TEST_F(WorldExtraction, CeasefireDayShapesOfSession10) {
  struct Case {
    const char* text;
    const char* day;
  };
  const Case cases[] = {
      {"Thailand and Cambodia reached the \"immediate and unconditional ceasefire\" on Monday at "
       "talks in Putrajaya.",
       "2025-06-16"},
      {"Monitors followed the package of measures, signed in Minsk on 12 February, under which a "
       "ceasefire came into effect at 00:00 on 15 February.",
       "2025-02-12"},
      {"The two armies agreed to strict observance of all understandings and cease firing along "
       "the Line of Control with effect from midnight of June 4-5.",
       "2025-06-05"},
      {"The president declared a 72-hour ceasefire to run from 00:00 on May 8 to midnight on May "
       "10.",
       "2025-05-08"},
      {"Washington brokered a 30-day pause on attacks on energy facilities last month.",
       "2025-05-18"},
      {"The separatists said Kyiv had broken the Minsk protocol, signed on 5 June, dozens of "
       "times.",
       "2025-06-05"},
      {"The group documented 23 attacks between 2 June, when the junta's temporary ceasefire took "
       "effect, and 9 June.",
       "2025-06-02"},
  };
  for (const auto& c : cases) expect_one_agreement_on(run(c.text), c.text, c.day);
}

// An undated mention takes the day a later mention of the same truce gives, though that day is
// only the day it took effect.
TEST_F(WorldExtraction, AnUndatedMentionTakesTheDayALaterOneGives) {
  auto found = agreements(
      run("A missile strike destroyed an apartment block in Kharkiv on Sunday, killing nine "
          "people, as the ceasefire brokered in Moscow came under strain.\n\nThe president said "
          "Russia had breached the humanitarian ceasefire, which took effect at noon on Saturday, "
          "from the first minutes.",
          "", "2025-06-15"));
  ASSERT_EQ(found.size(), 1u);
  ASSERT_TRUE(found[0].date);
  EXPECT_EQ(found[0].date->iso, "2025-06-14");
}

}  // namespace
}  // namespace truce::extract

// Session 11, from world11: a truce named by the day it began, coordinated names, an agreement
// noun that the ceasefire completes, a named statement, and a day that "came after" dates.
namespace truce::extract {
namespace {

TEST_F(WorldExtraction, ShapesOfAgreementsFromWorld11) {
  struct Case {
    const char* text;
    const char* day;
  };
  const Case cases[] = {
      // Broken or not, a truce named by its first day is that day's agreement.
      {"Despite the humanitarian ceasefire from 10 June at 12 o'clock, the enemy shelled "
       "Kharkiv all night, the ministry said.",
       "2025-06-10"},
      {"The Russian forces, breaking the humanitarian ceasefire from the 18 June, fired on "
       "villages near Kharkiv, the ministry said.",
       "2025-06-18"},
      // "a complete ceasefire and a cessation of all hostilities ... from 00:00 on June 10".
      {"The three leaders signed a statement on a complete ceasefire and a cessation of all "
       "hostilities in the conflict zone from 00:00 Moscow time on June 10.",
       "2025-06-10"},
      {"Pakistan welcomes the agreement signed on June 10 between the two sides for the "
       "cessation of hostilities, the spokesperson said.",
       "2025-06-10"},
      {"The bodies were handed over in line with the trilateral statement of June 9.",
       "2025-06-09"},
      // The Moscow statement of 10 October 2020 by its names.
      {"The ICRC will facilitate the exchange of bodies, as foreseen in the statement agreed in "
       "Moscow on 10 June.",
       "2025-06-10"},
      {"The Moscow statement of 10 June provided for an exchange of bodies.", "2025-06-10"},
      // Fighting stopped in the passive; the first day of a pause is the day told.
      {"According to the ministry, the fire was stopped at 18:30 Moscow time on 16 June.",
       "2025-06-16"},
      {"The fighting was halted at midnight at the request of Qatar, officials said.",
       "2025-06-20"},
      {"The ICRC today facilitated the release of 24 hostages, on the first day of the "
       "humanitarian pause agreed between the parties.",
       "2025-06-20"},
      // A clock time with no day is of the report's day; with a day after it, of that day.
      {"A ceasefire had been agreed from 09:00, the Security Council Secretary said.",
       "2025-06-20"},
      {"The ceasefire came into force at 4:00 am (0200 GMT) on June 17, the army said.",
       "2025-06-17"},
  };
  for (const auto& c : cases) expect_one_agreement_on(run(c.text), c.text, c.day);
}

TEST_F(WorldExtraction, TheDayOfWhatTheDealCameAfterIsNotItsDay) {
  auto found =
      agreements(run("Pakistan welcomed the ceasefire brokered by Russia. The deal came "
                     "after government forces captured Kharkiv on Sunday.",
                     "", "2025-06-11"));
  ASSERT_EQ(found.size(), 1u);
  // Not Sunday: undated, the deal takes the publication day, approximately.
  ASSERT_TRUE(found[0].date);
  EXPECT_EQ(found[0].date->rule, "undated-publication") << found[0].date->iso;
}

// "the humanitarian truce which lasted seven days" and "the truce which began on 24 November"
// are one agreement, of the day the second gives.
TEST_F(WorldExtraction, ATruceThatLastedIsTheOneThatBeganLater) {
  auto found = agreements(
      run("The occupation resumed its raids with the end of the humanitarian truce which lasted "
          "seven days. The truce which began on 14 June was extended twice.",
          "", "2025-06-22"));
  ASSERT_EQ(found.size(), 1u);
  ASSERT_TRUE(found[0].date);
  EXPECT_EQ(found[0].date->iso, "2025-06-14");
  EXPECT_EQ(found[0].mentions.size(), 2u);
}

// Session 12: the hour may stand between "from" and the day, a noun phrase may be coordinated
// with the ceasefire, and a weekday before the date is that date.
TEST_F(WorldExtraction, TheHourOrACoordinatedPhraseBeforeTheDay) {
  for (const char* text :
       {"The district was returned under the statement on a full ceasefire from 00:00 Moscow "
        "time on 10 June.",
        "The district was returned in accordance with the statement about the full cease-fire "
        "and stop of all hostile actions since 00:00 Moscow time of 10 June.",
        "The ceasefire agreement, which was signed on Tuesday June 10 in Doha, has silenced the "
        "guns near Kharkiv, he said."}) {
    expect_one_agreement_on(run(text), text, "2025-06-10");
  }
}

TEST_F(WorldExtraction, AnImmediateCeasefireInTheLeadIsOfTheReportsDay) {
  const char* text =
      "Damascus, 19 July (SANA) - The Presidency of the Syrian Arab Republic announced an "
      "immediate and comprehensive ceasefire in the Sweida Governorate, calling on all parties "
      "to commit to it.";
  auto x = run(text, "", "2025-07-19");
  expect_one_agreement_on(x, text, "2025-07-19");
  EXPECT_EQ(agreements(x)[0].date->rule, "lead-publication");
}

}  // namespace
// Session 15: "agreed on Saturday in Doha to a ceasefire that will take effect at midnight on
// Monday" was reached on Saturday; the Monday to come is no day it was reached.
TEST_F(WorldExtraction, TheDayAfterTheVerbOfAgreementIsTheDayReached) {
  auto found =
      agreements(run("The government and the M23 rebels agreed on Saturday in Doha to a "
                     "ceasefire that will take effect at midnight on Monday, Qatar's "
                     "foreign ministry said.",
                     "", "2025-07-20"));
  ASSERT_EQ(found.size(), 1u);
  ASSERT_TRUE(found[0].date);
  EXPECT_EQ(found[0].date->iso, "2025-07-19");
}

// Session 15: a truce named by its verb phrase ("agreed to halt fire from 18:00 on Wednesday").
TEST_F(WorldExtraction, ATruceNamedByItsVerbPhrase) {
  auto found =
      agreements(run("Both sides agreed to halt fire from 18:00 on Wednesday, the mediator said.",
                     "", "2025-06-20"));
  ASSERT_EQ(found.size(), 1u);
  ASSERT_TRUE(found[0].date);
  EXPECT_EQ(found[0].date->iso, "2025-06-18");
}

// Session 20: a ceasefire a signed document "provided for" was reached on the day of the
// signing, however far before it stands; the day after "from" is the day it took effect.
TEST_F(WorldExtraction, ACeasefireASignedDocumentProvidedFor) {
  auto found = agreements(
      run("On 3 September in Moscow the leaders of Georgia and Abkhazia, with the President of "
          "Russia, signed the final document which provided for the ceasefire from 12:00 on 5 "
          "September.",
          "", "1992-10-03"));
  ASSERT_EQ(found.size(), 1u);
  ASSERT_TRUE(found[0].date);
  EXPECT_EQ(found[0].date->iso, "1992-09-03");
  ASSERT_TRUE(found[0].effective);
  EXPECT_EQ(found[0].effective->iso, "1992-09-05");
}

// Session 20: a proposal of a ceasefire and one that "could be signed" are no agreement.
TEST_F(WorldExtraction, AProposedOrFutureCeasefireIsNoAgreement) {
  for (const char* text :
       {"Mediators have proposed a timetable for a ceasefire and a withdrawal, but neither side "
        "has accepted it.",
        "Diplomatic sources said the document of the ceasefire could be signed in the next "
        "days."}) {
    EXPECT_TRUE(agreements(run(text, "", "1995-02-11")).empty()) << text;
  }
}

}  // namespace truce::extract
