// See sides.hpp.
#include "monitor/sides.hpp"

#include <algorithm>

#include "extract/lexicon_file.hpp"

namespace truce::monitor {

Result<SideBook> SideBook::load(const std::filesystem::path& data_dir) {
  auto table = extract::read_lexicon(data_dir / "sides.tsv", {"side", "opponents", "counts_as"});
  if (!table) return table.error();
  SideBook book;
  for (const auto& row : table->rows) {
    auto opponents = extract::split_alternatives(row.fields[1]);
    std::erase(opponents, std::string("-"));
    book.opponents_[row.fields[0]] = opponents;
    if (row.fields[2] != "-" && !row.fields[2].empty())
      book.counts_as_[row.fields[0]] = row.fields[2];
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
