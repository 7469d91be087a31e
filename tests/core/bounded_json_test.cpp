// JSON from outside is refused when nested deeper than anything real, before anything recurses.
#include "core/bounded_json.hpp"

#include <gtest/gtest.h>

#include <string>

namespace truce {
namespace {

std::string nested(std::size_t depth) { return std::string(depth, '[') + std::string(depth, ']'); }

TEST(BoundedJson, DepthCountsBracketsOutsideStrings) {
  EXPECT_EQ(json_depth("{}"), 1u);
  EXPECT_EQ(json_depth(R"({"a": [1, {"b": []}]})"), 4u);
  EXPECT_EQ(json_depth(R"({"a": "[[[[{{{{\"[["})"), 1u);
  EXPECT_EQ(json_depth("42"), 0u);
}

TEST(BoundedJson, AMillionLevelsAreRefusedWithoutParsing) {
  const std::string deep = nested(1'000'000);
  EXPECT_TRUE(parse_bounded_json(deep).is_discarded());
  EXPECT_TRUE(parse_bounded_json(nested(kMaxJsonDepth + 1)).is_discarded());
  EXPECT_FALSE(parse_bounded_json(nested(kMaxJsonDepth)).is_discarded());
  EXPECT_TRUE(parse_bounded_json("{not json").is_discarded());
  EXPECT_EQ(parse_bounded_json(R"({"datePublished": "2020-10-14"})")["datePublished"],
            "2020-10-14");
}

}  // namespace
}  // namespace truce
