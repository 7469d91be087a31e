// See monitor_access.hpp.
#include "cli/monitor_access.hpp"

#include <cstdlib>

#include "cli/store_access.hpp"
#include "core/data_dir.hpp"

namespace truce::cli {

std::optional<MonitorSession> open_monitor_or_complain(const GlobalOptions& global, OpenMode mode) {
  auto knowledge = monitor::load_knowledge(data_dir());
  if (!knowledge) {
    complain(knowledge.error());
    return std::nullopt;
  }
  auto store = open_store_or_complain(global, mode);
  if (!store) return std::nullopt;
  auto book = monitor::IncidentBook::build(*store, *knowledge);
  if (!book) {
    complain(book.error());
    return std::nullopt;
  }
  return MonitorSession{std::move(store), std::move(*book)};
}

std::optional<std::pair<double, double>> parse_lat_lon(const std::string& text) {
  const auto comma = text.find(',');
  if (comma == std::string::npos) return std::nullopt;
  const std::string lat_text = text.substr(0, comma);
  const std::string lon_text = text.substr(comma + 1);
  char* end = nullptr;
  const double lat = std::strtod(lat_text.c_str(), &end);
  if (lat_text.empty() || *end != '\0') return std::nullopt;
  const double lon = std::strtod(lon_text.c_str(), &end);
  if (lon_text.empty() || *end != '\0') return std::nullopt;
  if (lat < -90 || lat > 90 || lon < -180 || lon > 180) return std::nullopt;
  return std::pair{lat, lon};
}

}  // namespace truce::cli
