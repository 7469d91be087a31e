// Transliteration families' name forms; see name_variants.hpp and data/gazetteer/README.md.
#include "geo/name_variants.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <optional>

#include "core/data_dir.hpp"
#include "geo/name_key.hpp"

namespace truce::geo {
namespace {

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  for (std::size_t b = 0; b <= s.size();) {
    const std::size_t e = std::min(s.find(sep, b), s.size());
    out.emplace_back(s.substr(b, e - b));
    b = e + 1;
  }
  return out;
}

std::vector<std::string> words_of(std::string_view folded) {
  std::vector<std::string> words;
  for (auto& w : split(folded, ' ')) {
    if (!w.empty()) words.push_back(std::move(w));
  }
  return words;
}

void rewrite_word(const VariantRule& r, std::string& w) {
  using K = VariantRule::Kind;
  for (const auto& f : r.from) {
    switch (r.kind) {
      case K::word:
        if (w == f) w = r.to;
        break;
      case K::prefix:
        if (w.starts_with(f)) w = r.to + w.substr(f.size());
        break;
      case K::suffix:
        if (w.ends_with(f) && w.size() > f.size()) w = w.substr(0, w.size() - f.size()) + r.to;
        break;
      case K::infix:
        for (std::size_t at = w.find(f); at != std::string::npos; at = w.find(f, at + r.to.size()))
          w.replace(at, f.size(), r.to);
        break;
      default:
        break;
    }
  }
}

std::optional<VariantRule::Kind> kind_of(std::string_view s) {
  static const std::map<std::string_view, VariantRule::Kind> kKinds{
      {"word", VariantRule::Kind::word},     {"prefix", VariantRule::Kind::prefix},
      {"suffix", VariantRule::Kind::suffix}, {"infix", VariantRule::Kind::infix},
      {"drop", VariantRule::Kind::drop},     {"join", VariantRule::Kind::join}};
  const auto it = kKinds.find(s);
  if (it == kKinds.end()) return std::nullopt;
  return it->second;
}

}  // namespace

bool VariantFamily::covers(std::string_view country) const {
  return std::find(countries.begin(), countries.end(), country) != countries.end();
}

std::string VariantFamily::form(std::string_view folded) const {
  auto words = words_of(folded);
  bool join = false;
  for (const auto& r : rules) {
    if (r.kind == VariantRule::Kind::join) {
      join = true;
    } else if (r.kind == VariantRule::Kind::drop) {
      if (words.size() < 2) continue;
      std::vector<std::string> kept;
      for (auto& w : words) {
        if (std::find(r.from.begin(), r.from.end(), w) == r.from.end()) kept.push_back(w);
      }
      if (!kept.empty()) words = std::move(kept);
    } else {
      for (auto& w : words) rewrite_word(r, w);
    }
  }
  std::string out;
  for (const auto& w : words) {
    if (w.empty()) continue;
    if (!out.empty() && !join) out += ' ';
    out += w;
  }
  // Doubled letters are a transliteration choice ("Hanoun"/"Hanun" after ou -> u, "Tall").
  out.erase(std::unique(out.begin(), out.end(), [](char a, char b) { return a == b && a != ' '; }),
            out.end());
  return out;
}

Result<VariantRules> VariantRules::load(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) return make_error(path.string() + ": cannot read");
  VariantRules rules;
  std::map<std::string, std::size_t> index;
  std::string line;
  std::size_t line_no = 0;
  auto fail = [&](std::string_view what) {
    return make_error(fmt::format("{}:{}: {}", path.string(), line_no, what));
  };
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    const auto f = split(line, '\t');
    if (f[0] == "family") {
      if (f.size() < 3 || f[1].empty()) return fail("a family line needs a name and countries");
      VariantFamily fam;
      fam.name = f[1];
      for (auto& cc : words_of(f[2])) {
        if (cc.size() != 2) return fail(fmt::format("\"{}\" is no ISO alpha-2 country code", cc));
        std::transform(cc.begin(), cc.end(), cc.begin(), ::toupper);
        fam.countries.push_back(cc);
      }
      index[fam.name] = rules.families_.size();
      rules.families_.push_back(std::move(fam));
      continue;
    }
    const auto fam = index.find(f[0]);
    if (fam == index.end()) return fail(fmt::format("unknown family \"{}\"", f[0]));
    if (f.size() < 2) return fail("a rule needs a kind");
    const auto kind = kind_of(f[1]);
    if (!kind) return fail(fmt::format("unknown rule kind \"{}\"", f[1]));
    VariantRule r;
    r.kind = *kind;
    r.line = line_no;
    if (r.kind != VariantRule::Kind::join) {
      if (f.size() < 3 || f[2].empty()) return fail("a rule needs the spellings it rewrites");
      for (const auto& s : split(f[2], '|')) {
        std::string key = fold_name(s);
        if (key.empty()) return fail(fmt::format("empty spelling in \"{}\"", f[2]));
        r.from.push_back(std::move(key));
      }
      if (f.size() >= 4) r.to = fold_name(f[3]);
      const bool needs_to = r.kind != VariantRule::Kind::drop;
      if (needs_to && f.size() < 4) return fail("a rewrite needs what it writes (4th column)");
    }
    rules.families_[fam->second].rules.push_back(std::move(r));
  }
  return rules;
}

std::filesystem::path default_variant_rules_path() {
  return data_dir() / "gazetteer" / "name_variants.tsv";
}

}  // namespace truce::geo
