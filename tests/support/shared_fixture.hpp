// Access to ../shared (seed reports, answer key, public corpora) for tests.
// Where ../shared is absent the test is skipped with a message; under CI=true it fails instead,
// because CI always has it and a silent skip there would hide a regression.
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>

namespace truce::testing {

// Returns the shared directory: $TRUCE_SHARED_DIR if set, else the one beside the checkout.
inline std::filesystem::path shared_dir() {
  if (const char* env = std::getenv("TRUCE_SHARED_DIR"); env && *env) return env;
  return TRUCE_SHARED_DIR;
}

inline bool running_in_ci() {
  const char* ci = std::getenv("CI");
  return ci && std::string(ci) == "true";
}

}  // namespace truce::testing

// Skips (or, under CI=true, fails) the current test when shared/<relative> does not exist.
#define TRUCE_REQUIRE_SHARED(relative)                                           \
  do {                                                                           \
    const auto truce_shared_path_ = ::truce::testing::shared_dir() / (relative); \
    if (!std::filesystem::exists(truce_shared_path_)) {                          \
      if (::truce::testing::running_in_ci())                                     \
        FAIL() << "CI=true but shared data is missing: " << truce_shared_path_;  \
      GTEST_SKIP() << "shared data not found (" << truce_shared_path_            \
                   << "); set TRUCE_SHARED_DIR to run this test";                \
    }                                                                            \
  } while (0)
