// Geoparsing evaluation on the public corpora in ../shared/bench/geoparsing (GeoWebNews and
// TR-News): geotagging precision/recall/F1 of the place finder against the key's toponym spans,
// and resolution accuracy within 161 km, mean and median error, resolving the key's spans in
// their article. A plain program (no benchmark loop):
// `geo_eval_bench [SHARED_DIR] [--errors FILE]` (FILE: one TSV row per resolved key toponym).
#include <fmt/core.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "geo/distance.hpp"
#include "geo/geoparser.hpp"

namespace {

struct Toponym {
  std::size_t begin = 0;  // byte offsets into the decoded text
  std::size_t end = 0;
  std::string name;  // the key's own text of the toponym (extractedName / phrase)
  std::optional<std::pair<double, double>> point;
};

struct Article {
  std::string text;
  std::vector<Toponym> toponyms;
};

struct Corpus {
  std::vector<Article> articles;
  std::size_t realigned = 0;  // key spans whose offsets drift from their text, moved onto it
  std::size_t unaligned = 0;  // key spans whose text is nowhere near: kept as the key has them
};

// Some key offsets drift from the text they name (TR-News: 117 of 1,319 spans, by up to ~10
// characters late in long articles; GeoWebNews: 5). Resolving text that is not the toponym
// would score the corpus, not the resolver, so a span whose text differs from the key's own name
// moves to the nearest occurrence of that name within 64 bytes.
bool realign(const std::string& text, Toponym& t) {
  if (t.name.empty()) return false;
  std::size_t best = std::string::npos, best_d = 65;
  const std::size_t from = t.begin > 64 ? t.begin - 64 : 0;
  for (auto at = text.find(t.name, from); at != std::string::npos && at <= t.begin + 64;
       at = text.find(t.name, at + 1)) {
    const std::size_t d = at > t.begin ? at - t.begin : t.begin - at;
    if (d < best_d) best_d = d, best = at;
  }
  if (best == std::string::npos) return false;
  t.begin = best;
  t.end = best + t.name.size();
  return true;
}

std::string decode_entities(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '&') {
      static const std::pair<std::string_view, char> kEntities[] = {
          {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
      bool done = false;
      for (const auto& [name, c] : kEntities) {
        if (s.substr(i, name.size()) == name) {
          out += c;
          i += name.size() - 1;
          done = true;
          break;
        }
      }
      if (done) continue;
    }
    out += s[i];
  }
  return out;
}

// Returns the text between <tag> and </tag> after `from`, or nullopt; `from` moves past it.
std::optional<std::string> element(const std::string& xml, const std::string& tag,
                                   std::size_t& from, std::size_t limit) {
  const std::string open = "<" + tag;
  auto a = xml.find(open, from);
  if (a == std::string::npos || a >= limit) return std::nullopt;
  auto gt = xml.find('>', a);
  if (xml[gt - 1] == '/') {  // <tag/>
    from = gt + 1;
    return std::string();
  }
  const auto b = xml.find("</" + tag + ">", gt);
  from = b + tag.size() + 3;
  return xml.substr(gt + 1, b - gt - 1);
}

// Byte offset of code point `cp` in UTF-8 `s` (the corpora count characters, not bytes).
std::size_t byte_offset(const std::string& s, std::size_t cp) {
  std::size_t i = 0;
  for (std::size_t n = 0; n < cp && i < s.size(); ++n) {
    const auto b = static_cast<unsigned char>(s[i]);
    i += b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
  }
  return std::min(i, s.size());
}

Corpus read_corpus(const std::filesystem::path& path, bool gwn) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  const std::string xml = ss.str();
  Corpus out;
  std::size_t pos = 0;
  while (true) {
    const auto a = xml.find("<article", pos);
    if (a == std::string::npos) break;
    const auto b = xml.find("</article>", a);
    std::size_t p = a;
    Article art;
    std::string raw = element(xml, "text", p, b).value_or("");
    // TR-News wraps its text in CDATA, which is taken as is (two articles have a line break after
    // the section, which must not make the whole element count as escaped text: that would shift
    // every offset by the 9 bytes of "<![CDATA["); GeoWebNews escapes entities.
    const auto cdata_end = raw.rfind("]]>");
    if (raw.starts_with("<![CDATA[") && cdata_end != std::string::npos) {
      art.text = raw.substr(9, cdata_end - 9);
    } else {
      art.text = decode_entities(raw);
    }
    std::size_t q = a;
    while (true) {
      const auto t = xml.find("<toponym>", q);
      if (t == std::string::npos || t > b) break;
      const auto te = xml.find("</toponym>", t);
      std::size_t r = t;
      auto num = [&](const std::string& tag) -> std::optional<double> {
        std::size_t rr = r;
        auto v = element(xml, tag, rr, te);
        if (!v || v->empty()) return std::nullopt;
        return std::atof(v->c_str());
      };
      Toponym top;
      const auto start = num("start");
      const auto end = num("end");
      std::optional<double> lat = gwn ? num("latitude") : num("lat");
      std::optional<double> lon = gwn ? num("longitude") : num("lon");
      q = te + 1;
      if (!start || !end) continue;
      top.begin = byte_offset(art.text, static_cast<std::size_t>(*start));
      top.end = byte_offset(art.text, static_cast<std::size_t>(*end));
      if (lat && lon) top.point = std::make_pair(*lat, *lon);
      {
        std::size_t rr = r;
        top.name =
            decode_entities(element(xml, gwn ? "extractedName" : "phrase", rr, te).value_or(""));
      }
      // GeoWebNews also marks non-place expressions ("citizens"); the usual score counts the
      // toponyms with a location only.
      if (gwn && !top.point) {
        std::size_t rr = r;
        auto id = element(xml, "geonamesID", rr, te);
        if (!id || id->empty()) continue;
      }
      if (art.text.compare(top.begin, top.end - top.begin, top.name) != 0) {
        ++(realign(art.text, top) ? out.realigned : out.unaligned);
      }
      art.toponyms.push_back(top);
    }
    out.articles.push_back(std::move(art));
    pos = b + 1;
  }
  return out;
}

