// Added in session 16 (issue 8): the generic names of an insurgency ("the insurgents",
// "Islamist militants") name a war's only non-state party (cue class armed_group_word), the
// Sri Lankan war and its Tigers are on file, and counts that are no casualty claims stay out:
// a figure glued to "day", a fighter's word before an event noun, a speaker with a relative
// clause, soldiers deployed, "a second" one. Every report is invented.
#include "world_fixture.hpp"

namespace truce::extract {
namespace {

class InsurgencyWords : public WorldExtraction {
 protected:
  Extraction mozambique(const std::string& body) {
    finder_.add("Mocimboa da Praia", {town("Mocimboa da Praia", "MZ", -11.35, 40.35)});
    finder_.add("Cabo Delgado", {town("Cabo Delgado", "MZ", -12.33, 39.32)});
    finder_.add("Pemba", {town("Pemba", "MZ", -12.97, 40.52)});
    return run(body, "", "2020-08-14");
  }
};

TEST_F(InsurgencyWords, TheInsurgentsAreTheWarsLoneArmedGroup) {
  auto x = mozambique(
      "PEMBA, Mozambique - Islamist insurgents attacked the port town of Mocimboa da Praia in "
      "Cabo Delgado province on Tuesday, killing 12 soldiers, the defence ministry said.");
  ASSERT_EQ(x.incidents.size(), 1u);
  ASSERT_TRUE(x.incidents[0].actor1);
  EXPECT_EQ(x.incidents[0].actor1->side, "Islamic State");
  EXPECT_EQ(x.incidents[0].claimant.side, "Mozambique");
}

TEST_F(InsurgencyWords, TheMilitantsNameNobodyWhereTwoGroupsFight) {
  finder_.add("Tibu", {town("Tibu", "CO", 8.64, -72.73)});
  auto x =
      run("Militants attacked a police post near Tibu on Tuesday, killing two officers, the army "
          "said.",
          "", "2025-01-21");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_FALSE(x.incidents[0].actor1 && (x.incidents[0].actor1->side == "ELN" ||
                                         x.incidents[0].actor1->side == "FARC dissidents"));
}

TEST_F(InsurgencyWords, TheTigersAreTheLtte) {
  finder_.add("Mullaitivu", {town("Mullaitivu", "LK", 9.27, 80.81)});
  auto x =
      run("COLOMBO - The Ministry of Defence said troops had overrun the last Tiger positions near "
          "Mullaitivu and that 43 LTTE cadres were killed over the weekend.",
          "", "2009-04-20");
  bool found = false;
  for (const auto& c : x.claims) {
    if (c.value == 43) {
      found = true;
      EXPECT_EQ(c.category, "personnel");
      EXPECT_EQ(c.about, "LTTE");
      EXPECT_EQ(c.claimant.side, "Sri Lanka");
    }
  }
  EXPECT_TRUE(found);
}

TEST_F(InsurgencyWords, ADurationGluedToItsFigureCountsNobody) {
  auto x = mozambique(
      "Dozens of people were killed during a five-day assault by Islamist insurgents on "
      "Mocimboa da Praia, the government said on Sunday.");
  for (const auto& c : x.claims) EXPECT_NE(c.value, 5) << c.category;
}

TEST_F(InsurgencyWords, AFightersWordBeforeAnEventNounIsItsAdjective) {
  finder_.add("Catatumbo", {town("Catatumbo", "CO", 8.9, -73.0)});
  auto x =
      run("Colombia declared a state of emergency in Catatumbo to fight an ELN guerrilla offensive "
          "that has killed 80 people, the defense ministry said.",
          "", "2025-01-24");
  for (const auto& c : x.claims) EXPECT_NE(c.value, 1) << c.category;
}

TEST_F(InsurgencyWords, SoldiersDeployedAreNoLosses) {
  finder_.add("Catatumbo", {town("Catatumbo", "CO", 8.9, -73.0)});
  auto x =
      run("Colombia deployed thousands more soldiers to Catatumbo on Friday to fight an offensive "
          "that has killed scores of people, the defense ministry said.",
          "", "2025-01-24");
  for (const auto& c : x.claims) EXPECT_NE(c.category, "personnel") << c.value;
}

TEST_F(InsurgencyWords, PeopleWithInjuriesAreWounded) {
  auto x = mozambique(
      "\"We recovered 20 bodies and four people with serious injuries,\" a local official in "
      "Mocimboa da Praia said.");
  bool found = false;
  for (const auto& c : x.claims) {
    if (c.value == 4) {
      found = true;
      EXPECT_EQ(c.measure, "wounded");
    }
  }
  EXPECT_TRUE(found);
}

TEST_F(InsurgencyWords, ASpeakerWithARelativeClauseIsNoCount) {
  auto x = mozambique(
      "Insurgents opened fire on villagers fleeing Mocimboa da Praia, killing 3 and wounding "
      "others, a woman who escaped said.");
  for (const auto& c : x.claims) EXPECT_NE(c.value, 1) << c.category << " " << c.measure;
}

TEST_F(InsurgencyWords, ASecondOneCountsNobodyAnew) {
  auto x = mozambique(
      "A second Rwandan soldier died of his wounds in Mocimboa da Praia on Thursday, bringing "
      "the number of soldiers killed there to two, the army said.");
  for (const auto& c : x.claims) EXPECT_NE(c.value, 1) << c.category << " " << c.measure;
}

TEST_F(InsurgencyWords, TheDatelinesAgencyIsNoTarget) {
  auto x = mozambique(
      "PEMBA, Mozambique (Reuters) - Seven people died when their convoy was ambushed near "
      "Mocimboa da Praia on Friday, the government said.");
  for (const auto& i : x.incidents) {
    EXPECT_FALSE(i.actor2 && i.actor2->side == "media");
  }
}

// A toll since the war began is a claim, not an incident of the day.
TEST_F(InsurgencyWords, ATollFromTheFirstDayIsNoIncident) {
  finder_.add("Stepanakert", {town("Stepanakert", "AZ", 39.82, 46.75)});
  auto x =
      run("The ombudsman in Stepanakert said the shelling of civilian settlements from the first "
          "day had killed 19 civilians and wounded more than 80.",
          "", "2020-10-03");
  EXPECT_TRUE(x.incidents.empty());
  bool found = false;
  for (const auto& c : x.claims) found = found || (c.value == 19 && c.measure == "killed");
  EXPECT_TRUE(found);
}

TEST_F(InsurgencyWords, ASpellWithItsEndStillHappened) {
  finder_.add("Pokrovsk", {town("Pokrovsk", "UA", 48.28, 37.18)});
  auto x =
      run("According to the President, from the beginning of the truce till 20:00 today the "
          "Russian troops attacked our positions near Pokrovsk 67 times.",
          "", "2025-04-20");
  EXPECT_FALSE(x.incidents.empty());
}

TEST_F(InsurgencyWords, AQuotationsMarkIsNoPartOfTheSpeakersName) {
  finder_.add("Mullaitivu", {town("Mullaitivu", "LK", 9.27, 80.81)});
  auto x =
      run("\"Our troops captured the last LTTE camp near Mullaitivu this morning,\" Fonseka said.",
          "", "2009-05-18");
  ASSERT_FALSE(x.incidents.empty());
  EXPECT_EQ(x.incidents[0].claimant.name.find('"'), std::string::npos)
      << x.incidents[0].claimant.name;
}

TEST_F(InsurgencyWords, ThemAfterAFigureAreThePeopleNamedBefore) {
  auto x = mozambique(
      "The army spokesman said troops repelled the insurgents at Mocimboa da Praia, killing 26 "
      "of them.");
  bool found = false;
  for (const auto& c : x.claims) {
    if (c.value == 26) {
      found = true;
      EXPECT_EQ(c.category, "personnel");
      EXPECT_EQ(c.about, "Islamic State");
    }
  }
  EXPECT_TRUE(found);
}

TEST_F(InsurgencyWords, MembersCountedByTheirGroupsNameAreItsFighters) {
  finder_.add("Mullaitivu", {town("Mullaitivu", "LK", 9.27, 80.81)});
  auto x =
      run("COLOMBO (Reuters) - The military said troops had recovered the bodies of about 250 "
          "Tigers near Mullaitivu.",
          "", "2009-05-19");
  bool found = false;
  for (const auto& c : x.claims) {
    if (c.value == 250) {
      found = true;
      EXPECT_EQ(c.category, "personnel");
      EXPECT_EQ(c.about, "LTTE");
    }
  }
  EXPECT_TRUE(found);
}

// "The military said" in a war of one state against armed groups is that state's military,
// and the dateline's town and agency are not who speaks.
TEST_F(InsurgencyWords, TheMilitaryOfAWarsLoneStateSpeaksForIt) {
  finder_.add("Mullaitivu", {town("Mullaitivu", "LK", 9.27, 80.81)});
  finder_.add("COLOMBO", {town("Colombo", "LK", 6.93, 79.85)});
  auto x =
      run("COLOMBO (Reuters) - The military said troops had killed 20 rebels near Mullaitivu on "
          "Sunday.",
          "", "2009-05-19");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].claimant.side, "Sri Lanka");
  EXPECT_EQ(x.incidents[0].claimant.name.find("Reuters"), std::string::npos)
      << x.incidents[0].claimant.name;
}

