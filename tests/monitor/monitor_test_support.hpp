// Accounts for monitor tests, built by hand: an invented incident as one claimant tells it.
#pragma once

#include <gtest/gtest.h>

#include "core/data_dir.hpp"
#include "monitor/incidents.hpp"

namespace truce::testing {

inline const monitor::Knowledge& knowledge() {
  static const auto loaded = [] {
    auto k = monitor::load_knowledge(data_dir());
    EXPECT_TRUE(k) << k.error().message;
    return *k;
  }();
  return *loaded;
}

inline geo::Place town(const std::string& name, double lat, double lon, const std::string& cc,
                       int precision = 1) {
  return geo::Place{.id = "test:" + name,
                    .name = name,
                    .lat = lat,
                    .lon = lon,
                    .country = cc,
                    .precision = precision};
}

struct AccountSpec {
  int64_t report = 1;
  std::string fact = "1";
  std::string type = "explosions_remote_violence";
  std::string date = "2020-10-14";
  std::string date_rule = "yesterday";
  DatePrecision precision = DatePrecision::day;
  std::string claimant_side = "Azerbaijan";
  std::string actor1 = "Azerbaijan";
  std::string actor2 = "Armenia";
  std::optional<geo::Place> place;
  std::optional<long> fatalities;
  std::string source = "Al Jazeera";
  std::size_t trigger = 10;
};

inline monitor::Account account(const AccountSpec& s) {
  monitor::Account a;
  auto& x = a.incident;
  x.id = s.fact;
  x.type = s.type;
  x.date = extract::DateValue{s.date, s.date, s.precision, s.date_rule, {}};
  x.claimant = extract::Claimant{s.claimant_side + " claimant",
                                 s.claimant_side,
                                 s.claimant_side == "media" ? "media" : "military",
                                 {},
                                 ""};
  if (!s.actor1.empty()) x.actor1 = extract::ActorRef{s.actor1, s.actor1, "military", {}, ""};
  if (!s.actor2.empty()) x.actor2 = extract::ActorRef{s.actor2, s.actor2, "military", {}, ""};
  if (s.place) x.places.push_back(extract::PlaceRef{{}, s.place->name, s.place, ""});
  x.fatalities = s.fatalities;
  x.triggers = {extract::Span{s.trigger, s.trigger + 5}};
  a.origin = FactOrigin{s.report, s.report, s.date, s.source};
  a.ref = std::to_string(s.report) + ":" + s.fact;
  a.key = monitor::account_key(s.report, x);
  a.outlet = knowledge().sources.match(s.source, "", "");
  return a;
}

}  // namespace truce::testing
