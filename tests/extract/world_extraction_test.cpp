// Extraction on reports of wars other than Karabakh (issue 8): who says so, casualty counts as
// claims, ceasefire days, the world's states and armed groups, and places that fit the report.
// Every report here is invented for the test.
#include "world_fixture.hpp"

namespace truce::extract {
namespace {

// --- 1. Attribution across a report

TEST_F(WorldExtraction, TrailingSpeakerIsTheClaimantNotTheAttackerNamedFirst) {
  auto x =
      run("Russian shelling of the central market in Kherson killed four people and wounded nine, "
          "the regional governor said on Thursday.");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].claimant.side, "Ukraine");
  EXPECT_EQ(x.incidents[0].claimant.rule, "local-official");
  ASSERT_TRUE(x.incidents[0].actor1);
  EXPECT_EQ(x.incidents[0].actor1->side, "Russia");
}

TEST_F(WorldExtraction, ACountryNamedAsALocationIsNoSpeaker) {
  auto x =
      run("Israeli drones struck a car near Nabatieh in Lebanon, killing two men, the health "
          "ministry said.");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].claimant.side, "Lebanon");
  EXPECT_EQ(x.incidents[0].actor1->side, "Israel");
}

TEST_F(WorldExtraction, AHeadlineSourceSpeaksForTheWholeReport) {
  auto x =
      run("Troops killed three gunmen in an exchange of fire near Khan Younis on Monday.\n\n"
          "Two soldiers were lightly wounded.",
          "IDF: three gunmen killed in southern Gaza");
  ASSERT_FALSE(x.incidents.empty());
  EXPECT_EQ(x.incidents[0].claimant.side, "Israel");
  EXPECT_EQ(x.incidents[0].claimant.rule, "headline-source");
}

TEST_F(WorldExtraction, CitingCreditsTheRelayedSource) {
  auto x =
      run("Russian missiles struck an apartment block in Kharkiv overnight, killing five "
          "civilians, Reuters reported, citing the Ukrainian military.");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].claimant.side, "Ukraine");
  EXPECT_EQ(x.incidents[0].claimant.rule, "relay");
}

TEST_F(WorldExtraction, AParagraphOfFindingsIsTheGroupsThatClosesIt) {
  auto x =
      run("Gunmen shot dead eleven villagers near El Fasher on 3 June. Witnesses described homes "
          "set on fire. The killings bear the marks of a deliberate attack on civilians, Human "
          "Rights Watch said on Tuesday.");
  ASSERT_FALSE(x.incidents.empty());
  EXPECT_EQ(x.incidents[0].claimant.rule, "paragraph-source");
  EXPECT_NE(x.incidents[0].claimant.name.find("Human Rights Watch"), std::string::npos);
}

// A name the lexicons lack speaks for the party an earlier sentence gave it; "according to a
// preliminary count" is the last speaker's count.
TEST_F(WorldExtraction, ANameGivenEarlierSpeaksForItsPartyAgain) {
  auto x =
      run("Colonel Oleh Marchenko, spokesman of the Ukrainian General Staff, said Russian "
          "artillery shelled Kharkiv overnight.\n\nThree civilians were killed in the "
          "shelling of a market, Oleh Marchenko said.\n\nMore than 20 people were wounded, "
          "according to a preliminary count.",
          "", "2025-03-02");
  ASSERT_GE(x.claims.size(), 2u);
  for (const auto& c : x.claims) EXPECT_EQ(c.claimant.side, "Ukraine") << c.claimant.rule;
  EXPECT_EQ(x.claims[0].claimant.rule, "named-earlier");
}

TEST_F(WorldExtraction, AnAppositionThatDescribesTheSpeakerIsNoSpeaker) {
  auto x =
      run("The Arakan Army, one of Myanmar's most powerful armed groups, said on Saturday "
          "its fighters had attacked a military base in Rakhine state.",
          "", "2024-12-21");
  ASSERT_FALSE(x.incidents.empty());
  EXPECT_EQ(x.incidents[0].claimant.side, "Arakan Army");
}

