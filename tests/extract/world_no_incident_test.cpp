// Sentences that name an event word but report no new incident (issue 8, session 8): a
// negated event with a word between, an event that stopped, a told attack characterised,
// counts over a span of days, the dead a running total adds; and the tolls of those that are
// incidents. Every report here is invented.
#include "world_fixture.hpp"

namespace truce::extract {
namespace {

using WorldNoIncident = WorldExtraction;

TEST_F(WorldNoIncident, ANegatedEventMayHaveOneWordBetween) {
  EXPECT_TRUE(run("There were no armed clashes between the two sides after that, she said.", "",
                  "2025-07-29")
                  .incidents.empty());
  // A trigger word is no qualifier: the shelling after "no" did happen.
  EXPECT_FALSE(
      run("Residents had no shelter when shelling hit Kharkiv on Monday.").incidents.empty());
}

TEST_F(WorldNoIncident, AnEventThatStoppedIsCalm) {
  EXPECT_TRUE(run("Residents said the sound of bombing stopped after midday.").incidents.empty());
  EXPECT_TRUE(run("Fighting in Kharkiv city largely stopped on Sunday, our researchers said.")
                  .incidents.empty());
}

TEST_F(WorldNoIncident, ATownsAttackCharacterisedIsNoNewOne) {
  auto x =
      run("Russian missiles struck Kharkiv on Monday, killing four people.\n\n"
          "The attack was the second on Kharkiv in two days.");
  EXPECT_EQ(x.incidents.size(), 1u);
}

TEST_F(WorldNoIncident, AttacksCountedInThePerfectSinceADayAreATotal) {
  EXPECT_TRUE(run("Since 24 July, the Thai armed attacks have killed 13 Cambodians, she said.", "",
                  "2025-07-29")
                  .incidents.empty());
}

TEST_F(WorldNoIncident, TheDeadARunningTotalAddsAreNoIncident) {
  EXPECT_TRUE(run("The army published the names of 34 more servicemen killed in action, bringing "
                  "the total number of military deaths to 1,177.",
                  "", "2020-10-29")
                  .incidents.empty());
}

TEST_F(WorldNoIncident, ClashesBetweenYearsLongAgoAreHistory) {
  EXPECT_TRUE(run("The two countries fought a series of clashes over the temple between 2008 and "
                  "2011.",
                  "", "2025-07-25")
                  .incidents.empty());
}

TEST_F(WorldNoIncident, LossesInTheDaysFightingAreClaimsOnly) {
  auto x = run(
      "According to the ministry, the enemy lost 2 tanks, 3 armoured vehicles and more than 130 "
      "servicemen in the day's fighting.",
      "", "2020-10-29");
  EXPECT_TRUE(x.incidents.empty());
}

TEST_F(WorldNoIncident, AnAsideCountsASubsetAndAListAddsUp) {
  // The count before ", including a child," is the toll, not the child.
  auto aside = run(
      "At least 21 civilians, including a child, were killed and 70 others injured when the army "
      "fired missiles at Kharkiv on Wednesday, the governor said.");
  ASSERT_EQ(aside.incidents.size(), 1u);
  EXPECT_EQ(aside.incidents[0].fatalities.value_or(0), 21);
  // "11 civilians and one soldier" killed: twelve dead.
  auto list = run(
      "Russian forces fired rockets at Kharkiv on Thursday, killing at least 11 civilians and one "
      "soldier, the army said.");
  ASSERT_EQ(list.incidents.size(), 1u);
  EXPECT_EQ(list.incidents[0].fatalities.value_or(0), 12);
}

TEST_F(WorldNoIncident, AYearOfFightingIsATimeFrame) {
  EXPECT_TRUE(
      run("The ceasefire ended more than a year of cross-border fighting between Israel and "
          "Hezbollah.",
          "", "2024-11-28")
          .incidents.empty());
}

TEST_F(WorldNoIncident, AnAttackCalledABreachIsNoNewOne) {
  auto x = run(
      "Russian drones struck a power station near Kharkiv on Monday, the governor said.\n\n"
      "Kyiv said the attack was a breach of the moratorium on strikes against energy facilities.",
      "", "2025-03-25");
  EXPECT_EQ(x.incidents.size(), 1u);
}

TEST_F(WorldNoIncident, FightingAlongsideIsAnAlliance) {
  EXPECT_TRUE(
      run("Kinshasa said Rwandan troops were fighting alongside the M23 in Goma.", "", "2025-01-28")
          .incidents.empty());
}

TEST_F(WorldNoIncident, NoNegatesEachEventOfItsOrList) {
  EXPECT_TRUE(run("Over the past two months there have been no air strikes in Kharkiv or "
                  "cross-border attacks from Belgorod, the envoy said.")
                  .incidents.empty());
  // "and" joins what happened to what did not.
  EXPECT_FALSE(run("There were no casualties and Russian artillery shelled Kharkiv again.")
                   .incidents.empty());
}

TEST_F(WorldNoIncident, TheStateAStanceHingesOnIsNoIncident) {
  EXPECT_TRUE(run("The foreign minister said Kyiv would not accept any talks while the city is "
                  "under attack.",
                  "", "2025-03-10")
                  .incidents.empty());
  // A past event in a "while" clause beside a stance is news.
  EXPECT_FALSE(run("The army said it would respond, while Russian drones struck Sumy on Monday.",
                   "", "2025-03-10")
                   .incidents.empty());
}

TEST_F(WorldNoIncident, ADemonstrativePointsBackToAToldAttack) {
  auto x = run(
      "Russian troops attacked Ukrainian positions near Pokrovsk 30 times on Friday, the General "
      "Staff said.\n\nIt said Ukrainian forces destroyed three tanks in those attacks.",
      "", "2025-05-10");
  EXPECT_EQ(x.incidents.size(), 1u);
}

TEST_F(WorldNoIncident, WhoAttackedFirstIsBlameNotAnotherClash) {
  EXPECT_TRUE(run("Each side said the other attacked first, officials said.", "", "2022-09-16")
                  .incidents.empty());
  EXPECT_TRUE(run("The Kyrgyz side says that Tajik troops fired the first.", "", "2022-09-16")
                  .incidents.empty());
}

TEST_F(WorldNoIncident, AWarsTollSoFarIsNoIncident) {
  EXPECT_TRUE(run("The president said last week that the fighting had killed nearly 3,000 people "
                  "on both sides.",
                  "", "2020-10-26")
                  .incidents.empty());
  // One strike's dead, told in the perfect, is news.
  EXPECT_FALSE(
      run("An air strike has killed 12 people in Isfahan, the governor said.", "", "2025-06-15")
          .incidents.empty());
}

TEST_F(WorldNoIncident, DaysOfFightingBeforeATruceAreATimeFrame) {
  EXPECT_TRUE(run("The two sides agreed to a ceasefire on Sunday after more than a week of the "
                  "deadliest border fighting in years.",
                  "", "2025-10-19")
                  .incidents.empty());
  EXPECT_TRUE(run("A reporter heard no blasts on Monday, after several nights of shelling.", "",
                  "2020-10-12")
                  .incidents.empty());
}

TEST_F(WorldNoIncident, ARecapTellsNothingNewButItsTollIsAClaim) {
  auto x =
      run("We remind, that since the beginning of the invasion in the region more than 1,100 "
          "civilians died from the Russian attacks, according to the prosecutor office.",
          "", "2025-03-10");
  EXPECT_TRUE(x.incidents.empty());
  EXPECT_NE(claim_of(x, "killed", 1100), nullptr);
}

TEST_F(WorldNoIncident, APreventedAttackAndWhatAToldAttackDestroyedAreNoNewOnes) {
  EXPECT_TRUE(
      run("The attack was prevented, the ministry said.", "", "2020-10-12").incidents.empty());
  EXPECT_TRUE(run("Rescue teams were still searching the rubble of some 20 houses destroyed in the "
                  "attack, it added.",
                  "", "2020-10-12")
                  .incidents.empty());
}

TEST_F(WorldNoIncident, AQuantifiedEventWordIsAKind) {
  EXPECT_TRUE(
      run("\"We will strike every site and every target of the regime,\" the minister said.", "",
          "2025-06-15")
          .incidents.empty());
  EXPECT_TRUE(
      run("Any attack on our soil will be answered, the general said on Monday.", "", "2025-06-15")
          .incidents.empty());
}

TEST_F(WorldNoIncident, WhatHappenedInToldAttacksOrToldShellsIsNoNewIncident) {
  auto x = run(
      "Russian troops attacked Ukrainian positions near Pokrovsk 30 times on Friday, the General "
      "Staff said.\n\nIt said Russian forces destroyed two tanks in those attacks near Pokrovsk.",
      "", "2025-05-10");
  EXPECT_EQ(x.incidents.size(), 1u);
  auto y = run(
      "Several mortar shells landed on Iranian soil in Khoda Afarin county on Tuesday night, "
      "injuring a farmer, the governor said.\n\nThe shells fell despite a humanitarian ceasefire, "
      "he said.",
      "", "2020-10-21");
  EXPECT_EQ(y.incidents.size(), 1u);
}

TEST_F(WorldNoIncident, PlannedAndHabitualAttacksAreKinds) {
  EXPECT_TRUE(run("The army said it had destroyed several training camps used to plan attacks "
                  "against Pakistan, the statement said.",
                  "", "2025-10-12")
                  .incidents.empty());
  EXPECT_TRUE(run("Islamabad accuses Kabul of harbouring militants who carry out attacks inside "
                  "Pakistan.",
                  "", "2025-10-12")
                  .incidents.empty());
}

TEST_F(WorldNoIncident, WhatARelativeClauseDeniesOrBlamesIsNoNewIncident) {
  EXPECT_TRUE(run("A military spokesman said air defences had shot down three F-35 jets, which "
                  "Israel denied.",
                  "", "2025-06-15")
                  .incidents.empty());
  EXPECT_TRUE(run("The border service said the clashes were provoked by Tajik forces, officials "
                  "said.",
                  "", "2022-09-16")
                  .incidents.empty());
  EXPECT_TRUE(run("Remind, that since 27 September the counteroffensive operation of the army "
                  "continues in the front-line region.",
                  "", "2020-10-22")
                  .incidents.empty());
}

TEST_F(WorldNoIncident, AnOffensiveOfAYearBeforeLastAndAPracticeAreNoIncidents) {
  EXPECT_TRUE(run("The group lost ground in central Somalia in a 2022 government offensive, but "
                  "still carries out large attacks in the capital.",
                  "", "2024-08-03")
                  .incidents.empty());
}

// Session 10, from world9: what a party says it targets, blame for an attack told before, and
// an event of last year.
TEST_F(WorldNoIncident, WhatAPartySaysItTargetsIsNoEvent) {
  EXPECT_TRUE(run("The military has repeatedly denied targeting civilians and says it attacks "
                  "only terrorist positions.")
                  .incidents.empty());
  // Without "only" it is an attack.
  EXPECT_FALSE(run("The military said it attacked terrorist positions near Kharkiv on Monday.")
                   .incidents.empty());
}

TEST_F(WorldNoIncident, BlameForTheAttackIsAReactionToIt) {
  auto x = run(
      "Rockets slammed into a residential district of Kharkiv on Saturday, killing 30 civilians, "
      "officials said.\n\nThe president called an emergency session of the security council and "
      "blamed Russia for the attack.");
  EXPECT_EQ(x.incidents.size(), 1u);
}

TEST_F(WorldNoIncident, AnEventOfLastYearIsBackground) {
  EXPECT_TRUE(run("The alliance launched a major offensive in northern Kharkiv in October last "
                  "year.")
                  .incidents.empty());
  EXPECT_TRUE(run("Two years ago the army shelled Kharkiv for a week, the report recalls.")
                  .incidents.empty());
}

TEST_F(WorldNoIncident, APredicateNamesWhatAToldEventWas) {
  auto x = run(
      "Russian missiles struck a church in Kharkiv on Monday.\n\n\"This is a deliberate attack on "
      "a religious monument,\" the ombudsman said.");
  EXPECT_EQ(x.incidents.size(), 1u);
  // "There was an attack" tells one.
  EXPECT_FALSE(run("There was an attack on a checkpoint in Kharkiv on Monday, police said.")
                   .incidents.empty());
  // A gerund that opens a judgement names a kind of act.
  EXPECT_TRUE(run("\"Targeting peaceful settlements is a war crime,\" the ombudsman said.")
                  .incidents.empty());
}

TEST_F(WorldNoIncident, WhenAToldAttackCameIsNoNewOne) {
  auto x = run(
      "Artillery struck villages near Kharkiv on Wednesday, killing five civilians.\n\nThe attack "
      "came two days after a humanitarian ceasefire took effect.",
      "", "2025-06-20");
  EXPECT_EQ(x.incidents.size(), 1u);
  EXPECT_TRUE(run("That provision was not implemented while the fighting continued near Kharkiv.")
                  .incidents.empty());
}

TEST_F(WorldNoIncident, AWarsTollInTheSimplePastAndAPossessiveGerundJudged) {
  EXPECT_TRUE(
      run("The fighting killed and wounded thousands of people around Kharkiv.").incidents.empty());
  EXPECT_TRUE(run("\"Hezbollah's firing at an IDF position near Kharkiv is a serious violation of "
                  "the ceasefire,\" he said.")
                  .incidents.empty());
}

TEST_F(WorldNoIncident, ANegatedSubjectOfAPassiveIsNoEvent) {
  EXPECT_TRUE(run("The security sources said that no civilian was targeted near Kharkiv.")
                  .incidents.empty());
}

TEST_F(WorldNoIncident, ATrendInTheNumberOfAttacksIsNoIncident) {
  EXPECT_TRUE(run("Ukraine says Russian attacks on Kharkiv have risen sharply since January.")
                  .incidents.empty());
  EXPECT_FALSE(run("Ukraine says Russian attacks on Kharkiv killed two people on Monday.")
                   .incidents.empty());
}

TEST_F(WorldNoIncident, StateControlIsWhoGovernsNotAFight) {
  EXPECT_TRUE(run("The Command affirmed that the army will spare no effort to restore state "
                  "control over all areas near Kharkiv.")
                  .incidents.empty());
}

// Session 11: a count of events is none of them; "a number of missiles fell" is some missiles.
TEST_F(WorldNoIncident, TheNumberOfTownsTakenIsACountNotAnIncident) {
  EXPECT_TRUE(run("The number of villages and towns liberated near Kharkiv has exceeded 50, "
                  "according to the agency's count.")
                  .incidents.empty());
  EXPECT_TRUE(run("The president said his army had retaken more than 300 settlements near Kharkiv "
                  "since March 27.",
                  "", "2025-06-20")
                  .incidents.empty());
  EXPECT_FALSE(
      run("A number of missiles fell near Kharkiv on Monday, officials said.").incidents.empty());
}

// The war's outbreak told weeks later, a charge in the present tense, a practice a ceasefire
// "allows to keep" doing, and a capital that did not claim the attack just told: no incident.
TEST_F(WorldNoIncident, BackgroundChargesAndDisclaimersAreNoIncident) {
  EXPECT_TRUE(run("Fighting near Kharkiv resumed on June 1.", "", "2025-06-20").incidents.empty());
  EXPECT_FALSE(
      run("Fighting near Kharkiv resumed on June 18.", "", "2025-06-20").incidents.empty());
  EXPECT_TRUE(run("The group accuses the army of bombing residential areas near Kharkiv.")
                  .incidents.empty());
  EXPECT_TRUE(run("\"A ceasefire that allows the military to keep bombing villages near Kharkiv "
                  "is not a ceasefire,\" the director said.")
                  .incidents.empty());
  auto x =
      run("On Monday, an attack on the bridge near Kharkiv killed a couple, officials said. "
          "Kyiv did not officially claim the attack.");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].evidence.size(), 1u);
}

