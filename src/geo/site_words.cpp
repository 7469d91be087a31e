// The site words list (site_words.hpp): reading it and finding a phrase after a name.
#include "geo/site_words.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <fstream>

#include "core/data_dir.hpp"

namespace truce::geo {
namespace {

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// True when `text` at `at` holds `phrase` (lower case, single spaces) in any case, ending at a
// non-letter.
bool phrase_at(std::string_view text, std::size_t at, std::string_view phrase) {
  if (at + phrase.size() > text.size()) return false;
  for (std::size_t i = 0; i < phrase.size(); ++i) {
    if (lower(text[at + i]) != phrase[i]) return false;
  }
  const std::size_t end = at + phrase.size();
  return end == text.size() ||
         !(is_ascii_letter(text[end]) || static_cast<unsigned char>(text[end]) >= 0x80);
}

}  // namespace

SiteWords::SiteWords(std::vector<SiteWord> words) : words_(std::move(words)) {
  std::stable_sort(words_.begin(), words_.end(), [](const SiteWord& a, const SiteWord& b) {
    return a.phrase.size() > b.phrase.size();
  });
}

Result<SiteWords> SiteWords::load(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) return make_error(path.string() + ": cannot read");
  std::vector<SiteWord> words;
  std::string line;
  bool header = true;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.empty() || line[0] == '#' || std::exchange(header, false)) continue;
    auto fail = [&](const std::string& what) {
      return make_error(fmt::format("{}:{}: {}", path.string(), n, what));
    };
    const auto tab = line.find('\t');
    if (tab == std::string::npos || line.find('\t', tab + 1) != std::string::npos) {
      return fail("expected 2 tab-separated columns: words, kind");
    }
    SiteWord w{line.substr(0, tab), PlaceKind::landmark};
    const auto kind = parse_place_kind(line.substr(tab + 1));
    if (!kind || *kind == PlaceKind::town || *kind == PlaceKind::district ||
        *kind == PlaceKind::region || *kind == PlaceKind::country || *kind == PlaceKind::area) {
      return fail("kind must be sector, landmark, crossing, base or airport");
    }
    w.kind = *kind;
    const bool clean = !w.phrase.empty() && w.phrase.front() != ' ' && w.phrase.back() != ' ' &&
                       w.phrase.find("  ") == std::string::npos &&
                       std::all_of(w.phrase.begin(), w.phrase.end(),
                                   [](char c) { return (c >= 'a' && c <= 'z') || c == ' '; });
    if (!clean) return fail("words must be lower-case letters separated by single spaces");
    words.push_back(std::move(w));
  }
  return SiteWords(std::move(words));
}

std::optional<SiteMatch> SiteWords::after(std::string_view text, std::size_t end) const {
  if (end >= text.size() || text[end] != ' ') return std::nullopt;
  for (const auto& w : words_) {  // longest first: "border crossing" before "crossing"
    if (phrase_at(text, end + 1, w.phrase)) {
      return SiteMatch{w.kind, end + 1 + w.phrase.size(), w.phrase, false};
    }
    if (phrase_at(text, end + 1, w.phrase + "s")) {
      return SiteMatch{w.kind, end + 2 + w.phrase.size(), w.phrase, true};
    }
  }
  return std::nullopt;
}

std::vector<std::string_view> SiteWords::phrases_for(PlaceKind kind) const {
  std::vector<std::string_view> out;
  for (const auto& w : words_) {
    if (same_site(w.kind, kind)) out.push_back(w.phrase);
  }
  return out;
}

std::filesystem::path default_site_words_path() {
  return data_dir() / "gazetteer" / "site_words.tsv";
}

}  // namespace truce::geo