// "Separatists" name a party only in a war whose separatists are on file: Artsakh's in a report
// on Karabakh, Ambazonia's in a report on Cameroon's Anglophone regions; and "self-declared" is
// no verb of saying.
TEST_F(InsurgencyWords, SeparatistsAreTheSeparatistsOfTheReportsWar) {
  finder_.add("YAOUNDE", {town("Yaounde", "CM", 3.87, 11.52)});
  finder_.add("Cameroon", {town("Cameroon", "CM", 5.0, 12.0)});
  finder_.add("Bamenda", {town("Bamenda", "CM", 5.96, 10.15)});
  auto x =
      run("YAOUNDE, Cameroon (Reuters) - Anglophone separatists attacked a checkpoint near Bamenda "
          "on Tuesday, the army said. The separatists, who call their self-declared state "
          "Ambazonia, said their fighters had killed 12 soldiers near Bamenda.",
          "", "2021-09-15");
  ASSERT_EQ(x.incidents.size(), 2u);
  ASSERT_TRUE(x.incidents[0].actor1);
  EXPECT_EQ(x.incidents[0].actor1->side, "Ambazonian separatists");
  EXPECT_EQ(x.incidents[1].claimant.side, "Ambazonian separatists");
  finder_.add("Tartar", {town("Tartar", "AZ", 40.34, 46.93)});
  auto y = run(
      "BAKU (AFP) - The separatists shelled the town of Tartar on Tuesday, Azerbaijan's defence "
      "ministry said, accusing Armenia of escalating the conflict.",
      "", "2020-10-06");
  ASSERT_FALSE(y.incidents.empty());
  ASSERT_TRUE(y.incidents[0].actor1);
  EXPECT_EQ(y.incidents[0].actor1->side, "Artsakh");
}

