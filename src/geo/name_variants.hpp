// Name variants across transliterations, per family of languages: rules (data/gazetteer/
// name_variants.tsv) that rewrite a folded name into its family's form, so that spellings of one
// name meet: "Bayt Lahiya" and "Beit Lahia", "Kharkov" and "Kharkiv", "Sam Roi Yot" and
// "Samroiyot", "Mardaan" and "Mardan". The gazetteer build indexes each place's names in the
// forms of the families its country belongs to; the finder looks a span up in every family's
// form and keeps the places of that family's countries.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace truce::geo {

struct VariantRule {
  // word: a whole word; prefix, suffix: the start or end of a word; infix: anywhere in a word;
  // drop: remove the word (an article) unless it is the whole name; join: remove the spaces.
  enum class Kind { word, prefix, suffix, infix, drop, join };
  Kind kind = Kind::word;
  std::vector<std::string> from;  // folded spellings
  std::string to;
  std::size_t line = 0;  // in the rules file, for explanations
};

struct VariantFamily {
  std::string name;                    // "arabic"
  std::vector<std::string> countries;  // ISO alpha-2 codes whose places take this family's forms
  std::vector<VariantRule> rules;      // in file order

  bool covers(std::string_view country) const;
  // Returns `folded` (fold_name) rewritten by the rules in order, doubled letters collapsed.
  std::string form(std::string_view folded) const;
};

class VariantRules {
 public:
  // Reads the rules file; a bad line is an Error "file:line: problem".
  static Result<VariantRules> load(const std::filesystem::path& path);

  const std::vector<VariantFamily>& families() const { return families_; }

 private:
  std::vector<VariantFamily> families_;
};

// Returns data_dir()/gazetteer/name_variants.tsv.
std::filesystem::path default_variant_rules_path();

}  // namespace truce::geo
