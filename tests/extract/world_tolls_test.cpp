// Extraction on reports of other wars (issue 8), added in session 5: the tolls incidents take
// from casualty claims, whose dead they are, and the actors and ceasefires of eight more wars.
// Every report here is invented for the test.
#include "world_fixture.hpp"

namespace truce::extract {
namespace {

TEST_F(WorldExtraction, TheDeadOfAnAttackBelongToTheSideItHit) {
  auto x =
      run("Russian shelling hit Kherson on Monday, killing two soldiers, the Ukrainian army said.");
  const LossClaim* c = claim_of(x, "killed", 2);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->about, "Ukraine");
  EXPECT_EQ(c->provenance.at("about"), "victim-of-incident");
}

TEST_F(WorldExtraction, MembersCountAsWhatTheirGroupIs) {
  auto x = run(
      "Arakan Army fighters shelled the Tatmadaw camp in Kyaukphyu on Monday, and one member of "
      "the security forces was killed, Myanmar's army said. Three members of a television crew "
      "were wounded by the shells, it said.");
  const LossClaim* soldier = claim_of(x, "killed", 1);
  ASSERT_NE(soldier, nullptr);
  EXPECT_EQ(soldier->category, "personnel");
  const LossClaim* crew = claim_of(x, "wounded", 3);
  ASSERT_NE(crew, nullptr);
  EXPECT_EQ(crew->category, "civilians");
}

TEST_F(WorldExtraction, ATollInTheNextSentenceIsTheIncidents) {
  auto x =
      run("Russian drones struck Kherson on Monday night, the regional governor said. Two people "
          "were killed and five were wounded.");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].fatalities, 2);
  EXPECT_EQ(x.incidents[0].injuries, 5);
  EXPECT_EQ(x.incidents[0].evidence.size(), 2u);
  EXPECT_EQ(x.incidents[0].provenance.at("fatalities"), "next-sentence-claims");
}

TEST_F(WorldExtraction, ACountThatNamesItsPlaceGoesToThatPartOfASplitAttack) {
  auto x =
      run("Russian drones struck Kharkiv and Kherson on Monday, Ukrainian officials said. A woman "
          "was killed and three people were wounded in Kherson.");
  const Incident* kherson = incident_at(x, "Kherson");
  const Incident* kharkiv = incident_at(x, "Kharkiv");
  ASSERT_NE(kherson, nullptr);
  ASSERT_NE(kharkiv, nullptr);
  ASSERT_NE(kherson, kharkiv);
  EXPECT_EQ(kherson->fatalities, 1);
  EXPECT_EQ(kherson->injuries, 3);
  EXPECT_FALSE(kharkiv->fatalities);
  EXPECT_FALSE(kharkiv->injuries);
}

TEST_F(WorldExtraction, TheEnemyASideSaysItKilledIsNoIncidentsToll) {
  auto x =
      run("Ukrainian forces repelled a Russian assault near Kharkiv overnight, the General Staff "
          "said. The enemy lost 40 servicemen.");
  ASSERT_FALSE(x.incidents.empty());
  ASSERT_NE(claim_of(x, "killed", 40), nullptr);
  for (const auto& inc : x.incidents) EXPECT_FALSE(inc.fatalities);
}

TEST_F(WorldExtraction, AStatesInstitutionPublishingItsOwnStatementSpeaksForTheState) {
  report_.source = "Somali Ministry of Defence operations update";
  report_.body =
      "The army repelled a large attack by al-Shabaab fighters on its positions near the town "
      "on Wednesday.";
  report_.published = ReportDate{"2025-04-17", DatePrecision::day};
  auto x = extractor_->extract(report_, &finder_);
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].claimant.side, "Somalia");
  EXPECT_EQ(x.incidents[0].claimant.rule, "issuer");
  // A newspaper named after a capital is still the media.
  report_.source = "The Kyiv Independent";
  x = extractor_->extract(report_, &finder_);
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].claimant.side, "media");
}