// "air strikes were reported": a passive names no speaker; after a semicolon the next
// statement has its own; the home party's people as victims are not its forces.
TEST_F(WorldExtraction, APassiveIsNoSpeakerAndASemicolonStartsAStatement) {
  auto x =
      run("Israeli air strikes were reported across the Strip; the health ministry in Khan "
          "Younis reported that at least 23 Palestinians were killed.",
          "", "2025-01-21");
  ASSERT_FALSE(x.claims.empty());
  EXPECT_EQ(x.claims[0].claimant.side, "Hamas");
}

// "The Armenian Defense Ministry said Armenian troops ...": the speech verb between two names
// ends the speaker's; the two are not one actor "Ministry said Armenian troops".
TEST_F(WorldExtraction, ASpeechVerbEndsTheSpeakersName) {
  auto x =
      run("The FARDC said troops shelled M23 positions near Goma on Monday.", "", "2025-02-14");
  ASSERT_FALSE(x.incidents.empty());
  EXPECT_EQ(x.incidents[0].claimant.side, "DR Congo");
  EXPECT_EQ(x.incidents[0].claimant.name, "FARDC");
}

TEST_F(WorldExtraction, StateArmiesAreKnownByTheirAcronyms) {
  auto x = run("The FARDC said its forces had repelled an M23 attack near Goma overnight.", "",
               "2025-02-14");
  ASSERT_FALSE(x.incidents.empty());
  EXPECT_EQ(x.incidents[0].claimant.side, "DR Congo");
}

TEST_F(WorldExtraction, AnAppositionBeforeTheVerbIsTheSpeaker) {
  auto x =
      run("For his part, the Prime Minister of Pakistan, Shehbaz Sharif, said Indian missiles "
          "struck a mosque in Bahawalpur, killing 13 people.");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].claimant.side, "Pakistan");
  EXPECT_EQ(x.incidents[0].actor1->side, "India");
}

// --- 2. Casualty figures are claims

TEST_F(WorldExtraction, EveryCasualtyShapeIsAClaim) {
  const std::string war = "Russian forces shelled Kharkiv in Ukraine on Monday.\n\n";
  struct Case {
    const char* text;
    const char* measure;
    double value;
    const char* qualifier;
  };
  const Case cases[] = {
      {"Two residents lost their lives, the governor said.", "killed", 2, "exact"},
      {"The strike left six dead and 19 hurt, the governor said.", "wounded", 19, "exact"},
      {"The count of injured is close to 40, the governor said.", "wounded", 40, "about"},
      {"A woman died while three more people were taken to hospital, the mayor said.", "wounded", 3,
       "exact"},
      {"At least nine civilians died and no fewer than 30 were hurt, the governor said.", "wounded",
       30, "at_least"},
      {"The death toll climbed to 17, the governor said.", "killed", 17, "exact"},
      {"Dozens were injured in the attack, the governor said.", "wounded", 24, "at_least"},
  };
  for (const auto& c : cases) {
    auto x = run(war + c.text);
    const LossClaim* claim = claim_of(x, c.measure, c.value);
    ASSERT_NE(claim, nullptr) << c.text;
    EXPECT_EQ(claim->qualifier, c.qualifier) << c.text;
    EXPECT_EQ(claim->claimant.side, "Ukraine") << c.text;
    EXPECT_EQ(claim->about, "Ukraine") << c.text;
  }
}

TEST_F(WorldExtraction, ACumulativeTollIsKeptApartFromTheDays) {
  auto x = run(
      "Russian forces shelled Kharkiv in Ukraine on Monday, killing three civilians, the governor "
      "said. Since the fighting began, 1,200 civilians have been killed in the region, he said.");
  const LossClaim* day = claim_of(x, "killed", 3);
  const LossClaim* total = claim_of(x, "killed", 1200);
  ASSERT_NE(day, nullptr);
  ASSERT_NE(total, nullptr);
  EXPECT_FALSE(day->cumulative);
  EXPECT_TRUE(total->cumulative);
}