void evaluate(const std::string& label, const Corpus& in, const truce::geo::Geoparser& tagger,
              const truce::geo::Geoparser& resolver, std::ostream* rows) {
  const auto& corpus = in.articles;
  std::size_t tp = 0, fp = 0, fn = 0, overlap_tp = 0;
  std::vector<double> errors;
  std::size_t within = 0, unresolved = 0;
  const auto start = std::chrono::steady_clock::now();
  for (const auto& art : corpus) {
    std::set<std::pair<std::size_t, std::size_t>> gold;
    for (const auto& t : art.toponyms) gold.insert({t.begin, t.end});
    const auto found = tagger.find(art.text);
    std::set<std::pair<std::size_t, std::size_t>> predicted;
    for (const auto& m : found) predicted.insert({m.begin, m.end});
    for (const auto& p : predicted) {
      if (gold.contains(p))
        ++tp;
      else
        ++fp;
      for (const auto& g : gold) {
        if (p.first < g.second && g.first < p.second) {
          ++overlap_tp;
          break;
        }
      }
    }
    for (const auto& g : gold) fn += predicted.contains(g) ? 0 : 1;

    std::vector<std::pair<std::size_t, std::size_t>> spans;
    std::vector<std::pair<double, double>> points;
    std::vector<const Toponym*> keyed;
    for (const auto& t : art.toponyms) {
      if (!t.point) continue;
      spans.push_back({t.begin, t.end});
      points.push_back(*t.point);
      keyed.push_back(&t);
    }
    const auto resolved = resolver.resolve(art.text, spans);
    for (std::size_t i = 0; i < resolved.size(); ++i) {
      double km = 20037.5;  // an unresolved toponym counts as the worst error on Earth
      if (resolved[i].match) {
        km = truce::geo::distance_km(resolved[i].match->place.lat, resolved[i].match->place.lon,
                                     points[i].first, points[i].second);
      } else {
        ++unresolved;
      }
      within += km <= 161 ? 1 : 0;
      errors.push_back(km);
      if (rows) {
        const auto& m = resolved[i].match;
        *rows << fmt::format(
            "{}\t{}\t{}\t{:.4f}\t{:.4f}\t{}\t{}\t{}\t{:.0f}\t{}\t{}\t{}\t{:.4f}\t{:.4f}\n", label,
            &art - corpus.data(), keyed[i]->name, points[i].first, points[i].second,
            m ? m->place.name : "", m ? m->place.id : "", m ? m->place.country : "", km,
            m ? m->why : resolved[i].rule, keyed[i]->begin, resolved[i].rule,
            m ? m->place.lat : 0.0, m ? m->place.lon : 0.0);
      }
    }
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const double precision = tp + fp ? double(tp) / double(tp + fp) : 0;
  const double recall = tp + fn ? double(tp) / double(tp + fn) : 0;
  const double f1 = precision + recall ? 2 * precision * recall / (precision + recall) : 0;
  std::sort(errors.begin(), errors.end());
  double mean = 0;
  for (double e : errors) mean += e;
  mean = errors.empty() ? 0 : mean / double(errors.size());
  const double median = errors.empty() ? 0 : errors[errors.size() / 2];
  fmt::print("{}: {} articles, {} key toponyms, {} with a point\n", label, corpus.size(), tp + fn,
             errors.size());
  fmt::print(
      "  geotagging (exact spans): P {:.1f}%  R {:.1f}%  F1 {:.1f}%   (predicted spans "
      "overlapping a key span: {:.1f}%)\n",
      100 * precision, 100 * recall, 100 * f1,
      tp + fp ? 100.0 * double(overlap_tp) / double(tp + fp) : 0.0);
  fmt::print(
      "  resolution (key spans): within 161 km {:.1f}%  mean error {:.0f} km  median "
      "{:.1f} km  unresolved {}\n",
      100.0 * double(within) / double(std::max<std::size_t>(1, errors.size())), mean, median,
      unresolved);
  fmt::print("  key spans moved onto their text: {} (not found near their offsets: {})\n",
             in.realigned, in.unaligned);
  fmt::print("  time {:.1f} s\n", seconds);
}

}  // namespace

