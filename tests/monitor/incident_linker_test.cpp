// Linking accounts of one incident across reports and claimants: compatible types, places
// within a precision-dependent distance, dates within their precision, agreeing actors; every
// link explained; analysts' merges and splits override the rules.
#include "monitor/incident_linker.hpp"

#include <gtest/gtest.h>

#include "monitor_test_support.hpp"

namespace truce::testing {
namespace {

using monitor::link_accounts;

std::vector<monitor::AccountGroup> link(const std::vector<monitor::Account>& accounts,
                                        const std::vector<monitor::PairDecision>& decisions = {}) {
  return link_accounts(accounts, decisions, knowledge().rules, knowledge().sides);
}

const geo::Place kTartar = town("Tartar", 40.34, 46.93, "AZ");
const geo::Place kBarda = town("Barda", 40.37, 47.13, "AZ");  // ~17 km from Tartar
const geo::Place kGanja = town("Ganja", 40.68, 46.36, "AZ");  // ~60 km from Tartar

TEST(IncidentLinker, TwoClaimantsOfOneStrikeAreOneIncidentWithTheLinkExplained) {
  const auto groups = link(
      {account({.report = 1, .claimant_side = "Armenia", .place = kTartar}),
       account(
           {.report = 2, .date = "2020-10-15", .claimant_side = "Azerbaijan", .place = kBarda})});
  ASSERT_EQ(groups.size(), 1u);
  ASSERT_EQ(groups[0].links.size(), 1u);
  const auto& check = groups[0].links[0].check;
  EXPECT_TRUE(check.linked);
  EXPECT_EQ(check.type, "same type");
  EXPECT_NE(check.place.find("km apart (within 25 km)"), std::string::npos) << check.place;
  EXPECT_EQ(check.actors, "actors agree");
  EXPECT_NE(check.date.find("overlap"), std::string::npos) << check.date;
}

TEST(IncidentLinker, PlacesBeyondTheirRadiusDatesApartOrOtherActorsStayApart) {
  EXPECT_EQ(
      link({account({.report = 1, .place = kTartar}), account({.report = 2, .place = kGanja})})
          .size(),
      2u);
  EXPECT_EQ(link({account({.report = 1, .date = "2020-10-10"}),
                  account({.report = 2, .date = "2020-10-14"})})
                .size(),
            2u);
  EXPECT_EQ(link({account({.report = 1}),
                  account({.report = 2, .actor1 = "Armenia", .actor2 = "Azerbaijan"})})
                .size(),
            2u);
  EXPECT_EQ(link({account({.report = 1}), account({.report = 2, .type = "protests"})}).size(), 2u);
}

TEST(IncidentLinker, ARegionLevelPlaceReachesFartherThanATown) {
  const geo::Place region = town("Tartar District", 40.45, 46.70, "AZ", 3);
  EXPECT_EQ(link({account({.report = 1, .place = kGanja}), account({.report = 2, .place = region})})
                .size(),
            1u);
}

TEST(IncidentLinker, APublicationDateReachesBackAFewDays) {
  EXPECT_EQ(link({account({.report = 1, .date = "2020-10-12"}),
                  account({.report = 2,
                           .date = "2020-10-15",
                           .date_rule = "publication",
                           .precision = DatePrecision::approximate})})
                .size(),
            1u);
  EXPECT_EQ(link({account({.report = 1, .date = "2020-10-16"}),
                  account({.report = 2,
                           .date = "2020-10-12",
                           .date_rule = "publication",
                           .precision = DatePrecision::approximate})})
                .size(),
            2u);
}

TEST(IncidentLinker, AClashEachSideBlamesOnTheOtherIsOneIncident) {
  const auto groups =
      link({account({.report = 1, .type = "battles", .actor1 = "Armenia", .actor2 = "Azerbaijan"}),
            account({.report = 2, .type = "battles", .claimant_side = "Armenia"})});
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_EQ(groups[0].links[0].check.actors, "the same two sides, each blaming the other");
}

TEST(IncidentLinker, AnalystsDecisionsOverrideTheRulesAndSurviveRenumbering) {
  auto a = account({.report = 1, .place = kTartar});
  auto b = account({.report = 2, .place = kGanja});
  EXPECT_EQ(link({a, b}, {{"merge", a.key, b.key}}).size(), 1u);

  auto c = account({.report = 3, .place = kBarda});
  EXPECT_EQ(link({a, c}).size(), 1u);
  EXPECT_EQ(link({a, c}, {{"split", c.key, a.key}}).size(), 2u);
  // Re-extraction renumbers facts; the key (report, trigger offset, type) does not change.
  c.incident.id = "7";
  c.ref = "3:7";
  EXPECT_EQ(monitor::account_key(3, c.incident), c.key);
  EXPECT_EQ(link({a, c}, {{"split", c.key, a.key}}).size(), 2u);
  // The later decision about a pair wins.
  EXPECT_EQ(link({a, c}, {{"split", c.key, a.key}, {"merge", a.key, c.key}}).size(), 1u);
}

}  // namespace
}  // namespace truce::testing
