#include "eval/geo_corpus.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <limits>
#include <set>
#include <sstream>

#include "geo/distance.hpp"

namespace truce::eval {
namespace {

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

// A character offset as the key writes it. One that is negative, not a number or too large
// (GeoWebNews has a start of -139) counts as past the end of the text, where realign() looks for
// the name: converting such a double to size_t is undefined behaviour (UBSan).
std::size_t offset_of(double v) {
  if (!(v >= 0) || v >= 1e18) return std::numeric_limits<std::size_t>::max();
  return static_cast<std::size_t>(v);
}

}  // namespace

Result<Corpus> read_geo_corpus(const std::filesystem::path& path, GeoCorpusFormat format) {
  const bool gwn = format == GeoCorpusFormat::geowebnews;
  std::ifstream in(path, std::ios::binary);
  if (!in) return make_error(path.string() + ": cannot read");
  std::ostringstream ss;
  ss << in.rdbuf();
  const std::string xml = ss.str();
  Corpus out;
  std::size_t pos = 0;
  while (true) {
    // "<article>" or "<article id=...>", not the "<articles>" around them.
    auto a = xml.find("<article", pos);
    while (a != std::string::npos && xml.size() > a + 8 && xml[a + 8] != '>' && xml[a + 8] != ' ')
      a = xml.find("<article", a + 1);
    if (a == std::string::npos) break;
    const auto b = xml.find("</article>", a);
    if (b == std::string::npos) {
      return make_error(path.string() + ": truncated: an <article> has no </article>");
    }
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
      top.begin = byte_offset(art.text, offset_of(*start));
      top.end = byte_offset(art.text, offset_of(*end));
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
  if (out.articles.empty()) return make_error(path.string() + ": no <article> found");
  return out;
}

double GeoScores::precision() const {
  const auto n = true_positives + false_positives;
  return n ? double(true_positives) / double(n) : 0;
}
double GeoScores::recall() const {
  const auto n = true_positives + false_negatives;
  return n ? double(true_positives) / double(n) : 0;
}
double GeoScores::f1() const {
  const double p = precision(), r = recall();
  return p + r > 0 ? 2 * p * r / (p + r) : 0;
}
double GeoScores::accuracy_161km() const {
  return resolved ? double(within_161km) / double(resolved) : 0;
}

GeoScores score_geo_corpus(const Corpus& in, const geo::Geoparser& tagger,
                           const geo::Geoparser& resolver, const std::string& label,
                           std::ostream* rows) {
  const auto& corpus = in.articles;
  GeoScores s;
  std::vector<double> errors;
  for (const auto& art : corpus) {
    std::set<std::pair<std::size_t, std::size_t>> gold;
    for (const auto& t : art.toponyms) gold.insert({t.begin, t.end});
    s.key_spans += gold.size();
    std::set<std::pair<std::size_t, std::size_t>> predicted;
    for (const auto& m : tagger.find(art.text)) predicted.insert({m.begin, m.end});
    for (const auto& p : predicted) {
      ++(gold.contains(p) ? s.true_positives : s.false_positives);
      for (const auto& g : gold) {
        if (p.first < g.second && g.first < p.second) {
          ++s.overlapping;
          break;
        }
      }
    }
    for (const auto& g : gold) s.false_negatives += predicted.contains(g) ? 0 : 1;

    std::vector<std::pair<std::size_t, std::size_t>> spans;
    std::vector<const Toponym*> keyed;
    for (const auto& t : art.toponyms) {
      if (!t.point) continue;
      spans.push_back({t.begin, t.end});
      keyed.push_back(&t);
    }
    const auto resolved = resolver.resolve(art.text, spans);
    for (std::size_t i = 0; i < resolved.size(); ++i) {
      const auto [key_lat, key_lon] = *keyed[i]->point;
      double km = 20037.5;  // an unresolved toponym counts as the worst error on Earth
      const auto& m = resolved[i].match;
      if (m) {
        km = geo::distance_km(m->place.lat, m->place.lon, key_lat, key_lon);
      } else {
        ++s.unresolved;
      }
      s.within_161km += km <= 161 ? 1 : 0;
      errors.push_back(km);
      if (rows) {
        *rows << fmt::format(
            "{}\t{}\t{}\t{:.4f}\t{:.4f}\t{}\t{}\t{}\t{:.0f}\t{}\t{}\t{}\t{:.4f}\t{:.4f}\n", label,
            &art - corpus.data(), keyed[i]->name, key_lat, key_lon, m ? m->place.name : "",
            m ? m->place.id : "", m ? m->place.country : "", km, m ? m->why : resolved[i].rule,
            keyed[i]->begin, resolved[i].rule, m ? m->place.lat : 0.0, m ? m->place.lon : 0.0);
      }
    }
  }
  s.resolved = errors.size();
  std::sort(errors.begin(), errors.end());
  for (double e : errors) s.mean_km += e;
  s.mean_km = errors.empty() ? 0 : s.mean_km / double(errors.size());
  s.median_km = errors.empty() ? 0 : errors[errors.size() / 2];
  return s;
}

}  // namespace truce::eval