TEST_F(WorldExtraction, TallyLinesGiveTheTotalAndTheDaysIncrement) {
  auto x = run(
      "The General Staff of the Armed Forces of Ukraine has published its estimate of the combat "
      "losses of the Russian forces:\n"
      "tanks - 9,411 (+8)\n"
      "artillery systems - 20,781 (+37)\n");
  const LossClaim* total = claim_of(x, "destroyed", 9411);
  const LossClaim* day = claim_of(x, "destroyed", 8);
  ASSERT_NE(total, nullptr);
  ASSERT_NE(day, nullptr);
  EXPECT_EQ(total->category, "tanks");
  EXPECT_EQ(total->about, "Russia");
  EXPECT_EQ(total->claimant.side, "Ukraine");
  EXPECT_TRUE(total->cumulative);
  EXPECT_FALSE(day->cumulative);
  ASSERT_NE(claim_of(x, "destroyed", 37), nullptr);
}

TEST_F(WorldExtraction, ASidesOwnDeadToldInThePassiveAreItsOwn) {
  auto x =
      run("The Israeli military said two soldiers were killed in combat in southern Lebanon, "
          "where its troops are fighting Hezbollah.");
  const LossClaim* c = claim_of(x, "killed", 2);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->category, "personnel");
  EXPECT_EQ(c->about, "Israel");
}

TEST_F(WorldExtraction, CiviliansBelongToTheTerritoryNotItsGoverningParty) {
  auto x =
      run("Israeli strikes killed 34 people in Khan Younis over the past day, the health "
          "ministry said.");
  const LossClaim* c = claim_of(x, "killed", 34);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->claimant.side, "Hamas");  // sides.tsv: Hamas speaks for Palestine's institutions
  EXPECT_EQ(c->about, "Palestine");
}

// --- 3. Ceasefire dates

TEST_F(WorldExtraction, CeasefireDaysInTheirUsualShapes) {
  struct Case {
    const char* text;
    const char* day;
  };
  const Case cases[] = {
      {"The ceasefire took effect at noon on 3 May, the ministry said.", "2025-05-03"},
      {"The truce, in force since the 12th, was broken on Monday, the army said.", "2025-06-12"},
      {"A ceasefire was agreed during talks in Doha on 8-9 June.", "2025-06-08"},
      {"The two sides announced a ceasefire on Friday.", "2025-06-20"},
      {"The truce that began at midnight on Saturday held, officials said.", "2025-06-14"},
      {"A pause in the fighting that the two foreign ministers negotiated and that started on "
       "14 May was violated overnight.",
       "2025-05-14"},
      {"The two governments signed a deal ending the hostilities on 2 June.", "2025-06-02"},
      {"Fighting resumed on Sunday despite the truce agreed on 10 May.", "2025-05-10"},
      {"The first truce, brokered by Qatar on Oct. 10, collapsed within hours.", "2024-10-10"},
      // A relative clause names the day even where the sentence accuses someone of breaking it.
      {"Both sides accused each other of violating the holiday truce that the president "
       "declared on Saturday.",
       "2025-06-14"},
      {"Rebels shattered the ceasefire that had held since 2 March, the governor said.",
       "2025-03-02"},
      // The verb of agreement a few words before, in the same clause.
      {"The foreign ministers agreed on Saturday to a humanitarian truce, the ministry said.",
       "2025-06-14"},
      // A day that is part of the name dates it, even where it is said to be broken.
      {"Shelling resumed despite the June 10 ceasefire, the ministry said.", "2025-06-10"},
      {"Both sides violated the Russian-brokered truce of 10 June.", "2025-06-10"},
      // A word of stopping with a kind of hostilities names a ceasefire.
      {"The alliance says its pause in offensive operations, in force since the 1st, is holding.",
       "2025-06-01"},
      {"The moratorium on strikes against power plants that the two leaders agreed in a telephone "
       "call on 18 March is fragile.",
       "2025-03-18"},
  };
  for (const auto& c : cases) {
    auto found = agreements(run(c.text));
    ASSERT_EQ(found.size(), 1u) << c.text;
    ASSERT_TRUE(found[0].date) << c.text;
    EXPECT_LE(found[0].date->iso, c.day) << c.text;
    EXPECT_GE(found[0].date->end_iso, c.day) << c.text;
  }
}

