// The TSV reader shared by every lexicon loader.
#include "extract/lexicon_file.hpp"

#include <fmt/format.h>

#include <fstream>

namespace truce::extract {
namespace {

std::string trim(const std::string& s) {
  std::size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\r' || s[b] == '\t')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\r' || s[e - 1] == '\t')) --e;
  return s.substr(b, e - b);
}

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    const std::size_t tab = line.find('\t', start);
    out.push_back(
        trim(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start)));
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  return out;
}

}  // namespace

int LexiconTable::column(const std::string& name) const {
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (columns[i] == name) return static_cast<int>(i);
  }
  return -1;
}

Result<LexiconTable> read_lexicon(const std::filesystem::path& path,
                                  const std::vector<std::string>& required) {
  std::ifstream in(path);
  if (!in) return make_error(fmt::format("{}: cannot open lexicon file", path.string()));
  LexiconTable table;
  table.path = path;
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    const std::string trimmed = trim(line);
    if (trimmed.empty() || trimmed[0] == '#') continue;
    if (table.columns.empty()) {
      table.columns = split_tabs(trimmed);
      for (const auto& r : required) {
        if (table.column(r) < 0) {
          return make_error(
              fmt::format("{}:{}: header lacks the column '{}'", path.string(), number, r));
        }
      }
      continue;
    }
    auto fields = split_tabs(line);
    while (fields.size() > table.columns.size() && fields.back().empty()) fields.pop_back();
    if (fields.size() > table.columns.size()) {
      return make_error(fmt::format("{}:{}: {} fields, but the header names {} columns",
                                    path.string(), number, fields.size(), table.columns.size()));
    }
    fields.resize(table.columns.size());
    if (fields[0].empty()) {
      return make_error(fmt::format("{}:{}: the first column '{}' is empty", path.string(), number,
                                    table.columns[0]));
    }
    table.rows.push_back(LexiconRow{number, std::move(fields)});
  }
  if (table.columns.empty()) {
    return make_error(fmt::format("{}:{}: no header line", path.string(), number));
  }
  return table;
}

std::vector<std::string> split_alternatives(const std::string& field) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= field.size()) {
    std::size_t bar = field.find('|', start);
    if (bar == std::string::npos) bar = field.size();
    const std::string part = trim(field.substr(start, bar - start));
    if (!part.empty()) out.push_back(part);
    start = bar + 1;
  }
  return out;
}

}  // namespace truce::extract
