// See war_corpus.hpp. The random source is SplitMix64 with our own range mapping, so the corpus
// does not depend on the standard library's distributions.
#include "war_corpus.hpp"

#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <map>
#include <sstream>

namespace truce::bench {
namespace {

class Random {
 public:
  explicit Random(uint64_t seed) : state_(seed) {}
  uint64_t next() {
    uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  std::size_t below(std::size_t n) { return n ? static_cast<std::size_t>(next() % n) : 0; }
  int between(int lo, int hi) {
    return lo + static_cast<int>(below(static_cast<std::size_t>(hi - lo + 1)));
  }
  bool chance(double p) { return static_cast<double>(next() >> 11) * 0x1.0p-53 < p; }
  template <typename T>
  const T& pick(const std::vector<T>& items) {
    return items[below(items.size())];
  }

 private:
  uint64_t state_;
};

struct Conflict {
  std::vector<std::string> side_a, side_b, countries;
  int first_day = 0, last_day = 0;  // days since 1970-01-01
};

struct Vocabulary {
  std::map<std::string, std::vector<std::string>> templates;  // kind -> templates
  std::map<std::string, std::vector<std::string>> slots;      // slot name -> choices
  std::vector<Conflict> conflicts;
  std::vector<std::string> equipment, outlets;
  std::map<std::string, std::vector<std::string>> places;  // country code -> town names
  std::vector<std::string> any_places;
};

std::vector<std::string> split(const std::string& text, char sep) {
  std::vector<std::string> out;
  std::stringstream in(text);
  for (std::string part; std::getline(in, part, sep);) out.push_back(part);
  return out;
}

// Rows of a tab-separated file without comments, blank lines and (when `header`) its first row.
Result<std::vector<std::vector<std::string>>> read_rows(const std::filesystem::path& path,
                                                        bool header) {
  std::ifstream in(path);
  if (!in) return make_error(fmt::format("{}: cannot read", path.string()));
  std::vector<std::vector<std::string>> rows;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    if (header) {
      header = false;
      continue;
    }
    rows.push_back(split(line, '\t'));
  }
  return rows;
}

// Days since 1970-01-01 of an ISO date (Howard Hinnant's days_from_civil).
int days_from_iso(const std::string& iso) {
  int y = std::stoi(iso.substr(0, 4));
  const unsigned m = static_cast<unsigned>(std::stoi(iso.substr(5, 2)));
  const unsigned d = static_cast<unsigned>(std::stoi(iso.substr(8, 2)));
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int>(doe) - 719468;
}

std::string iso_from_days(int z) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  const int y = static_cast<int>(yoe) + era * 400 + (m <= 2);
  return fmt::format("{:04}-{:02}-{:02}", y, m, d);
}

Status load_templates(const std::filesystem::path& path, Vocabulary& vocabulary) {
  auto rows = read_rows(path, false);
  if (!rows) return rows.error();
  for (const auto& row : *rows) {
    if (row.size() == 3 && row[0] == "slot") {
      vocabulary.slots[row[1]] = split(row[2], '|');
    } else if (row.size() == 2) {
      vocabulary.templates[row[0]].push_back(row[1]);
    }
  }
  for (const char* kind : {"headline", "lead", "body", "quote", "calm", "background"}) {
    if (vocabulary.templates[kind].empty()) {
      return make_error(fmt::format("{}: no '{}' template", path.string(), kind));
    }
  }
  return {};
}

Status load_lexicons(const std::filesystem::path& data_dir, Vocabulary& vocabulary) {
  auto conflicts = read_rows(data_dir / "conflicts.tsv", true);
  if (!conflicts) return conflicts.error();
  for (const auto& row : *conflicts) {
    if (row.size() < 6) continue;
    Conflict c{split(row[1], '|'), split(row[2], '|'), split(row[5], '|')};
    c.first_day = std::max(days_from_iso(row[3]), days_from_iso("2014-01-01"));
    c.last_day = row[4] == "-" ? days_from_iso("2025-12-31") : days_from_iso(row[4]);
    if (c.first_day <= c.last_day) vocabulary.conflicts.push_back(std::move(c));
  }
  auto equipment = read_rows(data_dir / "equipment.tsv", true);
  if (!equipment) return equipment.error();
  for (const auto& row : *equipment) {
    for (const auto& phrase : split(row[0], '|')) {
      const char last = phrase.empty() ? 's' : phrase.back();
      if (last != 's' && last != 'y') vocabulary.equipment.push_back(phrase + "s");
    }
  }
  auto sources = read_rows(data_dir / "sources.tsv", true);
  if (!sources) return sources.error();
  for (const auto& row : *sources) vocabulary.outlets.push_back(split(row[0], '|').front());
  if (vocabulary.conflicts.empty() || vocabulary.equipment.empty() || vocabulary.outlets.empty()) {
    return make_error(fmt::format("{}: no conflicts, equipment or outlets", data_dir.string()));
  }
  return {};
}

// English news writes most towns in plain letters; names with diacritics or spaces are left out.
bool plain_name(const std::string& name) {
  if (name.size() < 3) return false;
  for (const char c : name) {
    if (!std::isalpha(static_cast<unsigned char>(c)) && c != '-') return false;
  }
  return true;
}

// Towns of 5,000 people or more (GeoNames feature class P), by country.
Status load_places(const std::filesystem::path& gazetteer, Vocabulary& vocabulary) {
  std::ifstream in(gazetteer);
  if (!in) return make_error(fmt::format("{}: cannot read", gazetteer.string()));
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("P\t", 0) != 0) continue;
    const auto f = split(line, '\t');  // P id name lat lon country admin1 fclass fcode prec pop
    if (f.size() < 11 || f[7] != "P" || !plain_name(f[2])) continue;
    const long population = std::strtol(f[10].c_str(), nullptr, 10);
    if (population < 5000) continue;
    vocabulary.places[f[5]].push_back(f[2]);
    if (population >= 200'000) vocabulary.any_places.push_back(f[2]);
  }
  if (vocabulary.any_places.empty()) {
    return make_error(fmt::format("{}: no towns in the gazetteer", gazetteer.string()));
  }
  return {};
}

