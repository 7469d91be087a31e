// `truce ingest PATH...`: read reports, drop exact duplicates, link near-duplicates, store each
// report all or nothing (reports are committed in batches). Reading and extraction run on
// --jobs threads; what is stored does not depend on their number. Problems are reported one
// line each and the command goes on; it exits non-zero at the end if any input had a problem.
#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include <cstdio>

#include "cli/arg_checks.hpp"
#include "cli/commands.hpp"
#include "cli/progress_bar.hpp"
#include "cli/store_access.hpp"
#include "ingest/report_reader.hpp"
#include "pipeline/ingest_pipeline.hpp"
#include "pipeline/parallel_ingest.hpp"

namespace truce::cli {
namespace {

struct IngestArgs {
  std::vector<std::string> paths;
  std::string published;
  std::string precision = "day";
  std::string source;
  std::size_t max_bytes = std::size_t{20} * 1024 * 1024;
  bool no_extract = false;
  bool queue = false;
  unsigned jobs = 0;
};

struct Tally {
  int stored = 0;
  int near_duplicates = 0;
  int already_stored = 0;
  int problems = 0;
};

Result<ingest::ReadOptions> read_options(const IngestArgs& args) {
  ingest::ReadOptions options;
  options.max_bytes = args.max_bytes;
  options.source = args.source;
  if (!args.published.empty()) {
    auto precision = parse_date_precision(args.precision);
    if (!precision) {
      return make_error(fmt::format("--precision: '{}' is not one of day, approximate, month, "
                                    "year, unknown",
                                    args.precision),
                        2);
    }
    auto date = parse_date_option("--published", args.published);
    if (!date) return date.error();
    // "2020-10" is a month whatever the default precision says; a coarser --precision stays.
    if (date->precision == DatePrecision::day || *precision != DatePrecision::day) {
      date->precision = *precision;
    }
    options.published = *date;
  }
  return options;
}

// Counts and words what happened to one report; returns its JSON record.
nlohmann::json count_outcome(const pipeline::IngestOutcome& outcome, Tally& tally,
                             std::vector<std::string>& messages) {
  messages.insert(messages.end(), outcome.warnings.begin(), outcome.warnings.end());
  using Status = pipeline::IngestOutcome::Status;
  switch (outcome.status) {
    case Status::error:
      ++tally.problems;
      messages.push_back(outcome.error);
      break;
    case Status::already_stored:
      ++tally.already_stored;
      messages.push_back(
          fmt::format("{}: already stored as report {}", outcome.origin, outcome.id));
      break;
    case Status::near_duplicate:
      ++tally.near_duplicates;
      ++tally.stored;
      messages.push_back(fmt::format("{}: near-duplicate of report {} (similarity {:.2f})",
                                     outcome.origin, outcome.duplicate_of, outcome.similarity));
      break;
    case Status::stored:
      ++tally.stored;
      break;
  }
  return pipeline::to_json(outcome);
}

int run_ingest(const IngestArgs& args, const GlobalOptions& global) {
  auto options = read_options(args);
  if (!options) return complain(options.error());
  auto reader = ingest::ReportReader::create(*options);
  if (!reader) return complain(reader.error());
  std::optional<pipeline::ExtractionRunner> extraction;
  if (!args.no_extract && !args.queue) {
    auto runner = pipeline::ExtractionRunner::load();
    if (!runner) return complain(runner.error());
    if (!runner->warning().empty() && !global.quiet) {
      fmt::print(stderr, "truce: warning: {}\n", runner->warning());
    }
    extraction.emplace(std::move(*runner));
  }
  auto store = open_store_or_complain(global);
  if (!store) return 1;
  if (args.queue && !store->has_work_queue()) return complain(store->queue_counts().error());
  pipeline::IngestPipeline pipeline(*store, extraction ? &*extraction : nullptr);

  Tally tally;
  std::vector<std::string> messages;
  std::vector<Error> problems;
  const auto inputs = reader->expand(args.paths, problems);
  nlohmann::json records = nlohmann::json::array();
  auto flush_messages = [&](ProgressBar& bar) {
    if (!global.quiet && !messages.empty()) bar.clear();
    for (const auto& problem : problems) fmt::print(stderr, "{}\n", problem.message);
    tally.problems += static_cast<int>(problems.size());
    problems.clear();
    if (!global.quiet) {
      for (const auto& message : messages) fmt::print(stderr, "{}\n", message);
    }
    messages.clear();
  };

  ProgressBar bar(inputs.size(), "ingest", !global.quiet && !global.json);
  flush_messages(bar);
  const Status finished = pipeline::ingest_inputs(
      *reader, pipeline, *store, inputs, {.jobs = args.jobs},
      [&](pipeline::InputOutcome&& outcome) {
        problems.insert(problems.end(), outcome.problems.begin(), outcome.problems.end());
        for (const auto& report : outcome.reports) {
          records.push_back(count_outcome(report, tally, messages));
        }
        flush_messages(bar);
        bar.advance();
      });
  bar.clear();
  if (!finished) {
    fmt::print(stderr, "{}\n", finished.error().message);
    ++tally.problems;
  }

  if (global.json) {
    nlohmann::json out = {{"reports", records},
                          {"stored", tally.stored},
                          {"near_duplicates", tally.near_duplicates},
                          {"already_stored", tally.already_stored},
                          {"problems", tally.problems}};
    fmt::print("{}\n", out.dump(2));
  } else {
    fmt::print("ingested {} report(s) ({} near-duplicate), {} already stored, {} problem(s)\n",
               tally.stored, tally.near_duplicates, tally.already_stored, tally.problems);
  }
  return tally.problems > 0 ? 1 : 0;
}

}  // namespace

void add_ingest_command(CLI::App& app, const GlobalOptions& global, int& status) {
  auto args = std::make_shared<IngestArgs>();
  auto* cmd = app.add_subcommand(
      "ingest", "read reports (text, HTML, RSS/Atom, JSON Lines; files, folders or - for stdin)");
  cmd->add_option("paths", args->paths, "files, directories (recursive) or - for stdin")
      ->required();
  cmd->add_option("--published", args->published,
                  "publication date (YYYY-MM-DD) for every report read");
  cmd->add_option("--precision", args->precision,
                  "precision of --published: day, approximate, month, year")
      ->capture_default_str();
  cmd->add_option("--source", args->source, "outlet or agency for every report read");
  cmd->add_option("--max-bytes", args->max_bytes,
                  "largest input file, and largest text one report may become, in bytes")
      ->capture_default_str();
  cmd->add_flag(
      "--no-extract", args->no_extract,
      "store reports without extracting incidents and claims (run `truce extract` later)");
  cmd->add_flag("--queue", args->queue,
                "store reports without extracting them, queued for `truce worker` (PostgreSQL "
                "stores)");
  cmd->add_option("--jobs", args->jobs,
                  "threads reading and extracting reports (0: one per core); the stored result "
                  "is the same for any number")
      ->capture_default_str();
  cmd->callback([args, &global, &status] { status = run_ingest(*args, global); });
}

}  // namespace truce::cli