// What a party calls an attack, and what it says it targets, are no incidents.
TEST_F(WorldNoIncident, JudgementsAndStancesBeforeOrAfterTheVerbAreNoIncident) {
  EXPECT_TRUE(run("\"Russia's attack on peaceful civilians in Kharkiv is a war crime,\" he said.")
                  .incidents.empty());
  EXPECT_TRUE(run("The ombudsman said the strike on Kharkiv was a war crime.").incidents.empty());
  EXPECT_TRUE(run("The Russian side claims that it only targets military objects near Kharkiv.")
                  .incidents.empty());
}

// A total over a period is no incident.
TEST_F(WorldNoIncident, ATotalOverAPeriodIsNoIncident) {
  EXPECT_TRUE(run("Ukraine's military said Russian firing killed 28 civilians near Kharkiv in the "
                  "same year.")
                  .incidents.empty());
  EXPECT_TRUE(run("Russia has violated the ceasefire near Kharkiv 908 times so far this year, the "
                  "army said.")
                  .incidents.empty());
}

// "Earlier this year" is months ago in an October report, and news in a February one.
TEST_F(WorldNoIncident, EarlierThisYearIsBackgroundLateInTheYear) {
  EXPECT_TRUE(
      run("Earlier this year, Russian forces shelled the town of Kharkiv.", "", "2025-10-20")
          .incidents.empty());
  EXPECT_FALSE(
      run("Earlier this year, Russian forces shelled the town of Kharkiv.", "", "2025-02-20")
          .incidents.empty());
}