// The sentences of one report, before furniture and format.
struct Story {
  std::string title;
  std::vector<std::string> sentences;
  std::string published;
  std::string outlet;
};

class StoryWriter {
 public:
  StoryWriter(const Vocabulary& vocabulary, Random& random)
      : vocabulary_(vocabulary), random_(random) {}

  Story write() {
    const Conflict& conflict = random_.pick(vocabulary_.conflicts);
    const bool flip = random_.chance(0.5);
    a_ = random_.pick(flip ? conflict.side_b : conflict.side_a);
    b_ = random_.pick(flip ? conflict.side_a : conflict.side_b);
    towns_.clear();
    for (const auto& country : conflict.countries) {
      auto found = vocabulary_.places.find(country);
      if (found != vocabulary_.places.end()) {
        towns_.insert(towns_.end(), found->second.begin(), found->second.end());
      }
    }
    if (towns_.empty()) towns_ = vocabulary_.any_places;
    main_place_ = random_.pick(towns_);

    Story story;
    story.outlet = random_.pick(vocabulary_.outlets);
    story.published = iso_from_days(random_.between(conflict.first_day, conflict.last_day));
    story.title = fill(random_.pick(vocabulary_.templates.at("headline")));
    const int roll = random_.between(0, 99);
    const int count = roll < 50   ? random_.between(3, 10)
                      : roll < 85 ? random_.between(11, 20)
                                  : random_.between(21, 40);
    story.sentences.push_back(fill(random_.pick(vocabulary_.templates.at("lead"))));
    for (int i = 1; i < count; ++i) story.sentences.push_back(any_sentence());
    return story;
  }

  std::string any_sentence() {
    const int roll = random_.between(0, 99);
    const char* kind = roll < 10 ? "quote" : roll < 18 ? "calm" : roll < 28 ? "background" : "body";
    return fill(random_.pick(vocabulary_.templates.at(kind)));
  }

 private:
  std::string slot(const std::string& name) {
    if (name == "A") return a_;
    if (name == "B") return b_;
    if (name == "P") return random_.chance(0.7) ? main_place_ : random_.pick(towns_);
    if (name == "P2") return random_.pick(towns_);
    if (name == "N")
      return std::to_string(random_.chance(0.3) ? random_.between(1, 20)
                                                : random_.between(21, 400));
    if (name == "S") return std::to_string(random_.between(1, 12));
    if (name == "E") return random_.pick(vocabulary_.equipment);
    if (name == "O") return random_.pick(vocabulary_.outlets);
    auto found = vocabulary_.slots.find(name);
    return found == vocabulary_.slots.end() ? name : random_.pick(found->second);
  }

  std::string fill(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
      const std::size_t close = text[i] == '{' ? text.find('}', i) : std::string::npos;
      if (close == std::string::npos) {
        out += text[i];
        continue;
      }
      out += slot(text.substr(i + 1, close - i - 1));
      i = close;
    }
    if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
    return out;
  }

  const Vocabulary& vocabulary_;
  Random& random_;
  std::string a_, b_, main_place_;
  std::vector<std::string> towns_;
};

