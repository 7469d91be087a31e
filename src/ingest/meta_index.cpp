// meta.jsonl loading. The file is analyst-written, so every line is checked and a mistake is
// reported with its line number rather than silently giving a report no date.
#include "ingest/meta_index.hpp"

#include <nlohmann/json.hpp>

#include <fstream>

#include "core/bounded_json.hpp"
#include "ingest/date_parser.hpp"

namespace truce::ingest {

MetaIndex MetaIndex::load(const std::filesystem::path& dir, std::vector<Error>& problems) {
  MetaIndex index;
  const auto path = dir / "meta.jsonl";
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) return index;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    problems.push_back(make_error(path.string() + ": cannot read"));
    return index;
  }
  std::string line;
  std::size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    const std::string where = path.string() + ":" + std::to_string(line_no) + ": ";
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const auto j = parse_bounded_json(line);
    if (j.is_discarded() || !j.is_object()) {
      problems.push_back(make_error(where + "not a JSON object"));
      continue;
    }
    auto text = [&](const char* key) {
      auto it = j.find(key);
      return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    const std::string doc = text("doc");
    if (doc.empty()) {
      problems.push_back(make_error(where + "no \"doc\" naming the file it describes"));
      continue;
    }
    MetaEntry entry;
    entry.source = text("outlet_via");
    if (entry.source.empty()) entry.source = text("source");
    entry.lang = text("lang");
    entry.url = text("url");
    entry.title = text("title");
    if (const std::string published = text("published"); !published.empty()) {
      auto date = parse_iso_date(published);
      if (!date) {
        problems.push_back(make_error(where + "\"published\": '" + published +
                                      "' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)"));
        continue;
      }
      if (const std::string precision = text("precision"); !precision.empty()) {
        auto p = parse_date_precision(precision);
        if (!p) {
          problems.push_back(make_error(where + "\"precision\": '" + precision +
                                        "' is not one of day, approximate, month, year, unknown"));
          continue;
        }
        date->precision = *p;
      }
      entry.published = date;
    }
    index.entries_[doc] = std::move(entry);
  }
  return index;
}

const MetaEntry* MetaIndex::find(const std::string& doc) const {
  auto it = entries_.find(doc);
  return it == entries_.end() ? nullptr : &it->second;
}

}  // namespace truce::ingest
