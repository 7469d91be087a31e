// `truce geocode NAME [--near COUNTRY]`: the gazetteer's candidates for a place name, best
// first, with the reason the first won.
#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "cli/store_access.hpp"
#include "geo/geoparser.hpp"

namespace truce::cli {
namespace {

int run_geocode(const std::string& name, const std::string& near, int limit,
                const GlobalOptions& global) {
  auto parser = geo::load_geoparser();
  if (!parser) return complain(parser.error());
  const auto matches =
      (*parser)->candidates(name, near, static_cast<std::size_t>(std::max(limit, 1)));
  if (global.json) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& m : matches) {
      out.push_back({{"id", m.place.id},
                     {"name", m.place.name},
                     {"lat", m.place.lat},
                     {"lon", m.place.lon},
                     {"country", m.place.country},
                     {"admin1", m.place.admin1},
                     {"kind", std::string(geo::to_string(m.place.kind))},
                     {"feature_class", std::string(1, m.place.feature_class)},
                     {"feature_code", m.place.feature_code},
                     {"precision", m.place.precision},
                     {"population", m.place.population},
                     {"variant", m.matched_variant},
                     {"score", m.score},
                     {"why", m.why}});
    }
    fmt::print("{}\n", out.dump(2));
    return matches.empty() ? 1 : 0;
  }
  if (matches.empty()) {
    fmt::print(stderr, "truce: no place named \"{}\"\n", name);
    return 1;
  }
  for (std::size_t i = 0; i < matches.size(); ++i) {
    const auto& m = matches[i];
    fmt::print(
        "{:>2}. {:<28} {:>9.4f} {:>10.4f}  {} {:<20} {:<8} {}{} prec {}  pop {:<9} {:<22} "
        "score {:.2f}\n",
        i + 1, m.place.name, m.place.lat, m.place.lon, m.place.country,
        m.place.admin1.substr(0, 20), geo::to_string(m.place.kind), m.place.feature_class,
        "/" + m.place.feature_code, m.place.precision, m.place.population, m.place.id, m.score);
  }
  fmt::print("\nwhy the first: {}\n", matches[0].why);
  return 0;
}

}  // namespace

void add_geocode_command(CLI::App& app, const GlobalOptions& global, int& status) {
  auto name = std::make_shared<std::string>();
  auto near = std::make_shared<std::string>();
  auto limit = std::make_shared<int>(10);
  auto* cmd = app.add_subcommand("geocode", "show the gazetteer's candidates for a place name");
  cmd->add_option("name", *name, "a place name in any script, e.g. Степанакерт")->required();
  cmd->add_option("--near", *near, "ISO 3166-1 alpha-2 country to prefer, e.g. AZ");
  cmd->add_option("--limit", *limit, "at most this many candidates")->capture_default_str();
  cmd->callback([name, near, limit, &global, &status] {
    status = run_geocode(*name, *near, *limit, global);
  });
}

}  // namespace truce::cli