TEST_F(WorldExtraction, OfAnAttackersManyEnemiesTheOneWhoseCountryWasHitIsTheTarget) {
  finder_.add("Tel Aviv", {town("Tel Aviv", "IL", 32.08, 34.78)});
  auto x = run("The Houthis said on Friday they had fired a ballistic missile at Tel Aviv.");
  ASSERT_EQ(x.incidents.size(), 1u);
  ASSERT_TRUE(x.incidents[0].actor1 && x.incidents[0].actor2);
  EXPECT_EQ(x.incidents[0].actor1->side, "Houthis");
  EXPECT_EQ(x.incidents[0].actor2->side, "Israel");
  EXPECT_EQ(x.incidents[0].provenance.at("actor2"), "struck-country-target");
}

TEST_F(WorldExtraction, AQualifiedCeasefireAgreedOnADayThatOpensTheSentence) {
  auto x =
      run("In the evening of Wednesday, Pakistan and Afghanistan agreed on a 48-hour temporary "
          "ceasefire, the Foreign Office said.",
          "", "2025-10-16");
  ASSERT_EQ(x.ceasefires.size(), 1u);
  EXPECT_EQ(x.ceasefires[0].kind, "agreement");
  ASSERT_TRUE(x.ceasefires[0].date);
  EXPECT_EQ(x.ceasefires[0].date->iso, "2025-10-15");
  // The opening day of a long sentence dates its own verb, not a truce named far after it.
  x =
      run("Yesterday, the Pakistani military announced that it had struck two camps inside "
          "Afghanistan in a move that raises fears of escalation, despite the passage of five days "
          "after the announced truce.",
          "", "2025-10-16");
  for (const auto& c : x.ceasefires) EXPECT_FALSE(c.date && c.date->iso == "2025-10-15");
}

TEST_F(WorldExtraction, ANoThatOpensAListDeniesEveryEventInIt) {
  auto x =
      run("No clashes, shelling or drone strikes were recorded around Kherson for the fourth "
          "consecutive day, the monitors said.");
  EXPECT_TRUE(x.incidents.empty());
  // "but" ends the reach of the "no".
  x =
      run("No one was hurt, but shelling damaged three houses in Kherson on Monday, the governor "
          "said.");
  EXPECT_EQ(x.incidents.size(), 1u);
}

TEST_F(WorldExtraction, ASpanOfYearsIsBackgroundNotAnIncident) {
  EXPECT_TRUE(run("Al-Shabaab has fought for more than 15 years to topple the central "
                  "government in Mogadishu, officials said.")
                  .incidents.empty());
  EXPECT_TRUE(run("The region has long been fought over by armed groups, residents said.")
                  .incidents.empty());
  // A count of years that is no span ("two years old") leaves the incident.
  EXPECT_EQ(run("Russian shelling killed a boy of eleven years in Kherson on Monday, the governor "
                "said.")
                .incidents.size(),
            1u);
}

TEST_F(WorldExtraction, FightersKilledArePeopleFightersShotDownAircraft) {
  auto x =
      run("The monitors said 312 fighters of the Turkish-backed factions were killed near the "
          "dam.");
  const LossClaim* killed = claim_of(x, "killed", 312);
  ASSERT_NE(killed, nullptr);
  EXPECT_EQ(killed->category, "personnel");
  x =
      run("Ethiopia's army said security forces had eliminated more than 300 members of the "
          "extremist group in Amhara.");
  const LossClaim* members = claim_of(x, "killed", 300);
  ASSERT_NE(members, nullptr);
  EXPECT_EQ(members->category, "personnel");
  x = run("Ukraine's air force said two Russian fighters were shot down over Kharkiv.");
  const LossClaim* jets = claim_of(x, "shot_down", 2);
  ASSERT_NE(jets, nullptr);
  EXPECT_EQ(jets->category, "aircraft");
}

TEST_F(WorldExtraction, TheTruceThatBeganAtMidnightIsDatedAndFightingThatStoppedIsCalm) {
  auto x = run(
      "Fighting stopped in Kherson after the humanitarian ceasefire that began at midnight, the "
      "governor said.");
  EXPECT_TRUE(x.incidents.empty());
  ASSERT_EQ(x.ceasefires.size(), 1u);
  ASSERT_TRUE(x.ceasefires[0].date);
  EXPECT_EQ(x.ceasefires[0].date->iso, "2025-06-20");
}

