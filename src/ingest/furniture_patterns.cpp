// Parsing and matching of the furniture pattern file. Patterns are RE2 (linear time, so an
// analyst's pattern cannot hang ingest on a hostile page).
#include "ingest/furniture_patterns.hpp"

#include <fstream>
#include <sstream>

namespace truce::ingest {
namespace {

std::string_view rtrim(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

}  // namespace

const LineRule* FurniturePatterns::match(std::string_view line) const {
  line = rtrim(line);
  for (const auto& rule : lines) {
    if (RE2::FullMatch(line, *rule.pattern)) return &rule;
  }
  return nullptr;
}

std::string FurniturePatterns::title_in(const LineRule& rule, std::string_view line) {
  const auto& groups = rule.pattern->NamedCapturingGroups();
  auto it = groups.find("title");
  if (it == groups.end()) return {};
  line = rtrim(line);
  const int n = rule.pattern->NumberOfCapturingGroups() + 1;
  std::vector<re2::StringPiece> pieces(n);
  if (!rule.pattern->Match(line, 0, line.size(), RE2::ANCHOR_BOTH, pieces.data(), n)) return {};
  return std::string(pieces[it->second].data(), pieces[it->second].size());
}

bool FurniturePatterns::skip_html(std::string_view class_attr, std::string_view id) const {
  auto matches = [&](std::string_view token) {
    for (const auto& re : html_skip) {
      if (RE2::FullMatch(token, *re)) return true;
    }
    return false;
  };
  if (!id.empty() && matches(id)) return true;
  std::size_t pos = 0;
  while (pos < class_attr.size()) {
    const std::size_t end = class_attr.find_first_of(" \t\n\r\f", pos);
    const std::string_view token =
        class_attr.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
    if (!token.empty() && matches(token)) return true;
    if (end == std::string_view::npos) break;
    pos = end + 1;
  }
  return false;
}

Result<FurniturePatterns> parse_furniture_patterns(std::string_view text, std::string_view name) {
  FurniturePatterns patterns;
  struct Example {
    bool furniture;
    std::string line;
    std::string where;
  };
  std::vector<Example> examples;
  std::size_t line_no = 0;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const std::string where = std::string(name) + ":" + std::to_string(line_no);
    if (line.find_first_not_of(" \t") == std::string_view::npos || line.front() == '#') continue;
    const std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos) {
      return make_error(where + ": expected KIND<TAB>PATTERN (no tab found)");
    }
    const std::string_view kind = line.substr(0, tab);
    std::string_view rest = line.substr(tab);
    while (!rest.empty() && rest.front() == '\t') rest.remove_prefix(1);
    if (rest.empty())
      return make_error(where + ": empty pattern after '" + std::string(kind) + "'");
    if (kind == "example-furniture" || kind == "example-article") {
      examples.push_back({kind == "example-furniture", std::string(rest), where});
      continue;
    }
    RE2::Options options;
    options.set_log_errors(false);
    auto re = std::make_shared<const RE2>(re2::StringPiece(rest.data(), rest.size()), options);
    if (!re->ok()) return make_error(where + ": bad pattern: " + re->error());
    if (kind == "html-skip") {
      patterns.html_skip.push_back(std::move(re));
      continue;
    }
    LineRule rule{LineAction::drop, std::move(re), where};
    if (kind == "drop") {
      rule.action = LineAction::drop;
    } else if (kind == "block") {
      rule.action = LineAction::block;
    } else if (kind == "links") {
      rule.action = LineAction::links;
    } else if (kind == "end") {
      rule.action = LineAction::end;
    } else if (kind == "page-date") {
      rule.action = LineAction::page_date;
    } else {
      return make_error(where + ": unknown kind '" + std::string(kind) +
                        "' (expected drop, block, links, end, page-date, html-skip, example-furniture "
                        "or example-article)");
    }
    patterns.lines.push_back(std::move(rule));
  }
  // The file carries its own test cases: a pattern edit that stops removing a known piece of
  // furniture, or starts removing an article line, fails at load time and names the example.
  for (const auto& ex : examples) {
    const LineRule* rule = patterns.match(ex.line);
    if (ex.furniture && !rule) {
      return make_error(ex.where + ": example furniture line is matched by no pattern: " + ex.line);
    }
    if (!ex.furniture && rule) {
      return make_error(ex.where + ": example article line is matched by the pattern at " +
                        rule->where);
    }
  }
  return patterns;
}

Result<FurniturePatterns> load_furniture_patterns(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return make_error(path.string() + ": cannot read the furniture patterns file");
  std::stringstream ss;
  ss << in.rdbuf();
  return parse_furniture_patterns(ss.str(), path.string());
}

}  // namespace truce::ingest
