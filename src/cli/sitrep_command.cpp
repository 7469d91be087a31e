// `truce sitrep --date D [--format md|html] [--out FILE]`: the daily situation report.
#include <fmt/core.h>

#include <fstream>
#include <sstream>

#include "cli/arg_checks.hpp"
#include "cli/commands.hpp"
#include "cli/monitor_access.hpp"
#include "cli/store_access.hpp"
#include "core/data_dir.hpp"
#include "report/sitrep.hpp"

namespace truce::cli {
namespace {

struct SitrepArgs {
  std::string date, format = "md", out;
};

std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream content;
  content << in.rdbuf();
  return content.str();
}

int run_sitrep(const SitrepArgs& args, const GlobalOptions& global) {
  if (args.format != "md" && args.format != "html") {
    return complain(make_error(fmt::format("--format: '{}' is not md or html", args.format), 2));
  }
  if (Status date = check_date_option("--date", args.date); !date) return complain(date.error());
  auto session = open_monitor_or_complain(global, OpenMode::read);
  if (!session) return 1;
  auto reg = monitor::CeasefireRegister::build(*session->store, session->book.knowledge().sides);
  if (!reg) return complain(reg.error());
  const auto countries = report::CountryTable::load(data_dir());
  const report::BodyText body_of = [&](int64_t id) {
    auto stored = session->store->get_report(id);
    return stored && *stored ? (*stored)->report.body : std::string();
  };
  auto sitrep =
      report::build_sitrep(args.date, *session->store, session->book, *reg, countries, body_of);
  if (!sitrep) return complain(sitrep.error());
  std::string text;
  if (args.format == "md") {
    text = report::render_markdown(*sitrep);
  } else {
    const std::string shapes = read_text(data_dir() / "generated" / "countries-110m.json");
    if (shapes.empty() && !global.quiet) {
      fmt::print(stderr,
                 "truce: warning: data/generated/countries-110m.json is missing; the "
                 "report has no map (rebuild to generate it)\n");
    }
    text = report::render_html(*sitrep, shapes);
  }
  if (args.out.empty() || args.out == "-") {
    fmt::print("{}", text);
    return 0;
  }
  const std::string temp = args.out + ".part";
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out) {
      std::remove(temp.c_str());
      return complain(make_error(fmt::format("{}: cannot write", args.out)));
    }
  }
  if (std::rename(temp.c_str(), args.out.c_str()) != 0) {
    std::remove(temp.c_str());
    return complain(make_error(fmt::format("{}: cannot write", args.out)));
  }
  return 0;
}

}  // namespace

void add_sitrep_command(CLI::App& app, const GlobalOptions& global, int& status) {
  auto* cmd = app.add_subcommand("sitrep", "the daily situation report (Markdown or HTML)");
  auto args = std::make_shared<SitrepArgs>();
  cmd->add_option("--date", args->date, "the day, YYYY-MM-DD")->required();
  cmd->add_option("--format", args->format, "md or html")->capture_default_str();
  cmd->add_option("--out", args->out, "file to write (default: stdout)");
  cmd->callback([args, &global, &status] { status = run_sitrep(*args, global); });
}

}  // namespace truce::cli
