// See sources.hpp.
#include "monitor/sources.hpp"

#include <fmt/core.h>

#include <set>

#include "extract/lexicon_file.hpp"
#include "text/fold.hpp"

namespace truce::monitor {
namespace {

const std::set<std::string> kKinds = {
    "state_agency",    "government", "party_organ", "independent", "international_organisation",
    "observer_mission"};

std::string lower_ascii(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

bool is_word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
}

// Returns the position of `name` in `text` as whole words (both folded), or npos.
std::size_t find_words(const std::string& text, const std::string& name) {
  for (std::size_t at = text.find(name); at != std::string::npos; at = text.find(name, at + 1)) {
    const bool starts = at == 0 || !is_word_char(text[at - 1]);
    const std::size_t end = at + name.size();
    const bool ends = end >= text.size() || !is_word_char(text[end]);
    if (starts && ends) return at;
  }
  return std::string::npos;
}

std::string dash_to_empty(const std::string& s) { return s == "-" ? std::string() : s; }

}  // namespace

std::string url_host(const std::string& url) {
  std::string rest = url;
  if (const auto scheme = rest.find("://"); scheme != std::string::npos) {
    rest = rest.substr(scheme + 3);
  } else {
    return {};
  }
  rest = rest.substr(0, rest.find_first_of("/?#"));
  if (const auto at = rest.rfind('@'); at != std::string::npos) rest = rest.substr(at + 1);
  rest = rest.substr(0, rest.find(':'));
  rest = lower_ascii(rest);
  if (rest.rfind("www.", 0) == 0) rest = rest.substr(4);
  return rest;
}

Result<SourceBook> SourceBook::load(const std::filesystem::path& data_dir) {
  auto table = extract::read_lexicon(
      data_dir / "sources.tsv", {"outlet", "domains", "country", "kind", "side", "row_source"});
  if (!table) return table.error();
  SourceBook book;
  const auto col = [&](const char* name) { return table->column(name); };
  for (const auto& row : table->rows) {
    Outlet o;
    o.names = extract::split_alternatives(row.fields[col("outlet")]);
    o.where = fmt::format("{}:{}", table->path.filename().string(), row.line);
    if (o.names.empty())
      return make_error(fmt::format("{}:{}: no outlet name", table->path.string(), row.line));
    o.name = o.names.front();
    for (const auto& d : extract::split_alternatives(row.fields[col("domains")])) {
      if (d != "-") o.domains.push_back(lower_ascii(d));
    }
    o.country = dash_to_empty(row.fields[col("country")]);
    o.kind = row.fields[col("kind")];
    if (!kKinds.count(o.kind)) {
      return make_error(
          fmt::format("{}:{}: unknown kind '{}'", table->path.string(), row.line, o.kind));
    }
    o.side = dash_to_empty(row.fields[col("side")]);
    o.row_source = row.fields[col("row_source")];
    book.outlets_.push_back(std::move(o));
  }
  return book;
}

SourceMatch SourceBook::match(const std::string& source, const std::string& url,
                              const std::string& author) const {
  if (const std::string host = url_host(url); !host.empty()) {
    for (const auto& o : outlets_) {
      for (const auto& d : o.domains) {
        const bool same = host == d;
        const bool sub =
            host.size() > d.size() && host.ends_with(d) && host[host.size() - d.size() - 1] == '.';
        if (same || sub) return SourceMatch{&o, "url", url};
      }
    }
  }
  // The outlet named first is the one the report comes from ("AFP via a regional paper").
  for (const auto& [field, text] : {std::pair{"source", source}, std::pair{"author", author}}) {
    const std::string folded = text::fold(text);
    // The earliest name; at one position the longest ("OSCE SMM" rather than "OSCE").
    const Outlet* best = nullptr;
    std::size_t best_at = std::string::npos;
    std::size_t best_length = 0;
    for (const auto& o : outlets_) {
      for (const auto& name : o.names) {
        const std::string key = text::fold(name);
        const std::size_t at = find_words(folded, key);
        if (at == std::string::npos) continue;
        if (at < best_at || (at == best_at && key.size() > best_length)) {
          best_at = at;
          best_length = key.size();
          best = &o;
        }
      }
    }
    if (best) return SourceMatch{best, field, text};
  }
  return SourceMatch{nullptr, "", !source.empty() ? source : url};
}

}  // namespace truce::monitor
