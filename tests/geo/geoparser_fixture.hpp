// One Geoparser shared by the geo tests (loading it once keeps the suite fast). Where the index
// has not been built (no `npm ci`), tests skip with a message; under CI=true they fail.
#pragma once

#include <gtest/gtest.h>

#include <memory>

#include "geo/geoparser.hpp"
#include "shared_fixture.hpp"

namespace truce::testing {

inline const geo::Geoparser* shared_geoparser(bool demonyms = false) {
  static std::unique_ptr<geo::Geoparser> plain, with_demonyms;
  static std::string error;
  auto& slot = demonyms ? with_demonyms : plain;
  if (!slot) {
    auto loaded = geo::load_geoparser({}, geo::GeoparserOptions{demonyms});
    if (!loaded) {
      error = loaded.error().message;
      return nullptr;
    }
    slot = std::move(*loaded);
  }
  return slot.get();
}

}  // namespace truce::testing

#define TRUCE_REQUIRE_GEOPARSER(var)                                                      \
  const ::truce::geo::Geoparser* var = ::truce::testing::shared_geoparser();              \
  if (var == nullptr) {                                                                   \
    if (::truce::testing::running_in_ci()) FAIL() << "gazetteer index missing under CI";  \
    GTEST_SKIP() << "gazetteer index not built (run `npm ci` and build truce_gazetteer)"; \
  }
