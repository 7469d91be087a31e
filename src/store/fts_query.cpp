// See fts_query.hpp.
#include "store/fts_query.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <vector>

namespace truce::store {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// True when the term has something the unicode61 tokenizer keeps: an ASCII letter or digit, or
// any non-ASCII byte (letters of other scripts). A term of punctuation alone would be an empty
// phrase, which FTS5 treats as matching nothing.
bool has_token(std::string_view term) {
  for (const char c : term) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 || (u >= '0' && u <= '9') || ((u | 0x20) >= 'a' && (u | 0x20) <= 'z')) {
      return true;
    }
  }
  return false;
}

// An FTS5 string literal: double quotes around, inner double quotes doubled.
std::string quoted(std::string_view term) {
  std::string out = "\"";
  for (const char c : term) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

}  // namespace

Result<std::vector<SearchTerm>> search_terms(std::string_view user_query) {
  if (user_query.size() > kMaxSearchBytes) {
    return make_error(fmt::format("search: the query is {} bytes long; at most {}",
                                  user_query.size(), kMaxSearchBytes));
  }
  std::vector<SearchTerm> parts;
  std::size_t i = 0;
  while (i < user_query.size()) {
    if (is_space(user_query[i])) {
      ++i;
      continue;
    }
    std::string_view term;
    if (user_query[i] == '"') {
      const std::size_t end = user_query.find('"', i + 1);
      const std::size_t stop = end == std::string_view::npos ? user_query.size() : end;
      term = user_query.substr(i + 1, stop - i - 1);
      i = stop + 1;
    } else {
      std::size_t end = i;
      while (end < user_query.size() && !is_space(user_query[end]) && user_query[end] != '"') {
        ++end;
      }
      term = user_query.substr(i, end - i);
      i = end;
    }
    bool prefix = false;
    while (!term.empty() && term.back() == '*') {
      term.remove_suffix(1);
      prefix = true;
    }
    if (!has_token(term)) continue;
    // All terms must match: a repeated one adds nothing but cost (FTS5's cost grows with the
    // terms, and 3,000 copies of one word took minutes).
    SearchTerm part{std::string(term), prefix};
    if (std::find(parts.begin(), parts.end(), part) != parts.end()) continue;
    parts.push_back(std::move(part));
    if (parts.size() > kMaxSearchTerms) {
      return make_error(
          fmt::format("search: the query has more than {} different terms", kMaxSearchTerms));
    }
  }
  if (parts.empty()) {
    return make_error(
        fmt::format("search \"{}\": the query has no words to search for", user_query));
  }
  return parts;
}

Result<std::string> to_fts5_query(std::string_view user_query) {
  auto terms = search_terms(user_query);
  if (!terms) return terms.error();
  std::string out;
  for (const auto& term : *terms) {
    if (!out.empty()) out += ' ';
    out += quoted(term.text) + (term.prefix ? "*" : "");
  }
  return out;
}

std::string snippet_line(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (const char c : text) {
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

}  // namespace truce::store
