// Index by first key; candidates are tried longest first.
#include "extract/phrase_matcher.hpp"

#include <algorithm>

namespace truce::extract {

bool key_matches(const std::string& key, const std::string& word) {
  if (key == word) return true;
  if (word.size() < 3) return false;  // "s", "us": no plural guessing on tiny words
  if (key.size() == word.size() + 1 && key.back() == 's' && key.compare(0, word.size(), word) == 0)
    return true;
  if (key.size() == word.size() + 2 && key.ends_with("es") &&
      key.compare(0, word.size(), word) == 0)
    return true;
  if (word.back() == 'y' && key.size() == word.size() + 2 && key.ends_with("ies") &&
      key.compare(0, word.size() - 1, word, 0, word.size() - 1) == 0)
    return true;
  return false;
}

bool PhraseMatcher::add(std::vector<std::string> keys, int id) {
  if (keys.empty()) return false;
  const std::size_t index = phrases_.size();
  std::string first = keys.front();
  if (!first.empty()) {
    first_lengths_[static_cast<unsigned char>(first[0])] |=
        std::uint64_t{1} << std::min<std::size_t>(first.size(), 63);
  }
  phrases_.push_back(Phrase{std::move(keys), id});
  by_first_[first].push_back(index);
  // Plural forms of a one-word phrase are found through the singular's bucket.
  return true;
}

bool PhraseMatcher::may_begin(char first, std::size_t length) const {
  return (first_lengths_[static_cast<unsigned char>(first)] >> std::min<std::size_t>(length, 63)) &
         1;
}

template <typename Visit>
void PhraseMatcher::each_at(const std::vector<text::Token>& t, std::size_t i, std::size_t to,
                            Visit&& visit) const {
  auto try_bucket = [&](std::string_view first) {
    if (!first.empty() && !may_begin(first[0], first.size())) return;
    auto it = by_first_.find(first);
    if (it == by_first_.end()) return;
    for (std::size_t index : it->second) {
      const Phrase& p = phrases_[index];
      const std::size_t n = p.keys.size();
      if (i + n > to) continue;
      bool ok = true;
      for (std::size_t k = 0; k < n && ok; ++k) {
        const auto& tok = t[i + k];
        ok = tok.kind != text::TokenKind::punct && key_matches(tok.key, p.keys[k]);
      }
      if (ok) visit(p);
    }
  };
  const std::string_view key = t[i].key;
  try_bucket(key);
  // A plural first word ("tanks ...") may belong to a phrase written in the singular.
  if (key.size() > 3 && key.back() == 's') try_bucket(key.substr(0, key.size() - 1));
  if (key.size() > 4 && key.ends_with("es")) try_bucket(key.substr(0, key.size() - 2));
  if (key.size() > 4 && key.ends_with("ies") && may_begin(key[0], key.size() - 2)) {
    try_bucket(std::string(key.substr(0, key.size() - 3)) + "y");
  }
}

std::optional<PhraseMatch> PhraseMatcher::match_at(const std::vector<text::Token>& t, std::size_t i,
                                                   std::size_t to) const {
  if (i >= to || t[i].kind == text::TokenKind::punct) return std::nullopt;
  std::optional<PhraseMatch> best;
  each_at(t, i, to, [&](const Phrase& p) {
    const std::size_t n = p.keys.size();
    if (!best || n > best->last - best->first) best = PhraseMatch{i, i + n, p.id};
  });
  return best;
}

std::vector<int> PhraseMatcher::ids_of(const std::vector<text::Token>& t,
                                       const PhraseMatch& m) const {
  std::vector<int> out;
  each_at(t, m.first, m.last, [&](const Phrase& p) {
    if (p.keys.size() == m.last - m.first && std::find(out.begin(), out.end(), p.id) == out.end())
      out.push_back(p.id);
  });
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<PhraseMatch> PhraseMatcher::find_all(const std::vector<text::Token>& t,
                                                 std::size_t from, std::size_t to) const {
  std::vector<PhraseMatch> out;
  to = std::min(to, t.size());
  for (std::size_t i = from; i < to;) {
    if (auto m = match_at(t, i, to)) {
      out.push_back(*m);
      i = m->last;
    } else {
      ++i;
    }
  }
  return out;
}

}  // namespace truce::extract
