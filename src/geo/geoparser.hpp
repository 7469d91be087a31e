// Entry point of the geocoder for the rest of truce:
//
//   auto finder = truce::geo::load_geoparser();          // Result<std::unique_ptr<Geoparser>>
//   if (!finder) return finder.error();
//   for (const PlaceMention& m : (*finder)->find(report.body)) { ... m.match->place ... }
//
// load_geoparser reads the gazetteer index (data/generated/gazetteer.tsv, built from the npm data
// packages by the truce_gazetteer target) and the word lists of GeoparserWords. A Geoparser is
// immutable and thread-safe; load it once and call find() once per document, because the whole
// document is the context that ranks candidates (its focus countries, its other places).
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/result.hpp"
#include "geo/gazetteer.hpp"
#include "geo/name_variants.hpp"
#include "geo/place.hpp"
#include "geo/rank_model.hpp"
#include "geo/scan.hpp"
#include "geo/site_words.hpp"

namespace truce::geo {

struct GeoparserOptions {
  // Also report demonyms ("Armenian" -> Armenia), as the TR-News and GeoWebNews keys count them.
  // Off by default: an "Armenian army" is not an incident place.
  bool demonyms = false;
  // The ranking model; unset: data/gazetteer/rank_model.tsv. Set by the ranker's training.
  std::optional<RankModel> rank_model;
};

// The word lists (each folded, fold_name) and the ranking model the finder reads at start-up.
struct GeoparserWords {
  // data/gazetteer/not_places.txt: words that never form a one-word place mention.
  std::set<std::string> not_places;
  // data/gazetteer/landmark_words.txt: never the place named inside an unknown landmark's name.
  std::set<std::string> landmark_words;
  // data/gazetteer/street_words.txt: a name with one is a street, its namesake town elsewhere.
  std::set<std::string> street_words;
  // data/gazetteer/name_elements.txt: first words of multi-word names ("Beit", "Phu") that
  // never name a place alone before another capitalised word.
  std::set<std::string> name_elements;
  // The names of data/armed_groups.tsv: an organisation is never a place ("Hamas targets").
  std::set<std::string> organisations;
  // data/gazetteer/name_variants.tsv: each transliteration family's name forms.
  VariantRules variant_rules;
  // data/gazetteer/rank_model.tsv: the learned ranker's weights.
  RankModel rank_model;
  // data/gazetteer/site_words.tsv: words that name a site after a place name ("sector").
  SiteWords site_words;
};

// One given span's candidates as ranking saw them, for training the ranker: each candidate it
// may choose (the ones no rule ruled out), with its place and features.
struct RankingCase {
  std::vector<std::pair<Place, Features>> candidates;
};

class Geoparser : public PlaceFinder {
 public:
  Geoparser(std::shared_ptr<const Gazetteer> gazetteer, GeoparserWords words,
            GeoparserOptions options = {});

  // Returns the place mentions of `text` in text order, each resolved where a candidate is good
  // enough. Never fails; an empty text gives no mentions.
  std::vector<PlaceMention> find(std::string_view text) const override;

  // Returns one mention per given [begin, end) span of `text` (e.g. an answer key's toponyms),
  // resolved with the whole text as context. A span the index does not know resolves to a place
  // named inside it ("Colorado State University" -> Colorado; rule "gazetteer:part"), else to
  // the document's main place (rule "gazetteer:fallback"); `match` is nullopt only when the
  // document names no place at all.
  std::vector<PlaceMention> resolve(
      std::string_view text, const std::vector<std::pair<std::size_t, std::size_t>>& spans) const;

  // Returns the ranked candidates for a bare name, best first, at most `limit`; `near_country`
  // (ISO alpha-2, may be empty) acts as the focus country. For `truce geocode`.
  std::vector<PlaceMatch> candidates(std::string_view name, std::string_view near_country,
                                     std::size_t limit) const override;

  // resolve()'s ranking of each given span, for training the ranker (src/eval).
  std::vector<RankingCase> ranking_cases(
      std::string_view text, const std::vector<std::pair<std::size_t, std::size_t>>& spans) const;

  const Gazetteer& gazetteer() const { return *gazetteer_; }

 private:
  struct Candidate;
  struct Span;
  struct Context;
  std::vector<Span> given_spans(
      std::string_view text, const std::vector<std::pair<std::size_t, std::size_t>>& given) const;
  void score_names(Span& span) const;
  void apply_precedence(Span& span, double Candidate::*score) const;
  void score_in_context(const Context& context, std::size_t i, Span& span,
                        std::string_view near) const;
  std::vector<const Candidate*> fallbacks(const std::vector<Span>& spans,
                                          const std::vector<const Candidate*>& chosen,
                                          std::size_t first_reported,
                                          const std::vector<long>& top) const;
  std::vector<Candidate> lookup(std::string_view text, const Span& span, bool gold) const;
  std::vector<Candidate> lookup_part(std::string_view text, const Span& span) const;
  std::vector<Candidate> lookup_site(std::string_view text, const Span& span,
                                     const SiteMatch& site) const;
  void mark_listed_sites(std::string_view text, std::vector<Span>& spans, const Span& last) const;
  bool site_astray(const Span& span, const Candidate& c, double others, double nearest) const;
  PlaceMatch match_of(const Span& span, const Candidate& c) const;
  // One line: how the candidate's match and rank came about (PlaceMatch::why).
  std::string why_of(const Candidate& c) const;
  std::vector<PlaceMention> rank(std::string_view text, std::vector<Span>& spans,
                                 std::size_t first_reported, std::string_view near) const;
  std::vector<Span> detect(std::string_view text) const;
  // "southern Lebanon": the span from the direction word before token i, where the index knows it.
  bool directional_part(std::string_view text, const std::vector<Token>& tokens, std::size_t i,
                        std::size_t ext, Span& out) const;
  bool cuts_a_longer_name(std::string_view text, const std::vector<Token>& tokens, std::size_t i,
                          std::size_t n, const std::vector<Candidate>& candidates) const;

  std::shared_ptr<const Gazetteer> gazetteer_;
  std::set<std::string> not_places_;
  std::set<std::string> landmark_words_;
  std::set<std::string> street_words_;
  std::set<std::string> name_elements_;
  std::set<std::string> organisations_;
  VariantRules variant_rules_;
  RankModel model_;
  SiteWords site_words_;
  GeoparserOptions options_;
};

// Returns a Geoparser over the index at `index` (default_gazetteer_path() when empty), or the
// Error of a missing, stale or corrupt index.
Result<std::unique_ptr<Geoparser>> load_geoparser(const std::filesystem::path& index = {},
                                                  GeoparserOptions options = {});

// The same as a PlaceFinder, for callers that need only find().
Result<std::unique_ptr<PlaceFinder>> load_place_finder(const std::filesystem::path& index = {});

}  // namespace truce::geo