TEST_F(WorldExtraction, TheEnemyOfALocalOutletIsTheEnemyOfItsPlaces) {
  auto x =
      run("An enemy drone struck a car near Nabatieh on Thursday morning, according to our "
          "correspondent.",
          "", "2024-10-10");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].claimant.side, "media");
  ASSERT_TRUE(x.incidents[0].actor1);
  EXPECT_EQ(x.incidents[0].actor1->side, "Israel");
}

TEST_F(WorldExtraction, ATrailingSpeakerIsTheWordsAfterTheLastComma) {
  // The soldiers are in what was said; the speakers are residents, no party.
  auto x =
      run("Fano fighters captured the town of Lalibela on Wednesday after soldiers of the federal "
          "army pulled out, residents and a hotel worker said.",
          "", "2023-08-10");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].claimant.side, "media");
}

TEST_F(WorldExtraction, ForcesThatKilledFightersOrCiviliansAreAnIncident) {
  auto battle =
      run("Afghan forces had killed 58 Pakistani soldiers near the border, the Taliban spokesman "
          "said.",
          "", "2025-10-12");
  ASSERT_EQ(battle.incidents.size(), 1u);
  EXPECT_EQ(battle.incidents[0].type, "battles");
  auto civilians =
      run("Government soldiers killed at least 38 civilians in the town on Monday, witnesses said.",
          "", "2024-02-08");
  ASSERT_EQ(civilians.incidents.size(), 1u);
  EXPECT_EQ(civilians.incidents[0].type, "violence_against_civilians");
  // Passive, or beside another trigger, the verb is only the toll.
  EXPECT_TRUE(run("Two soldiers were killed, including officers and other fighters, the army "
                  "said.")
                  .incidents.empty());
  auto strike =
      run("A Russian drone struck a bus in Kherson, killing three civilians, the governor said.");
  ASSERT_EQ(strike.incidents.size(), 1u);
  EXPECT_EQ(strike.incidents[0].type, "explosions_remote_violence");
}

TEST_F(WorldExtraction, TheArmyOfACivilWarIsTheStatesNotTheRebelsNamedLast) {
  auto x =
      run("The Sudanese army shelled positions east of El Fasher on Sunday.\n\n"
          "RSF fighters attacked the city's last hospital on Monday, residents said.\n\n"
          "The army said it had repelled the attack on Monday and killed dozens of the attackers.",
          "", "2025-01-25");
  ASSERT_FALSE(x.incidents.empty());
  const Incident& last = x.incidents.back();
  EXPECT_EQ(last.claimant.side, "Sudan");
}

TEST_F(WorldExtraction, ANegatedVerbReportsNoIncident) {
  EXPECT_TRUE(run("Hamas said it remained committed to the deal and did not respond with rocket "
                  "fire, a spokesman said.")
                  .incidents.empty());
  // "not" far from the event, or behind "who", negates nothing.
  EXPECT_EQ(run("It was not immediately clear who fired the rockets at Kherson on Monday, the "
                "governor said.")
                .incidents.size(),
            1u);
}

// Session 14: one person named by a singular noun after "the" is a toll of one.
TEST_F(WorldExtraction, TheOnePersonNamedCountsOne) {
  auto x = run("A drone struck a car near Kharkiv on Monday and the driver died on the spot.", "",
               "2022-10-20");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].fatalities, 1);
  // Plural people after "the" are not one.
  auto y = run("A drone struck a bus near Kharkiv on Monday and the passengers were injured.", "",
               "2022-10-20");
  ASSERT_EQ(y.incidents.size(), 1u);
  EXPECT_NE(y.incidents[0].injuries, 1);
}

}  // namespace
// Session 15: people listed before the verb that counts the last of them add to them; a
// count the verb after it already governed does not.
TEST_F(WorldExtraction, PeopleListedBeforeOneVerbOfDeathAddUp) {
  auto x =
      run("Pakistani troops shelled villages near Muzaffarabad today, in which 4 soldiers of the "
          "Indian army and 6 civilians were killed, army sources said.",
          "", "2020-11-13");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].fatalities, 10);
  auto y =
      run("Azerbaijani forces shelled Martuni, where a woman of 60 years is killed and 3 "
          "residents are wounded, the ombudsman said.",
          "", "2020-10-20");
  ASSERT_EQ(y.incidents.size(), 1u);
  EXPECT_EQ(y.incidents[0].fatalities, 1);
  EXPECT_EQ(y.incidents[0].injuries, 3);
}