// Session 19: "rescued two abducted children": a participle between a count and the people it
// qualifies is their adjective, not an abduction; "gunmen abducted two children" is one.
TEST_F(WorldNoIncident, AParticipleBeforeThePeopleItQualifiesIsNoEvent) {
  auto x = run(
      "On Thursday, a UPDF unit killed four LRA rebels in a contact near Pajule and rescued two "
      "abducted children, the army spokesman said.",
      "", "2006-09-02");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "battles");
  auto y = run("Gunmen abducted two children near Pajule on Thursday, the army spokesman said.", "",
               "2006-09-02");
  ASSERT_EQ(y.incidents.size(), 1u);
  EXPECT_EQ(y.incidents[0].type, "violence_against_civilians");
}

// Session 19: an event that is the topic of a question, a comment or a piece of information is
// referred to, not told: "when asked about the strike", "did not comment on the attack", "named
// the information about the downed drone the fake".
TEST_F(WorldNoIncident, TheTopicOfAQuestionOrACommentIsNoIncident) {
  EXPECT_TRUE(run("\"The army does not target civilians,\" the ministry spokesman said when asked "
                  "about the strike in Kharkiv.")
                  .incidents.empty());
  EXPECT_TRUE(run("The Russian side did not comment on the Kharkiv attack.").incidents.empty());
  EXPECT_TRUE(run("The ministry named the information about the downed drone over Kharkiv \"the "
                  "fake\".")
                  .incidents.empty());
  EXPECT_FALSE(
      run("Russian drones attacked Kharkiv on Monday, the governor said.").incidents.empty());
}

}  // namespace
}  // namespace truce::extract
