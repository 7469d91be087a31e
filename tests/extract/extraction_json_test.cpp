// The JSON form of extraction's types reads back to what was written: every field of an
// incident, claim, ceasefire reference and denial survives the store's round trip.
#include "extract/extraction_json.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace truce::extract {
namespace {

Claimant ministry() {
  return Claimant{"Ministry of Defence", "Armenia", "military", Span{4, 24}, "speech-verb"};
}

Incident full_incident() {
  Incident v;
  v.id = "3";
  v.type = "explosions_remote_violence";
  v.sub_event = "shelling_artillery_missile_attack";
  v.plover = "ATTACK";
  v.actor1 = ActorRef{"Azerbaijani forces", "Azerbaijan", "military", Span{30, 48}, "subject"};
  v.actor2 = ActorRef{"residents", "civilians", "civilians", Span{60, 69}, "object"};
  for (int i = 0; i < 2; ++i) {
    PlaceRef p;
    p.span = Span{static_cast<std::size_t>(80 + i * 10), static_cast<std::size_t>(86 + i * 10)};
    p.mention = i == 0 ? "Martuni" : "Stepanakert";
    p.rule = "gazetteer:exact";
    p.place = geo::Place{.id = "geonames:" + std::to_string(i),
                         .name = p.mention,
                         .lat = 39.79 + i,
                         .lon = 47.11 - i,
                         .country = "AZ",
                         .precision = 1 + i};
    if (i == 1) p.place->kind = geo::PlaceKind::sector;  // "the Stepanakert sector"
    v.places.push_back(p);
  }
  v.places.push_back(PlaceRef{Span{100, 106}, "Nowhere", std::nullopt, "gazetteer:unknown"});
  v.date = DateValue{"2020-10-14", "2020-10-15", DatePrecision::approximate, "recent-days",
                     Span{110, 119}};
  v.fatalities = 3;
  v.injuries = 5;
  v.claimant = ministry();
  v.evidence = {Span{0, 120}};
  v.triggers = {Span{49, 56}};
  v.confidence = 0.75;
  v.provenance = {{"type", "event_patterns.tsv:25"}};
  return v;
}

template <typename T>
nlohmann::json round_trip(const T& value) {
  const nlohmann::json written = value;
  return nlohmann::json(written.get<T>());
}

TEST(ExtractionJson, IncidentWithEveryFieldAndEveryPlaceRoundTrips) {
  const Incident v = full_incident();
  EXPECT_EQ(round_trip(v), nlohmann::json(v));
  const Incident back = nlohmann::json(v).get<Incident>();
  ASSERT_EQ(back.places.size(), 3u);
  EXPECT_EQ(back.places[1].place->name, "Stepanakert");
  EXPECT_EQ(back.places[1].place->precision, 2);
  EXPECT_EQ(back.places[1].place->kind, geo::PlaceKind::sector);
  EXPECT_EQ(nlohmann::json(v)["places"][1]["place"]["kind"], "sector");
  EXPECT_EQ(nlohmann::json(v)["places"][0]["place"]["kind"], "town");
  EXPECT_FALSE(back.places[2].place.has_value());
  // An extraction stored before places had a kind reads back as a town.
  nlohmann::json old = nlohmann::json(v);
  old["places"][1]["place"].erase("kind");
  EXPECT_EQ(old.get<Incident>().places[1].place->kind, geo::PlaceKind::town);
}

TEST(ExtractionJson, IncidentWithoutActorsOrFiguresRoundTrips) {
  Incident v = full_incident();
  v.actor1.reset();
  v.actor2.reset();
  v.fatalities.reset();
  v.injuries.reset();
  v.date = DateValue{};
  const Incident back = nlohmann::json(v).get<Incident>();
  EXPECT_FALSE(back.actor1 || back.actor2 || back.fatalities || back.injuries);
  EXPECT_EQ(nlohmann::json(back), nlohmann::json(v));
}

TEST(ExtractionJson, ClaimCeasefireAndDenialRoundTrip) {
  LossClaim claim;
  claim.id = "2";
  claim.claimant = ministry();
  claim.about = "Azerbaijan";
  claim.category = "tanks";
  claim.measure = "destroyed";
  claim.value = 241;
  claim.qualifier = "more_than";
  claim.system = "T-72";
  claim.as_of = DateValue{"2020-10-20", "2020-10-20", DatePrecision::day, "publication", {}};
  claim.cumulative = true;
  claim.evidence = Span{0, 50};
  claim.item = Span{10, 20};
  claim.provenance = {{"category", "equipment.tsv:4"}};
  EXPECT_EQ(round_trip(claim), nlohmann::json(claim));

  CeasefireRef ceasefire;
  ceasefire.id = "1";
  ceasefire.kind = "agreement";
  ceasefire.claimant = ministry();
  ceasefire.date = DateValue{"2020-10-10"};
  ceasefire.effective = DateValue{"2020-10-11"};
  ceasefire.evidence = Span{0, 9};
  ceasefire.cue = Span{2, 6};
  ceasefire.mentions = {Span{0, 9}, Span{40, 60}};
  EXPECT_EQ(round_trip(ceasefire), nlohmann::json(ceasefire));
  EXPECT_EQ(nlohmann::json(ceasefire).get<CeasefireRef>().mentions.size(), 2u);
  ceasefire.date.reset();
  ceasefire.effective.reset();
  EXPECT_FALSE(nlohmann::json(ceasefire).get<CeasefireRef>().date.has_value());

  Denial denial{"1", ministry(), Span{5, 9}, Span{0, 20}, "3"};
  EXPECT_EQ(round_trip(denial), nlohmann::json(denial));
}

TEST(ExtractionJson, AValueOfTheWrongTypeIsAnError) {
  nlohmann::json j = nlohmann::json(full_incident());
  j["fatalities"] = "three";
  EXPECT_THROW(j.get<Incident>(), nlohmann::json::exception);
}

}  // namespace
}  // namespace truce::extract
