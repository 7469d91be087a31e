// See sides.hpp.
#include "monitor/sides.hpp"

#include "extract/lexicon_file.hpp"

namespace truce::monitor {

Result<SideBook> SideBook::load(const std::filesystem::path& data_dir) {
  SideBook book;
  auto sides = extract::read_lexicon(data_dir / "sides.tsv", {"side", "counts_as"});
  if (!sides) return sides.error();
  const int counts_as = sides->column("counts_as");
  for (const auto& row : sides->rows) {
    const std::string& to = row.fields[counts_as];
    if (to != "-" && !to.empty()) book.counts_as_[row.fields[0]] = to;
  }
  auto conflicts = extract::read_lexicon(data_dir / "conflicts.tsv", {"side_a", "side_b"});
  if (!conflicts) return conflicts.error();
  const int a = conflicts->column("side_a");
  const int b = conflicts->column("side_b");
  for (const auto& row : conflicts->rows) {
    Conflict c;
    c.name = row.fields[0];
    for (const auto& s : extract::split_alternatives(row.fields[a])) c.a.insert(book.canonical(s));
    for (const auto& s : extract::split_alternatives(row.fields[b])) c.b.insert(book.canonical(s));
    book.conflicts_.push_back(std::move(c));
  }
  return book;
}

std::string SideBook::canonical(const std::string& side) const {
  const auto it = counts_as_.find(side);
  return it == counts_as_.end() ? side : it->second;
}

bool SideBook::is_party(const std::string& side) const {
  const std::string s = canonical(side);
  for (const auto& c : conflicts_) {
    if (c.a.count(s) || c.b.count(s)) return true;
  }
  return false;
}

bool SideBook::same_war(const std::string& side, const std::string& other) const {
  const std::string s = canonical(side);
  const std::string o = canonical(other);
  for (const auto& c : conflicts_) {
    const bool has_s = c.a.count(s) || c.b.count(s);
    const bool has_o = c.a.count(o) || c.b.count(o);
    if (has_s && has_o) return true;
  }
  return false;
}

bool SideBook::opposed(const std::string& a, const std::string& b) const {
  return opposed_in("", a, b);
}

bool SideBook::opposed_in(const std::string& conflict, const std::string& a,
                          const std::string& b) const {
  const std::string x = canonical(a);
  const std::string y = canonical(b);
  for (const auto& c : conflicts_) {
    if (!conflict.empty() && c.name != conflict) continue;
    if ((c.a.count(x) && c.b.count(y)) || (c.b.count(x) && c.a.count(y))) return true;
  }
  return false;
}

}  // namespace truce::monitor
