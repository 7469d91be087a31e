// Line-based furniture removal. Patterns decide what a furniture line is; this file only holds
// the rules no single line can express: blocks that run to the next furniture line, the title
// that a page repeats, and how paragraphs are put back together.
#include "ingest/furniture_cleaner.hpp"

#include <vector>

#include "ingest/date_parser.hpp"

namespace truce::ingest {
namespace {

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) {
      line.remove_suffix(1);
    }
    lines.push_back(line);
    pos = end + 1;
  }
  return lines;
}

std::size_t word_count(std::string_view s) {
  std::size_t n = 0;
  bool in_word = false;
  for (char c : s) {
    const bool space = c == ' ' || c == '\t';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

// How many words a linked headline after "Read also" may have.
constexpr std::size_t kLinkWords = 20;

// A line that can stand as a title: a few words, not a long paragraph. Headlines rarely end with a
// full stop; when they do (machine translation), the page repeats them, which is checked instead.
bool heading_like(std::string_view line, bool repeated) {
  const std::string s = collapse_space(line);
  if (s.size() > 300 || word_count(s) < 3) return false;
  if (repeated) return true;
  const char last = s.back();
  return s.size() <= 200 && last != '.' && last != '!' && last != ';' && last != ':' && last != ',';
}

// True when `line` is the title: equal with white space folded, or the title was cut short with
// an ellipsis (breadcrumbs do that) and the line begins with what is left.
bool is_title_line(std::string_view line, const std::string& title) {
  if (title.empty()) return false;
  const std::string s = collapse_space(line);
  if (s == title) return true;
  for (std::string_view ellipsis : {"\xE2\x80\xA6", "..."}) {
    if (title.size() > ellipsis.size() + 10 && std::string_view(title).ends_with(ellipsis)) {
      const std::string_view stem =
          std::string_view(title).substr(0, title.size() - ellipsis.size());
      if (std::string_view(s).starts_with(collapse_space(stem))) return true;
    }
  }
  return false;
}

}  // namespace

std::string collapse_space(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      space = !out.empty();
    } else {
      if (space) out += ' ';
      space = false;
      out += c;
    }
  }
  return out;
}

CleanedText FurnitureCleaner::clean(std::string_view text, std::string_view known_title) const {
  CleanedText out;
  const auto lines = split_lines(text);
  std::vector<bool> keep(lines.size(), false);
  std::string breadcrumb_title;
  bool in_block = false;
  bool in_links = false;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string_view line = lines[i];
    if (line.find_first_not_of(" \t\f\v") == std::string_view::npos) continue;  // blank
    const LineRule* rule = patterns_.match(line);
    // "Read also" mid-article: the headlines listed after it go, the article's next
    // paragraph (a sentence with its full stop) stays.
    if (in_links && !rule && heading_like(line, false) && word_count(line) <= kLinkWords) continue;
    in_links = false;
    if (!rule) {
      keep[i] = !in_block;
      continue;
    }
    in_block = false;
    if (rule->action == LineAction::end) break;
    if (rule->action == LineAction::block) in_block = true;
    if (rule->action == LineAction::links) in_links = true;
    if (rule->action == LineAction::page_date && !out.page_date) {
      out.page_date = parse_loose_date(line);
    }
    if (rule->action == LineAction::drop && breadcrumb_title.empty()) {
      breadcrumb_title = collapse_space(FurniturePatterns::title_in(*rule, line));
    }
  }

  // The title: the caller's, else the breadcrumb's, else the first line when it stands alone (a
  // paragraph of its own, possibly repeated) and looks like a headline.
  out.title = collapse_space(known_title);
  if (out.title.empty() && heading_like(breadcrumb_title, true)) out.title = breadcrumb_title;
  if (out.title.empty()) {
    std::size_t first = 0;
    while (first < lines.size() && !keep[first]) ++first;
    if (first < lines.size()) {
      const std::string candidate = collapse_space(lines[first]);
      // The first paragraph must consist of this line only (repeats allowed): the first line of
      // a hard-wrapped paragraph is not a title.
      bool alone = true;
      std::size_t next = first + 1;
      for (; next < lines.size() && keep[next]; ++next) {
        if (collapse_space(lines[next]) != candidate) alone = false;
      }
      std::size_t copies = 0;
      bool more_text = false;
      for (std::size_t i = 0; i < lines.size(); ++i) {
        if (!keep[i]) continue;
        if (collapse_space(lines[i]) == candidate) {
          ++copies;
        } else {
          more_text = true;
        }
      }
      if (alone && more_text && heading_like(candidate, copies > 1)) out.title = candidate;
    }
  }
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (keep[i] && is_title_line(lines[i], out.title)) keep[i] = false;
  }

  // Paragraphs: runs of kept lines; a blank or removed line ends one.
  bool open = false;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!keep[i]) {
      open = false;
      continue;
    }
    std::string_view line = lines[i];
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    if (!out.body.empty()) out.body += open ? "\n" : "\n\n";
    out.body += line;
    open = true;
  }
  return out;
}

}  // namespace truce::ingest
