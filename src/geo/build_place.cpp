// Shared helpers of the gazetteer build: splitting, reading JSON sources, name variants.
#include "geo/build_place.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace truce::geo {

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string cur;
  std::istringstream in(s);
  while (std::getline(in, cur, sep)) out.push_back(cur);
  if (!s.empty() && s.back() == sep) out.emplace_back();
  return out;
}

Result<std::string> read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return make_error(path.string() + ": cannot read (did `npm ci` run?)");
  std::ostringstream ss;
  ss << in.rdbuf();
  return std::move(ss).str();
}

Result<nlohmann::json> read_json(const std::filesystem::path& path) {
  auto text = read_file(path);
  if (!text) return text.error();
  try {
    return nlohmann::json::parse(*text);
  } catch (const nlohmann::json::exception& e) {
    return make_error(path.string() + ": " + e.what());
  }
}

// Returns j[key] when j is an object holding a string there, else "": the sources leave fields
// out or null for some rows.
std::string str(const nlohmann::json& j, const char* key) {
  if (!j.is_object()) return {};
  const auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

const nlohmann::json& member(const nlohmann::json& j, const char* key) {
  static const nlohmann::json kNull;
  if (!j.is_object()) return kNull;
  const auto it = j.find(key);
  return it != j.end() ? *it : kNull;
}

namespace {
// Scripts whose names a news text in a European or Middle-Eastern language may carry. Names in
// other scripts (CJK, Indic, Thai, ...) only cost build time and index size here.
bool keep_script(std::string_view utf8) {
  for (std::size_t i = 0; i < utf8.size();) {
    const auto b = static_cast<unsigned char>(utf8[i]);
    char32_t cp = b;
    std::size_t len = 1;
    if (b >= 0xF0) {
      return false;
    } else if (b >= 0xE0 && i + 2 < utf8.size()) {
      cp = ((b & 0x0F) << 12) | ((utf8[i + 1] & 0x3F) << 6) | (utf8[i + 2] & 0x3F);
      len = 3;
    } else if (b >= 0xC0 && i + 1 < utf8.size()) {
      cp = ((b & 0x1F) << 6) | (utf8[i + 1] & 0x3F);
      len = 2;
    }
    const bool ok = cp < 0x0700 || (cp >= 0x10A0 && cp < 0x1100) || (cp >= 0x1E00 && cp < 0x2070) ||
                    cp == 0x2019;
    if (!ok) return false;
    i += len;
  }
  return true;
}

}  // namespace

// GeoNames alternates include airport and other codes ("WAS", "KVD"): short, all capitals.
bool looks_like_code(std::string_view s) {
  if (s.size() > 4) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '.'; });
}

namespace {
bool has_digit(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

void add_variant(BuildPlace& p, std::string text, std::uint8_t flags) {
  if (text.empty() || text.size() > 80 || has_digit(text) || !keep_script(text)) return;
  for (char& c : text) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  p.variants.push_back({std::move(text), flags});
}

}  // namespace truce::geo
