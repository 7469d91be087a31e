// See markup_depth.hpp. A single pass over the bytes, no allocation beyond a tag name.
#include "ingest/markup_depth.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace truce::ingest {
namespace {

// Elements that never hold content, or whose end tag HTML lets a page leave out.
bool never_nests(std::string_view name) {
  static constexpr std::array<std::string_view, 44> kNames = {
      "area",  "base",   "basefont", "bgsound",  "br",       "col",     "command", "embed",
      "frame", "hr",     "image",    "img",      "input",    "isindex", "keygen",  "link",
      "meta",  "nextid", "param",    "source",   "spacer",   "track",   "wbr",     "p",
      "li",    "dt",     "dd",       "option",   "optgroup", "tr",      "td",      "th",
      "thead", "tbody",  "tfoot",    "colgroup", "caption",  "rb",      "rt",      "rp",
      "rtc",   "html",   "head",     "body"};
  return std::find(kNames.begin(), kNames.end(), name) != kNames.end();
}

// Elements whose content is text up to their end tag, whatever it looks like.
bool raw_text(std::string_view name) {
  return name == "script" || name == "style" || name == "textarea" || name == "title" ||
         name == "xmp" || name == "iframe" || name == "noembed" || name == "noframes";
}

bool name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == ':' || c == '_';
}

// Finds `</name` case-insensitively from `pos`; npos when absent.
std::size_t find_end_tag(std::string_view html, std::string_view name, std::size_t pos) {
  while ((pos = html.find("</", pos)) != std::string_view::npos) {
    std::size_t k = 0;
    while (k < name.size() && pos + 2 + k < html.size() &&
           std::tolower(static_cast<unsigned char>(html[pos + 2 + k])) == name[k]) {
      ++k;
    }
    if (k == name.size()) return pos;
    pos += 2;
  }
  return std::string_view::npos;
}

}  // namespace

std::size_t html_depth(std::string_view html, std::size_t stop_at) {
  std::size_t depth = 0;
  std::size_t deepest = 0;
  std::size_t pos = 0;
  std::size_t foreign_from = 0;  // the depth of the open <svg> or <math>, 0 outside them
  std::string name;
  while ((pos = html.find('<', pos)) != std::string_view::npos) {
    const std::string_view rest = html.substr(pos);
    if (rest.starts_with("<!--")) {
      const std::size_t end = html.find("-->", pos + 4);
      if (end == std::string_view::npos) break;
      pos = end + 3;
      continue;
    }
    const bool closing = rest.starts_with("</");
    std::size_t i = pos + (closing ? 2 : 1);
    if (i >= html.size() || !std::isalpha(static_cast<unsigned char>(html[i]))) {
      pos = i;  // "<!DOCTYPE", "<?xml", a lone "<" in text
      continue;
    }
    name.clear();
    while (i < html.size() && name_char(html[i])) {
      name += static_cast<char>(std::tolower(static_cast<unsigned char>(html[i++])));
    }
    const std::size_t close = html.find('>', i);
    if (close == std::string_view::npos) break;
    pos = close + 1;
    if (never_nests(name)) continue;
    if (closing) {
      if (depth > 0) --depth;
      if (depth < foreign_from) foreign_from = 0;
      continue;
    }
    // A self-closing slash closes an element only inside SVG and MathML; HTML ignores it.
    if (html[close - 1] == '/' && foreign_from > 0) continue;
    if (raw_text(name)) {
      const std::size_t end = find_end_tag(html, name, pos);
      if (end == std::string_view::npos) break;
      pos = end;
      continue;
    }
    deepest = std::max(deepest, ++depth);
    if (foreign_from == 0 && (name == "svg" || name == "math")) foreign_from = depth;
    if (deepest >= stop_at) break;
  }
  return deepest;
}

}  // namespace truce::ingest
