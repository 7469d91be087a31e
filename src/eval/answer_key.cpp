// JSON Lines reader for the answer key.
#include "eval/answer_key.hpp"

#include <fmt/format.h>

#include <fstream>
#include <nlohmann/json.hpp>

namespace truce::eval {
namespace {

std::string str(const nlohmann::json& j, const char* k) {
  auto it = j.find(k);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::optional<std::string> opt_str(const nlohmann::json& j, const char* k) {
  auto it = j.find(k);
  if (it == j.end() || !it->is_string()) return std::nullopt;
  return it->get<std::string>();
}

std::optional<long> opt_long(const nlohmann::json& j, const char* k) {
  auto it = j.find(k);
  if (it == j.end() || !it->is_number()) return std::nullopt;
  return it->get<long>();
}

KeyPlace place_of(const nlohmann::json& p) {
  KeyPlace kp;
  kp.name = str(p, "name");
  kp.mention = str(p, "mention");
  kp.lat = p.value("lat", 0.0);
  kp.lon = p.value("lon", 0.0);
  kp.tolerance_km = p.value("tolerance_km", 25.0);
  return kp;
}

}  // namespace

Result<std::vector<KeyRecord>> load_answer_key(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) return make_error(fmt::format("{}: cannot open the answer key", path.string()));
  std::vector<KeyRecord> out;
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    nlohmann::json j;
    try {
      j = nlohmann::json::parse(line);
    } catch (const std::exception& e) {
      return make_error(fmt::format("{}:{}: not JSON ({})", path.string(), number, e.what()));
    }
    KeyRecord r;
    r.kind = str(j, "kind");
    r.doc = str(j, "doc");
    r.line = number;
    if (r.kind.empty() || r.doc.empty())
      return make_error(fmt::format("{}:{}: record without kind or doc", path.string(), number));
    r.optional = j.value("optional", false);
    if (auto it = j.find("evidence"); it != j.end()) {
      if (it->is_string()) r.evidence.push_back(it->get<std::string>());
      if (it->is_array())
        for (const auto& e : *it) r.evidence.push_back(e.get<std::string>());
    }
    r.type = str(j, "type");
    if (auto it = j.find("alt_types"); it != j.end() && it->is_array())
      for (const auto& e : *it) r.alt_types.push_back(e.get<std::string>());
    r.date = str(j, "date");
    if (auto it = j.find("places"); it != j.end() && it->is_array())
      for (const auto& p : *it) r.places.push_back(place_of(p));
    if (r.kind == "place") r.places.push_back(place_of(j));
    r.claimant = str(j, "claimant");
    r.claimant_side = str(j, "claimant_side");
    r.actor1 = opt_str(j, "actor1");
    r.actor2 = opt_str(j, "actor2");
    r.fatalities = opt_long(j, "fatalities");
    r.injuries = opt_long(j, "injuries");
    r.about = str(j, "about");
    r.category = str(j, "category");
    r.measure = str(j, "measure");
    r.qualifier = str(j, "qualifier");
    r.system = str(j, "system");
    r.why = str(j, "why");
    r.value = j.value("value", 0.0);
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace truce::eval
