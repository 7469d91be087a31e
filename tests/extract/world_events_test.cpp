// Incidents in the shapes wires of other wars tell them (issue 8, session 7): what a party
// destroyed, ... Every report here is invented for the test.
#include "world_fixture.hpp"

namespace truce::extract {
namespace {

using WorldEvents = WorldExtraction;

TEST_F(WorldEvents, DestroyingMaterielAtATownIsAClash) {
  auto x =
      run("Its fighters destroyed two tanks and an armoured vehicle near Kharkiv on Monday, "
          "the brigade said.");
  ASSERT_EQ(x.incidents.size(), 1u);
  EXPECT_EQ(x.incidents[0].type, "battles");
  ASSERT_FALSE(x.incidents[0].places.empty());
  EXPECT_EQ(x.incidents[0].places[0].place->name, "Kharkiv");
}

TEST_F(WorldEvents, ATallyOfDestroyedMaterielIsNoIncident) {
  // No town or site: the totals of a tally, which are claims only.
  auto x =
      run("The Russian defence ministry said its forces had destroyed 40 tanks and 12 "
          "armoured vehicles since the start of the month.");
  EXPECT_TRUE(x.incidents.empty());
  EXPECT_FALSE(x.claims.empty());
}

TEST_F(WorldEvents, DestroyingPeopleOrDronesIsNoMaterielClash) {
  // Drones destroyed in the air are an interception; houses are not materiel.
  auto x = run("Air defences destroyed nine drones over Kharkiv overnight, the air force said.");
  EXPECT_TRUE(x.incidents.empty());
}

TEST_F(WorldEvents, WhatAnAttackDestroyedIsNoOtherIncident) {
  auto x = run("The strikes destroyed an air defence system near Kharkiv, the army said.");
  EXPECT_TRUE(x.incidents.empty());
}

}  // namespace
}  // namespace truce::extract
