// The fixture of the tests of extraction on reports of wars other than Karabakh (issue 8): a
// place finder that knows a handful of names, and the extractor with the project's lexicons.
// Every report in these tests is invented for the test.
#pragma once
#include <gtest/gtest.h>

#include <map>

#include "core/data_dir.hpp"
#include "extract/extractor.hpp"

namespace truce::extract {

// A place finder that knows a handful of names, each with its candidates in rank order: enough
// to give a report its geography without the gazetteer.
class FakeFinder : public geo::PlaceFinder {
 public:
  // `rule`: what found the mention, as the geocoder names it ("gazetteer:fuzzy").
  void add(const std::string& name, std::vector<geo::Place> candidates,
           const std::string& rule = "fake") {
    places_[name] = std::move(candidates);
    rules_[name] = rule;
  }
  std::vector<geo::PlaceMention> find(std::string_view text) const override {
    std::vector<geo::PlaceMention> out;
    for (const auto& [name, candidates] : places_) {
      for (auto at = text.find(name); at != std::string_view::npos; at = text.find(name, at + 1)) {
        geo::PlaceMention m{at, at + name.size(), name, geo::PlaceMatch{candidates.front()},
                            rules_.at(name)};
        out.push_back(m);
      }
    }
    std::sort(out.begin(), out.end(),
              [](const auto& a, const auto& b) { return a.begin < b.begin; });
    return out;
  }
  std::vector<geo::PlaceMatch> candidates(std::string_view name, std::string_view,
                                          std::size_t) const override {
    std::vector<geo::PlaceMatch> out;
    auto it = places_.find(std::string(name));
    if (it == places_.end()) return out;
    for (const auto& p : it->second) out.push_back(geo::PlaceMatch{p});
    return out;
  }

 private:
  std::map<std::string, std::vector<geo::Place>> places_;
  std::map<std::string, std::string> rules_;
};

inline geo::Place town(const std::string& name, const std::string& country, double lat,
                       double lon) {
  geo::Place p;
  p.id = "test:" + name + ":" + country;
  p.name = name;
  p.country = country;
  p.lat = lat;
  p.lon = lon;
  return p;
}

class WorldExtraction : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto e = Extractor::load(data_dir());
    ASSERT_TRUE(e) << e.error().message;
    extractor_ = new Extractor(std::move(*e));
  }
  static void TearDownTestSuite() { delete extractor_; }

  void SetUp() override {
    finder_.add("Kharkiv", {town("Kharkiv", "UA", 49.99, 36.23)});
    finder_.add("Kherson", {town("Kherson", "UA", 46.64, 32.61)});
    finder_.add("Nabatieh", {town("Nabatieh", "LB", 33.38, 35.48)});
    finder_.add("Khan Younis", {town("Khan Younis", "PS", 31.34, 34.31)});
    finder_.add("El Fasher", {town("El Fasher", "SD", 13.63, 25.35)});
    finder_.add("Muzaffarabad", {town("Muzaffarabad", "PK", 34.37, 73.47)});
    // A namesake far from the war ranks first; the right one is second.
    finder_.add("Martuni",
                {town("Martuni", "PH", 14.0, 121.0), town("Martuni", "AZ", 39.79, 47.11)});
  }

  Extraction run(const std::string& body, const std::string& title = "",
                 const char* published = "2025-06-20") {
    report_.body = body;
    report_.title = title;
    report_.published = ReportDate{published, DatePrecision::day};
    report_.source = "Test Wire";
    return extractor_->extract(report_, &finder_);
  }

  static inline Extractor* extractor_ = nullptr;
  FakeFinder finder_;
  Report report_;
};

inline const LossClaim* claim_of(const Extraction& x, const std::string& measure, double value) {
  for (const auto& c : x.claims) {
    if (c.measure == measure && c.value == value) return &c;
  }
  return nullptr;
}

inline const Incident* incident_at(const Extraction& x, const std::string& place) {
  for (const auto& inc : x.incidents)
    for (const auto& p : inc.places)
      if (p.place && p.place->name == place) return &inc;
  return nullptr;
}

// The ceasefire references of `x` that are agreements.
inline std::vector<CeasefireRef> agreements(const Extraction& x) {
  std::vector<CeasefireRef> out;
  for (const auto& c : x.ceasefires)
    if (c.kind == "agreement") out.push_back(c);
  return out;
}

}  // namespace truce::extract
