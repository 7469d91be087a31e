// Everything stored is valid UTF-8; raw bytes travel as base64 in JSON.
#include "core/utf8.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace truce {
namespace {

TEST(Utf8, RepairReplacesEachBadByteAndKeepsGoodText) {
  EXPECT_EQ(repair_utf8("Stepanakert"), "Stepanakert");
  EXPECT_EQ(repair_utf8("Степанакерт"), "Степанакерт");
  EXPECT_EQ(repair_utf8("a\xFF"
                        "b"),
            "a\xEF\xBF\xBD"
            "b");
  EXPECT_EQ(repair_utf8("caf\xE9"), "caf\xEF\xBF\xBD");                            // Latin-1 é
  EXPECT_EQ(repair_utf8("\xC0\xAF"), "\xEF\xBF\xBD\xEF\xBF\xBD");                  // overlong
  EXPECT_EQ(repair_utf8("x\xE2\x80"), "x\xEF\xBF\xBD\xEF\xBF\xBD");                // truncated
  EXPECT_EQ(repair_utf8("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
}

TEST(Utf8, RepairedTextIsAcceptedByJsonOutput) {
  const std::string title = "Shelling \xFF near Tartar";
  nlohmann::json bad = {{"title", title}};
  EXPECT_THROW((void)bad.dump(), nlohmann::json::type_error);
  nlohmann::json good = {{"title", repair_utf8(title)}};
  EXPECT_EQ(good.dump(), "{\"title\":\"Shelling \xEF\xBF\xBD near Tartar\"}");
  EXPECT_TRUE(is_valid_utf8(repair_utf8(std::string("\x80\x81\xFE\xFF", 4))));
}

TEST(Utf8, Base64OfRawBytes) {
  EXPECT_EQ(base64(""), "");
  EXPECT_EQ(base64("f"), "Zg==");
  EXPECT_EQ(base64("fo"), "Zm8=");
  EXPECT_EQ(base64("foo"), "Zm9v");
  EXPECT_EQ(base64("foobar"), "Zm9vYmFy");
  EXPECT_EQ(base64("caf\xE9\xFF"), "Y2Fm6f8=");
}

}  // namespace
}  // namespace truce