// "took hold last week" is the agreement "which began at 4 a.m. on Wednesday"; a day agreed and
// the midnight after it are one agreement; a participle names the day of a peace declaration.
TEST_F(WorldExtraction, MentionsDaysApartAreOneAgreement) {
  auto x =
      run("Fighting resumed hours after a ceasefire took hold last week.\n\nThe truce, which "
          "began at 4 a.m. on Wednesday, was the first in 14 months.",
          "", "2024-12-02");
  auto found = agreements(x);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].date->iso, "2024-11-27");

  auto declared =
      run("The rebels accused the army of acting in violation of the declaration of "
          "principles signed in Doha on 19 July.",
          "", "2025-07-29");
  auto signed_ = agreements(declared);
  ASSERT_EQ(signed_.size(), 1u);
  EXPECT_EQ(signed_[0].date->iso, "2025-07-19");
}

TEST_F(WorldExtraction, AnOldCeasefireIsNamedOnlyByItsDay) {
  auto x = run(
      "Villagers remember that in the war of 2006 the fighting stopped only with the ceasefire of "
      "14 August 2006.\n\nIn the war of 2006 the truce held for years.",
      "", "2024-10-20");
  auto found = agreements(x);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].date->iso, "2006-08-14");
}

TEST_F(WorldExtraction, APauseInTheFightingIsNoIncident) {
  auto x = run("Washington said it welcomed any reduction in fighting and a moratorium on strikes.",
               "", "2025-04-20");
  EXPECT_TRUE(x.incidents.empty());
}

TEST_F(WorldExtraction, OneCeasefireNamedThreeTimesIsOneReference) {
  auto x =
      run("A ceasefire between Thailand and Cambodia was agreed in Kuala Lumpur on 28 July.\n\n"
          "The truce took effect at midnight.\n\n"
          "The agreement was holding on Wednesday, but both armies accused each other of breaking "
          "the ceasefire.",
          "", "2025-07-31");
  auto found = agreements(x);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].date->iso, "2025-07-28");
  EXPECT_GE(found[0].mentions.size(), 2u);
}

TEST_F(WorldExtraction, TheDayReachedIsKeptApartFromTheDayItTookEffect) {
  auto x =
      run("The ceasefire between Israel and Hamas took effect on Sunday.\n\n"
          "The deal was agreed by negotiators in Doha and announced on Wednesday.",
          "", "2025-01-19");
  auto found = agreements(x);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].date->iso, "2025-01-15");
  ASSERT_TRUE(found[0].effective);
  EXPECT_EQ(found[0].effective->iso, "2025-01-19");
}

// --- 4. Any war, not one

TEST_F(WorldExtraction, DemonymAndInstitutionNameTheStatesActors) {
  auto x =
      run("The Royal Thai Army said Cambodian troops fired rockets at a village in Surin "
          "province on Thursday.");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].claimant.side, "Thailand");
  EXPECT_EQ(x.incidents[0].actor1->side, "Cambodia");
}

TEST_F(WorldExtraction, ArmedGroupsAreActorsOfTheirOwn) {
  auto x =
      run("The Sudanese army said RSF fighters shelled El Fasher on Monday, killing seven "
          "civilians.");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].claimant.side, "Sudan");
  EXPECT_EQ(x.incidents[0].actor1->side, "RSF");
}

TEST_F(WorldExtraction, TheEnemyComesFromTheConflictTheReportIsAbout) {
  auto x =
      run("Hezbollah said its fighters attacked an Israeli position near the border. The "
          "Israeli army said the enemy fired 40 rockets at the Galilee.");
  ASSERT_FALSE(x.incidents.empty());
  bool hezbollah_fired = false;
  for (const auto& i : x.incidents) {
    if (i.claimant.side == "Israel" && i.actor1 && i.actor1->side == "Hezbollah")
      hezbollah_fired = true;
  }
  EXPECT_TRUE(hezbollah_fired);
}

// --- 5. Places on incidents

TEST_F(WorldExtraction, APlaceOutsideTheReportsCountriesIsRefitted) {
  auto x =
      run("Azerbaijani artillery shelled Martuni in Nagorno-Karabakh overnight, the Armenian "
          "Defense Ministry said.",
          "", "2020-10-15");
  ASSERT_EQ(x.incidents.size(), 1u);
  ASSERT_FALSE(x.incidents[0].places.empty());
  EXPECT_EQ(x.incidents[0].places[0].place->country, "AZ");
  EXPECT_NE(x.incidents[0].places[0].rule.find("refit"), std::string::npos);
}

