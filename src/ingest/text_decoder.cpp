// Byte-level decoding with ICU converters. Detection is deliberately simple and deterministic:
// byte-order marks, then UTF-8 validity, then the declared charset, then Latin-1 if the bytes
// look like Western text; anything else is a problem rather than a guess.
#include "ingest/text_decoder.hpp"

#include <unicode/ucnv.h>

#include <algorithm>
#include <cctype>
#include <memory>

namespace truce::ingest {
namespace {

bool starts_with_bytes(std::string_view s, std::string_view prefix) {
  return s.starts_with(prefix);
}

// Converts `bytes` from `charset` to UTF-8 with ICU; fails when ICU does not know the charset or
// the bytes contain sequences illegal in it.
Result<std::string> convert(std::string_view bytes, const char* charset) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, void (*)(UConverter*)> from(ucnv_open(charset, &status), ucnv_close);
  if (U_FAILURE(status)) return make_error(std::string("unknown charset ") + charset);
  // Stop on illegal input instead of inserting substitution characters silently.
  ucnv_setToUCallBack(from.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  std::unique_ptr<UConverter, void (*)(UConverter*)> to(ucnv_open("UTF-8", &status), ucnv_close);
  if (U_FAILURE(status)) return make_error("cannot open the UTF-8 converter");
  std::string out(bytes.size() * 4 + 16, '\0');
  char* target = out.data();
  const char* source = bytes.data();
  ucnv_convertEx(to.get(), from.get(), &target, out.data() + out.size(), &source,
                 bytes.data() + bytes.size(), nullptr, nullptr, nullptr, nullptr, true, true,
                 &status);
  if (U_FAILURE(status)) {
    return make_error(std::string("bytes not valid in ") + charset + " at offset " +
                      std::to_string(source - bytes.data()));
  }
  out.resize(target - out.data());
  return out;
}

// Counts control characters other than tab, line feed, form feed and carriage return.
std::size_t control_chars(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return (u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f') || u == 0x7f;
  }));
}

// Latin-1 is plausible when the text is mostly ASCII with a sprinkling of accented letters and
// avoids the bytes windows-1252 leaves undefined. Cyrillic or Greek in a legacy charset fails the
// first test, which is the point: decoding it as Latin-1 would produce mojibake, not text.
bool plausible_latin1(std::string_view s) {
  std::size_t high = 0;
  std::size_t letters = 0;
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (u == 0x81 || u == 0x8d || u == 0x8f || u == 0x90 || u == 0x9d) return false;
    if (u >= 0x80) ++high;
    if (u >= 0x80 || std::isalpha(u)) ++letters;
  }
  return letters > 0 && high * 4 <= letters;  // at most a quarter of the letters accented
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

}  // namespace

namespace {

// The value after `key` in `text` ("charset=", "encoding="), lower-cased; empty if none.
std::string value_after(std::string_view text, std::string_view key) {
  auto pos = text.find(key);
  if (pos == std::string_view::npos) return {};
  pos += key.size();
  while (pos < text.size() && (text[pos] == '"' || text[pos] == '\'' || text[pos] == ' ')) ++pos;
  std::string name;
  while (pos < text.size() && (std::isalnum(static_cast<unsigned char>(text[pos])) ||
                               text[pos] == '-' || text[pos] == '_' || text[pos] == ':')) {
    name += text[pos++];
  }
  return name;
}

}  // namespace

std::string declared_charset(std::string_view bytes) {
  const std::string head = lower(std::string(bytes.substr(0, 2048)));
  // Only the places a format declares its charset count: an XML declaration at the very start,
  // or a <meta> tag. "charset=" in prose or a script says nothing about the document's bytes.
  std::size_t start = head.starts_with("\xef\xbb\xbf") ? 3 : 0;
  while (start < head.size() && std::isspace(static_cast<unsigned char>(head[start]))) ++start;
  if (head.compare(start, 5, "<?xml") == 0) {
    const std::size_t end = head.find("?>", start);
    if (end != std::string::npos) {
      return value_after(std::string_view(head).substr(start, end - start), "encoding=");
    }
  }
  for (std::size_t pos = 0; (pos = head.find("<meta", pos)) != std::string::npos;) {
    const std::size_t end = head.find('>', pos);
    if (end == std::string::npos) break;
    std::string name = value_after(std::string_view(head).substr(pos, end - pos), "charset=");
    if (!name.empty()) return name;
    pos = end;
  }
  return {};
}

Result<DecodedText> decode_text(std::string_view bytes, std::string_view declared) {
  if (bytes.empty()) return make_error("empty file");
  DecodedText out;
  // Byte-order marks first: UTF-32 LE before UTF-16 LE, because its mark begins with UTF-16's.
  struct Bom {
    std::string_view mark;
    const char* charset;
  };
  static const Bom kBoms[] = {{std::string_view("\xff\xfe\0\0", 4), "UTF-32LE"},
                              {std::string_view("\0\0\xfe\xff", 4), "UTF-32BE"},
                              {"\xff\xfe", "UTF-16LE"},
                              {"\xfe\xff", "UTF-16BE"}};
  for (const auto& bom : kBoms) {
    if (!starts_with_bytes(bytes, bom.mark)) continue;
    auto text = convert(bytes.substr(bom.mark.size()), bom.charset);
    if (!text)
      return make_error("has a " + std::string(bom.charset) + " byte-order mark but " +
                        text.error().message);
    out.utf8 = std::move(*text);
    out.warnings.push_back(std::string("decoded from ") + bom.charset + " (byte-order mark)");
    if (control_chars(out.utf8) > 0 || out.utf8.find('\0') != std::string::npos) {
      return make_error("binary data (control characters after " + std::string(bom.charset) +
                        " decoding); not a text report");
    }
    return out;
  }
  if (starts_with_bytes(bytes, "\xef\xbb\xbf")) bytes.remove_prefix(3);
  if (bytes.find('\0') != std::string_view::npos) {
    return make_error(
        "binary data (NUL bytes); not a text report (UTF-16 needs a byte-order mark)");
  }
  // A few stray control characters occur in scraped text; many mean a binary format.
  if (control_chars(bytes) * 100 > bytes.size() + 100) {
    return make_error("binary data (control characters); not a text report");
  }
  const std::size_t bad = first_invalid_utf8(bytes);
  if (bad == std::string_view::npos) {
    out.utf8 = std::string(bytes);
    return out;
  }
  const std::string charset = lower(std::string(declared));
  const bool declared_other = !charset.empty() && charset != "utf-8" && charset != "utf8";
  if (declared_other) {
    if (auto text = convert(bytes, charset.c_str())) {
      out.utf8 = std::move(*text);
      out.warnings.push_back("not valid UTF-8; decoded as " + charset + " (declared)");
      return out;
    }
  }
  if (plausible_latin1(bytes)) {
    // windows-1252 is Latin-1 plus printable characters where Latin-1 has C1 controls; pages
    // labelled Latin-1 use them (curly quotes, dashes) in practice.
    auto text = convert(bytes, "windows-1252");
    if (text) {
      out.utf8 = std::move(*text);
      out.warnings.push_back("not valid UTF-8 (first bad byte at offset " + std::to_string(bad) +
                             "); decoded as Latin-1 (windows-1252)");
      return out;
    }
  }
  return make_error("not valid UTF-8 (first bad byte at offset " + std::to_string(bad) +
                    ") and not plausible as Latin-1; convert it to UTF-8 first (e.g. with iconv)");
}

}  // namespace truce::ingest