int main(int argc, char** argv) {
  std::filesystem::path shared = TRUCE_SHARED_DIR;
  std::unique_ptr<std::ofstream> rows;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--errors" && i + 1 < argc) {
      rows = std::make_unique<std::ofstream>(argv[++i]);
      *rows << "corpus\tarticle\ttoponym\tkey_lat\tkey_lon\tresolved\tid\tcountry\tkm\twhy\tbegin\trule\t"
               "lat\tlon\n";
    } else {
      shared = arg;
    }
  }
  const auto dir = shared / "bench" / "geoparsing";
  if (!std::filesystem::exists(dir / "GWN.xml")) {
    fmt::print(stderr, "geo_eval_bench: {} not found\n", (dir / "GWN.xml").string());
    return 1;
  }
  auto tagger = truce::geo::load_geoparser({}, truce::geo::GeoparserOptions{true});
  if (!tagger) {
    fmt::print(stderr, "geo_eval_bench: {}\n", tagger.error().message);
    return 1;
  }
  const auto& resolver = **tagger;
  evaluate("TR-News", read_corpus(dir / "TR-News.xml", false), **tagger, resolver, rows.get());
  evaluate("GeoWebNews", read_corpus(dir / "GWN.xml", true), **tagger, resolver, rows.get());
  return 0;
}
