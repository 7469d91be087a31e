// `truce search QUERY`: full-text search over stored reports, with highlighted snippets.
#include <fmt/core.h>
#include <unistd.h>
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "cli/store_access.hpp"

namespace truce::cli {
namespace {

int run_search(const std::string& query, int limit, const GlobalOptions& global) {
  auto store = open_store_or_complain(global, OpenMode::read);
  if (!store) return 1;
  // Bold on a terminal; brackets in pipes and JSON, where escape codes would be noise.
  const bool tty = !global.json && isatty(STDOUT_FILENO) == 1;
  const std::string open = tty ? "\033[1m" : "[";
  const std::string close = tty ? "\033[0m" : "]";
  auto hits = store->search(query, limit, open, close);
  if (!hits) return complain(hits.error());
  if (global.json) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& h : *hits) {
      out.push_back({{"id", h.id},
                     {"title", h.title},
                     {"published", h.published},
                     {"snippet", h.snippet},
                     {"rank", h.rank}});
    }
    fmt::print("{}\n", out.dump(2));
    return 0;
  }
  for (const auto& h : *hits) {
    fmt::print("{:>5}  {:<10}  {}\n       {}\n", h.id, h.published.empty() ? "?" : h.published,
               h.title, h.snippet);
  }
  if (hits->empty()) fmt::print(stderr, "no report matches \"{}\"\n", query);
  return 0;
}

}  // namespace

void add_search_command(CLI::App& app, const GlobalOptions& global, int& status) {
  auto query = std::make_shared<std::string>();
  auto limit = std::make_shared<int>(20);
  auto* cmd = app.add_subcommand("search", "full-text search over stored reports");
  cmd->add_option("query", *query, "words or a quoted phrase, e.g. S-300")->required();
  cmd->add_option("--limit", *limit, "at most this many hits")->capture_default_str();
  cmd->callback([query, limit, &global, &status] { status = run_search(*query, *limit, global); });
}

}  // namespace truce::cli