// One to three sentences a paragraph, paragraphs separated by blank lines.
std::vector<std::string> paragraphs(const Story& story, Random& random) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < story.sentences.size();) {
    const std::size_t n = std::min<std::size_t>(random.between(1, 3), story.sentences.size() - i);
    std::string paragraph;
    for (std::size_t k = 0; k < n; ++k) paragraph += (k ? " " : "") + story.sentences[i + k];
    out.push_back(std::move(paragraph));
    i += n;
  }
  return out;
}

std::string as_text(const Story& story, const Vocabulary& vocabulary, Random& random) {
  std::string out;
  if (random.chance(0.4)) out += "Home / news / " + story.title + "\n\n";
  out += story.title + "\n\n";
  if (random.chance(0.3)) out += story.title + "\n\n";
  for (const auto& paragraph : paragraphs(story, random)) out += paragraph + "\n\n";
  const auto& furniture = vocabulary.slots.at("FURNITURE");
  for (int i = random.between(0, 3); i > 0; --i) out += random.pick(furniture) + "\n\n";
  return out;
}

std::string as_html(const Story& story, Random& random) {
  std::string out = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{0} | {1}</title>\n"
      "<meta property=\"article:published_time\" content=\"{2}T08:00:00Z\"></head>\n<body>\n"
      "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/war\">War</a></nav>\n"
      "<article><h1>{0}</h1>\n",
      story.title, story.outlet, story.published);
  for (const auto& paragraph : paragraphs(story, random)) out += "<p>" + paragraph + "</p>\n";
  out +=
      "</article>\n<aside><h2>Most read</h2><ul><li>Talks resume</li></ul></aside>\n"
      "<footer>&copy; " +
      story.outlet + ". All rights reserved.</footer>\n</body></html>\n";
  return out;
}

// A syndicated copy: another outlet, a sentence replaced or added, a day later at most.
Story near_copy(const Story& original, StoryWriter& writer, const Vocabulary& vocabulary,
                Random& random) {
  Story copy = original;
  copy.outlet = random.pick(vocabulary.outlets);
  if (copy.sentences.size() >= 6) {
    copy.sentences[1 + random.below(copy.sentences.size() - 1)] = writer.any_sentence();
  } else {
    copy.sentences.push_back(writer.any_sentence());
  }
  if (random.chance(0.5)) copy.published = iso_from_days(days_from_iso(copy.published) + 1);
  return copy;
}

}  // namespace

Result<Corpus> generate_corpus(const std::filesystem::path& templates,
                               const std::filesystem::path& data_dir,
                               const std::filesystem::path& gazetteer,
                               const CorpusOptions& options) {
  Vocabulary vocabulary;
  if (Status s = load_templates(templates, vocabulary); !s) return s.error();
  if (Status s = load_lexicons(data_dir, vocabulary); !s) return s.error();
  if (Status s = load_places(gazetteer, vocabulary); !s) return s.error();

  Random random(options.seed);
  StoryWriter writer(vocabulary, random);
  std::vector<Story> originals;
  std::map<std::string, std::string> meta;  // folder -> meta.jsonl
  Corpus corpus;
  while (corpus.sentences < options.sentences) {
    const bool copy = originals.size() >= 10 && random.chance(options.near_duplicate_share);
    Story story =
        copy ? near_copy(random.pick(originals), writer, vocabulary, random) : writer.write();
    const bool html = random.chance(0.15);
    const std::string folder = fmt::format("{:04}", corpus.reports / 500);
    const std::string name = fmt::format("r{:06}.{}", corpus.reports, html ? "html" : "txt");
    std::string bytes = html ? as_html(story, random) : as_text(story, vocabulary, random);
    meta[folder] += nlohmann::json{{"doc", name},
                                   {"published", story.published},
                                   {"precision", "day"},
                                   {"outlet_via", story.outlet},
                                   {"lang", "en"}}
                        .dump() +
                    "\n";
    corpus.bytes += bytes.size();
    corpus.sentences += story.sentences.size();
    corpus.near_duplicates += copy ? 1 : 0;
    ++corpus.reports;
    corpus.files.push_back({folder + "/" + name, std::move(bytes)});
    if (!copy) originals.push_back(std::move(story));
  }
  for (auto& [folder, lines] : meta) corpus.files.push_back({folder + "/meta.jsonl", lines});
  return corpus;
}

Status write_corpus(const Corpus& corpus, const std::filesystem::path& folder) {
  for (const auto& file : corpus.files) {
    const auto path = folder / file.path;
    std::error_code ec;
    std::filesystem::create_directories(path.parent_path(), ec);
    std::ofstream out(path, std::ios::binary);
    out << file.bytes;
    if (!out) return make_error(fmt::format("{}: cannot write", path.string()));
  }
  return {};
}

}  // namespace truce::bench