// Session 15: "since the 2020 war ended", "since 2016": a count from a war or a year is a
// running total, no incident.
TEST_F(WorldExtraction, ACountSinceAWarEndedIsARunningTotal) {
  auto x =
      run("More than 20 Armenian soldiers have been killed in border clashes since the 2020 "
          "war ended, according to the ministry.",
          "", "2021-05-28");
  EXPECT_TRUE(x.incidents.empty());
  EXPECT_NE(claim_of(x, "killed", 20), nullptr);
}

// Session 20: the people a party's forces or side lost are its personnel ("had lost more than
// 300 men", "the Abkhaz side lost up to 90 persons", "on the Georgian side there are 12 killed");
// a side that struck, and a town that lost people, count civilians.
TEST_F(WorldExtraction, ThePeopleASideLostAreItsPersonnel) {
  finder_.add("Ochamchira", {town("Ochamchira", "GE", 42.71, 41.47)});
  auto x =
      run("The Georgian command said Abkhaz forces had lost more than 300 men in the fighting for "
          "Gagra. The Abkhaz side lost in the battles up to 90 persons. On the Georgian side there "
          "are 12 killed and 30 wounded.",
          "", "1992-10-03");
  for (double n : {300.0, 90.0, 12.0}) {
    const LossClaim* c = claim_of(x, "killed", n);
    ASSERT_NE(c, nullptr) << n;
    EXPECT_EQ(c->category, "personnel") << n;
  }
  auto y =
      run("The Abkhaz side struck Ochamchira yesterday, 5 persons died. The town lost 30 "
          "people in the shelling.",
          "", "1993-07-04");
  for (double n : {5.0, 30.0}) {
    const LossClaim* c = claim_of(y, "killed", n);
    ASSERT_NE(c, nullptr) << n;
    EXPECT_EQ(c->category, "civilians") << n;
  }
}

// Session 20: a year of birth is no count ("a resident of the city born 1961 was killed").
TEST_F(WorldExtraction, AYearOfBirthIsNoCount) {
  finder_.add("Horadiz", {town("Horadiz", "AZ", 39.45, 47.34)});
  auto x =
      run("The enemy fired on Horadiz on the 8th. As a result a resident of the city born "
          "1961 was killed.",
          "", "2020-10-09");
  EXPECT_EQ(claim_of(x, "killed", 1961), nullptr);
  // Nor are the minutes of a clock time ("at about 19:00 a man was shot dead"); a dateline's
  // colon before a count leaves it one ("RAWALPINDI: Twenty-three soldiers").
  auto y = run("At about 19:00 a man was shot dead near Horadiz by unidentified gunmen.", "",
               "2020-10-09");
  EXPECT_EQ(claim_of(y, "killed", 0), nullptr);
  EXPECT_NE(claim_of(y, "killed", 1), nullptr);
  auto z = run("HORADIZ: Twenty-three soldiers were killed near Horadiz on Friday, the army said.",
               "", "2020-10-09");
  EXPECT_NE(claim_of(z, "killed", 23), nullptr);
}

// Session 20: machine translation's "received the wounds" wounds (measures.tsv).
TEST_F(WorldExtraction, TheWoundsReceivedAreWounded) {
  finder_.add("Horadiz", {town("Horadiz", "AZ", 39.45, 47.34)});
  auto x =
      run("The enemy fired on Horadiz on the 8th. A resident was killed, two other persons "
          "received the wounds.",
          "", "2020-10-09");
  EXPECT_NE(claim_of(x, "wounded", 2), nullptr);
  EXPECT_EQ(claim_of(x, "killed", 2), nullptr);
}

}  // namespace truce::extract
