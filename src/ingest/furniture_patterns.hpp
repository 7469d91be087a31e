// The page-furniture patterns analysts maintain in data/furniture.tsv (format:
// docs/furniture-patterns.md): which lines of a page are not the article, and which HTML classes
// and ids mark boilerplate. Loading checks every pattern and the file's own examples.
#pragma once

#include <re2/re2.h>

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace truce::ingest {

enum class LineAction {
  drop,       // remove the line
  block,      // remove the line and the lines after it up to the next furniture line
  links,      // remove the line and the headline-like lines right after it (a list of links)
  end,        // remove the line and everything after it
  page_date,  // remove the line and keep the date it prints as the report's page date
};

struct LineRule {
  LineAction action = LineAction::drop;
  std::shared_ptr<const RE2> pattern;  // matched against the whole line, trailing space removed
  std::string where;                   // "furniture.tsv:12", for messages and debugging
};

struct FurniturePatterns {
  std::vector<LineRule> lines;
  std::vector<std::shared_ptr<const RE2>> html_skip;  // matched against class tokens and ids

  // Returns the first rule whose pattern matches all of `line`, or nullptr.
  const LineRule* match(std::string_view line) const;
  // Returns the text of the named group "title" of `rule` on `line`, or "" (breadcrumbs).
  static std::string title_in(const LineRule& rule, std::string_view line);
  // Returns true when an element with this class attribute or id is boilerplate.
  bool skip_html(std::string_view class_attr, std::string_view id) const;
};

// Parses the patterns file text; `name` names it in messages. Fails with "<name>:<line>: <why>"
// for an unknown kind, a missing tab, a pattern RE2 rejects, or an example the patterns get wrong.
Result<FurniturePatterns> parse_furniture_patterns(std::string_view text, std::string_view name);

// Reads and parses `path`; fails naming the file when it cannot be read.
Result<FurniturePatterns> load_furniture_patterns(const std::filesystem::path& path);

}  // namespace truce::ingest
