// Opening the store and building the linked incidents from a command, with the one-line error
// every command prints on failure.
#pragma once

#include <memory>
#include <optional>

#include "cli/app.hpp"
#include "monitor/incidents.hpp"

namespace truce::cli {

struct MonitorSession {
  std::unique_ptr<ReportStore> store;
  monitor::IncidentBook book;
};

// Returns the store named by --db and its linked incidents, or nullopt after printing
// "truce: <problem>" to stderr. `mode` as for open_store_or_complain.
std::optional<MonitorSession> open_monitor_or_complain(const GlobalOptions& global,
                                                       OpenMode mode = OpenMode::read_write);

// Parses "LAT,LON"; nullopt when it is not two numbers in range.
std::optional<std::pair<double, double>> parse_lat_lon(const std::string& text);

}  // namespace truce::cli
