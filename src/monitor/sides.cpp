// See sides.hpp.
#include "monitor/sides.hpp"

#include <algorithm>

#include "extract/lexicon_file.hpp"

namespace truce::monitor {

// Who fights whom comes from data/conflicts.tsv (every camp's parties oppose every party of the
// other camp); how a side counts from sides.tsv.
Result<SideBook> SideBook::load(const std::filesystem::path& data_dir) {
  auto sides = extract::read_lexicon(data_dir / "sides.tsv", {"side", "counts_as"});
  if (!sides) return sides.error();
  SideBook book;
  for (const auto& row : sides->rows) {
    if (row.fields[1] != "-" && !row.fields[1].empty())
      book.counts_as_[row.fields[0]] = row.fields[1];
  }
  auto conflicts =
      extract::read_lexicon(data_dir / "conflicts.tsv", {"conflict", "side_a", "side_b"});
  if (!conflicts) return conflicts.error();
  for (const auto& row : conflicts->rows) {
    const auto a = extract::split_alternatives(row.fields[1]);
    const auto b = extract::split_alternatives(row.fields[2]);
    for (const auto& x : a) book.opponents_[x].insert(book.opponents_[x].end(), b.begin(), b.end());
    for (const auto& x : b) book.opponents_[x].insert(book.opponents_[x].end(), a.begin(), a.end());
  }
  return book;
}

std::string SideBook::canonical(const std::string& side) const {
  const auto it = counts_as_.find(side);
  return it == counts_as_.end() ? side : it->second;
}

bool SideBook::is_party(const std::string& side) const {
  const auto it = opponents_.find(side);
  return it != opponents_.end() && !it->second.empty();
}

bool SideBook::opposed(const std::string& a, const std::string& b) const {
  const std::string ca = canonical(a);
  const std::string cb = canonical(b);
  for (const auto& [side, opponents] : opponents_) {
    if (canonical(side) != ca) continue;
    for (const auto& o : opponents) {
      if (canonical(o) == cb) return true;
    }
  }
  return false;
}

}  // namespace truce::monitor