// "at least 80 deceased people" are dead; "thousands of civilians were trapped, killing
// hundreds of them": the trapped are no count of the killing after their own verb.
TEST_F(InsurgencyWords, TheDeceasedAreDeadAndTheTrappedNoCountOfTheKilling) {
  auto x = mozambique(
      "The government said at least 80 deceased people were found in Mocimboa da Praia. The "
      "army was shelling the town where thousands of civilians were trapped, killing hundreds "
      "of them, residents said.");
  bool dead = false;
  for (const auto& c : x.claims) {
    if (c.value == 80) {
      dead = true;
      EXPECT_EQ(c.measure, "killed");
    }
    EXPECT_LT(c.value, 1000) << c.category << " " << c.measure;
  }
  EXPECT_TRUE(dead);
}

// Oromia: the OLA insurgency on file; "which the government calls a terrorist group" counts no
// one; a local administrator speaks for the state.
TEST_F(InsurgencyWords, OromiasRebelsAndItsAdministrators) {
  finder_.add("Oromia", {town("Oromia", "ET", 8.0, 39.0)});
  finder_.add("Nekemte", {town("Nekemte", "ET", 9.08, 36.55)});
  auto x =
      run("Gunmen attacked a village near Nekemte in Ethiopia's Oromia region on Saturday, killing "
          "32 people, said Abdi Tolera, a local administrator, blaming the Oromo Liberation Army. "
          "The Oromo Liberation Army, which the government calls a terrorist group, denied it.",
          "", "2022-07-04");
  ASSERT_FALSE(x.incidents.empty());
  EXPECT_EQ(x.incidents[0].claimant.side, "Ethiopia");
  for (const auto& c : x.claims) EXPECT_NE(c.value, 1) << c.category;
}

// The words are written in the singular, which finds the plural too: "the separatist leaders
// said" is the separatists speaking.
TEST_F(InsurgencyWords, TheSingularFindsTheGroupsLeadersToo) {
  finder_.add("YAOUNDE", {town("Yaounde", "CM", 3.87, 11.52)});
  finder_.add("Cameroon", {town("Cameroon", "CM", 5.0, 12.0)});
  finder_.add("Bamenda", {town("Bamenda", "CM", 5.96, 10.15)});
  auto x =
      run("YAOUNDE, Cameroon (Reuters) - Anglophone separatists attacked a checkpoint near Bamenda "
          "on Tuesday, the army said. The separatist leaders said their fighters had killed 12 "
          "soldiers near Bamenda.",
          "", "2021-09-15");
  ASSERT_EQ(x.incidents.size(), 2u);
  EXPECT_EQ(x.incidents[1].claimant.side, "Ambazonian separatists");
}

}  // namespace
}  // namespace truce::extract
