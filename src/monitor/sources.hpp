// The outlets truce knows (data/sources.tsv: names, domains, country, kind, affiliated side) and
// matching a report to them from its source, URL or byline. Independence of reports is judged
// from these rows: two reports from one outlet, or a state agency relaying its own side, are
// not independent confirmation.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"

namespace truce::monitor {

struct Outlet {
  std::string name;                // canonical name: the first of `names`
  std::vector<std::string> names;  // as they appear in bylines and source fields
  std::vector<std::string> domains;
  std::string country;     // ISO 3166-1 alpha-2, or ""
  std::string kind;        // state_agency, government, party_organ, independent,
                           // international_organisation, observer_mission
  std::string side;        // the side it is affiliated with, or ""
  std::string row_source;  // where the row's facts come from
  std::string where;       // "sources.tsv:12"
};

// How a report's outlet was recognised.
struct SourceMatch {
  const Outlet* outlet = nullptr;  // null: unknown outlet
  std::string matched_on;          // "source", "url", "author"
  std::string text;                // the report's field that was read
};

class SourceBook {
 public:
  // Reads `data_dir`/sources.tsv. Fails naming the file and line of a bad row (unknown kind,
  // no name).
  static Result<SourceBook> load(const std::filesystem::path& data_dir);

  // Returns the outlet a report comes from: its URL's host (or a parent domain) first, then the
  // first outlet named in `source`, then in `author`; unknown when none matches.
  SourceMatch match(const std::string& source, const std::string& url,
                    const std::string& author) const;

  const std::vector<Outlet>& outlets() const { return outlets_; }

 private:
  std::vector<Outlet> outlets_;
};

// Returns the host of a URL ("https://www.Example.org/x" -> "example.org"), "" when none.
std::string url_host(const std::string& url);

}  // namespace truce::monitor