// In a war between states, a strike on one camp's country whose attacker is unsaid is the
// other camp's; in a civil war, where both camps fight in one country, nothing is inferred.
TEST_F(WorldExtraction, AnUnnamedAttackerOfAStrikeOnOneStatesTownIsTheOtherCamp) {
  auto x =
      run("Two missiles hit a mosque in Muzaffarabad, killing three people, Pakistani "
          "officials said.",
          "", "2025-05-07");
  ASSERT_EQ(x.incidents.size(), 1u);
  ASSERT_TRUE(x.incidents[0].actor1);
  EXPECT_EQ(x.incidents[0].actor1->side, "India");
  EXPECT_EQ(x.incidents[0].actor1->rule, "struck-country");

  auto civil =
      run("Shells hit a market in El Fasher, killing five people, the RSF and the "
          "Sudanese army traded blame.",
          "", "2025-01-25");
  ASSERT_EQ(civil.incidents.size(), 1u);
  EXPECT_FALSE(civil.incidents[0].actor1);

  // In a civil war, aircraft that one party alone flies name it.
  auto jet =
      run("A warplane bombed the market in El Fasher, killing 12 people, a rights group said.", "",
          "2025-01-25");
  ASSERT_EQ(jet.incidents.size(), 1u);
  ASSERT_TRUE(jet.incidents[0].actor1);
  EXPECT_EQ(jet.incidents[0].actor1->side, "Sudan");
  EXPECT_EQ(jet.incidents[0].actor1->rule, "air-power");

  // A paramotor is an aircraft too.
  auto paramotor =
      run("A paramotor dropped explosives on a village in Myanmar's Sagaing Region, killing four "
          "people, a rights group said.",
          "", "2025-04-20");
  ASSERT_EQ(paramotor.incidents.size(), 1u);
  ASSERT_TRUE(paramotor.incidents[0].actor1);
  EXPECT_EQ(paramotor.incidents[0].actor1->side, "Myanmar");
}

// Aircraft are weapons: a raid by warplanes is an air strike, not a clash; dropped explosives
// are an air or drone strike whatever dropped them.
TEST_F(WorldExtraction, AircraftAndDroppedExplosivesAreRemoteViolence) {
  auto raid =
      run("Enemy warplanes carried out a raid on a house in Nabatieh at dawn, the agency said.", "",
          "2024-10-20");
  ASSERT_EQ(raid.incidents.size(), 1u);
  EXPECT_EQ(raid.incidents[0].type, "explosions_remote_violence");
  auto dropped =
      run("A paramotor dropped explosives on a market in El Fasher, killing four people.", "",
          "2025-04-12");
  ASSERT_EQ(dropped.incidents.size(), 1u);
  EXPECT_EQ(dropped.incidents[0].type, "explosions_remote_violence");
}

// A drone that killed is a weapon, not a drone lost; "no one" counts nobody; a disaster's toll
// is no claim of the war; attackers killed are personnel.
TEST_F(WorldExtraction, OnlyTheWarsLossesAreClaims) {
  auto x =
      run("Two soldiers were killed on Monday by a drone strike near Kharkiv, the governor "
          "said. No one was hurt in Kherson. The death toll from the earthquake has risen to "
          "3,600. The army said it had killed no fewer than 50 assailants.",
          "", "2025-04-01");
  std::vector<std::string> got;
  for (const auto& c : x.claims)
    got.push_back(c.category + " " + std::to_string(static_cast<long>(c.value)));
  EXPECT_EQ(got, (std::vector<std::string>{"personnel 2", "personnel 50"}));
}

// A subject opened by "no" denies what it reports; rejecting an accusation is a denial.
TEST_F(WorldExtraction, NoTargetsHitAndRejectedAccusationsAreNoIncidents) {
  EXPECT_TRUE(run("No military facilities have been targeted, the ministry said.", "", "2025-05-07")
                  .incidents.empty());
  EXPECT_TRUE(run("The spokesman rejected claims that the army shelled villages near Kharkiv.", "",
                  "2025-05-07")
                  .incidents.empty());
}

}  // namespace
}  // namespace truce::extract
