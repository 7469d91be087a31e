// Bytes to UTF-8: byte-order marks, Latin-1, declared charsets, and what is refused.
#include "ingest/text_decoder.hpp"

#include <gtest/gtest.h>

namespace truce::ingest {
namespace {

using namespace std::string_literals;

TEST(TextDecoder, Utf8PassesThroughAndLosesItsBom) {
  auto d = decode_text("\xEF\xBB\xBFXank\xC9\x99ndi was shelled.");
  ASSERT_TRUE(d) << d.error().message;
  EXPECT_EQ(d->utf8, "Xank\xC9\x99ndi was shelled.");
  EXPECT_TRUE(d->warnings.empty());
}

TEST(TextDecoder, Utf16WithBomIsConvertedWithAWarning) {
  const std::string le = "\xFF\xFE"s + "G\0a\0n\0j\0a\0 \0\x59\x01"s;  // "Ganja ř"
  auto d = decode_text(le);
  ASSERT_TRUE(d) << d.error().message;
  EXPECT_EQ(d->utf8, "Ganja \xC5\x99");
  ASSERT_EQ(d->warnings.size(), 1u);
  EXPECT_NE(d->warnings[0].find("UTF-16LE"), std::string::npos);

  const std::string be = "\xFE\xFF"s + "\0T\0a\0r\0t\0a\0r"s;
  auto b = decode_text(be);
  ASSERT_TRUE(b) << b.error().message;
  EXPECT_EQ(b->utf8, "Tartar");
  EXPECT_NE(b->warnings.at(0).find("UTF-16BE"), std::string::npos);
}

TEST(TextDecoder, PlausibleLatin1IsDecodedWithAWarning) {
  auto d =
      decode_text("Le minist\xE8re a d\xE9\x63lar\xE9 que la ville a \xE9t\xE9 bombard\xE9\x65.");
  ASSERT_TRUE(d) << d.error().message;
  EXPECT_EQ(d->utf8,
            "Le minist\xC3\xA8re a d\xC3\xA9\x63lar\xC3\xA9 que la ville a \xC3\xA9t\xC3\xA9 "
            "bombard\xC3\xA9\x65.");
  ASSERT_EQ(d->warnings.size(), 1u);
  EXPECT_NE(d->warnings[0].find("Latin-1"), std::string::npos);
  EXPECT_NE(d->warnings[0].find("offset 9"), std::string::npos);
}

TEST(TextDecoder, DeclaredCharsetIsUsedForInvalidUtf8) {
  // "Степанакерт" in windows-1251: not UTF-8, not plausible Latin-1, but declared.
  const std::string cyrillic = "\xD1\xF2\xE5\xEF\xE0\xED\xE0\xEA\xE5\xF0\xF2";
  auto d = decode_text(cyrillic, "windows-1251");
  ASSERT_TRUE(d) << d.error().message;
  EXPECT_EQ(d->utf8,
            "\xD0\xA1\xD1\x82\xD0\xB5\xD0\xBF\xD0\xB0\xD0\xBD\xD0\xB0\xD0\xBA\xD0\xB5"
            "\xD1\x80\xD1\x82");
  EXPECT_NE(d->warnings.at(0).find("windows-1251"), std::string::npos);
  // Undeclared, the same bytes are a problem rather than mojibake.
  auto undeclared = decode_text(cyrillic);
  ASSERT_FALSE(undeclared);
  EXPECT_NE(undeclared.error().message.find("not valid UTF-8"), std::string::npos);
}

TEST(TextDecoder, EmptyAndBinaryInputAreRefused) {
  auto empty = decode_text("");
  ASSERT_FALSE(empty);
  EXPECT_EQ(empty.error().message, "empty file");
  auto elf = decode_text(
      "\x7f"
      "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0"s);
  ASSERT_FALSE(elf);
  EXPECT_NE(elf.error().message.find("binary"), std::string::npos);
  auto controls = decode_text("\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f abc"s);
  ASSERT_FALSE(controls);
  EXPECT_NE(controls.error().message.find("binary"), std::string::npos);
}

TEST(TextDecoder, FirstInvalidUtf8) {
  EXPECT_EQ(first_invalid_utf8("plain"), std::string_view::npos);
  EXPECT_EQ(first_invalid_utf8("ab\xC3"), 2u);         // truncated
  EXPECT_EQ(first_invalid_utf8("a\xC0\xAF"), 1u);      // overlong
  EXPECT_EQ(first_invalid_utf8("a\xED\xA0\x80"), 1u);  // surrogate
  EXPECT_EQ(first_invalid_utf8("\xE2\x80\x9Cq\xE2\x80\x9D"), std::string_view::npos);
}

TEST(TextDecoder, DeclaredCharsetIsFoundInMarkup) {
  EXPECT_EQ(declared_charset("<html><head><meta charset=\"Windows-1251\">"), "windows-1251");
  EXPECT_EQ(declared_charset("<meta http-equiv=\"Content-Type\" content=\"text/html; "
                             "charset=iso-8859-1\">"),
            "iso-8859-1");
  EXPECT_EQ(declared_charset("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), "utf-8");
  EXPECT_EQ(declared_charset("no markup"), "");
}

}  // namespace
}  // namespace truce::ingest
