// `truce ingest PATH...`: read reports, drop exact duplicates, link near-duplicates, store each
// report in its own transaction. Problems are reported one line each and the command goes on;
// it exits non-zero at the end if any input had a problem.
#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include <cstdio>

#include "cli/commands.hpp"
#include "cli/extraction_runner.hpp"
#include "cli/progress_bar.hpp"
#include "cli/store_access.hpp"
#include "ingest/duplicate_detector.hpp"
#include "ingest/report_reader.hpp"

namespace truce::cli {
namespace {

struct IngestArgs {
  std::vector<std::string> paths;
  std::string published;
  std::string precision = "day";
  std::string source;
  std::size_t max_bytes = std::size_t{20} * 1024 * 1024;
  bool no_extract = false;
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
    options.published = ReportDate{args.published, *precision};
  }
  return options;
}

// Stores one report unless it is already stored; returns a JSON record of what happened.
// The report and its extraction go in one transaction.
nlohmann::json store_one(const Report& report, ReportStore& store,
                         const ingest::DuplicateDetector& detector,
                         const ExtractionRunner* extraction, Tally& tally,
                         std::vector<std::string>& messages) {
  nlohmann::json record = {{"origin", report.origin}, {"title", report.title}};
  for (const auto& warning : report.warnings) {
    messages.push_back(fmt::format("{}: warning: {}", report.origin, warning));
  }
  const Fingerprint fingerprint = detector.fingerprint(report.body);
  auto verdict = detector.check(store, fingerprint);
  if (!verdict) {
    ++tally.problems;
    messages.push_back(verdict.error().message);
    record["status"] = "error";
    record["error"] = verdict.error().message;
    return record;
  }
  if (verdict->kind == ingest::DuplicateDetector::Verdict::Kind::exact) {
    ++tally.already_stored;
    messages.push_back(
        fmt::format("{}: already stored as report {}", report.origin, verdict->existing_id));
    record["status"] = "already_stored";
    record["id"] = verdict->existing_id;
    return record;
  }
  std::optional<DuplicateLink> link;
  if (verdict->kind == ingest::DuplicateDetector::Verdict::Kind::near) {
    link = DuplicateLink{verdict->existing_id, verdict->similarity};
  }
  std::optional<ExtractionRecord> extracted;
  if (extraction) extracted = extraction->run(report);
  auto id = store.insert_report(report, fingerprint, link, extracted ? &*extracted : nullptr);
  if (!id) {
    ++tally.problems;
    messages.push_back(id.error().message);
    record["status"] = "error";
    record["error"] = id.error().message;
    return record;
  }
  record["id"] = *id;
  if (link) {
    ++tally.near_duplicates;
    messages.push_back(fmt::format("{}: near-duplicate of report {} (similarity {:.2f})",
                                   report.origin, link->original_id, link->similarity));
    record["status"] = "near_duplicate";
    record["duplicate_of"] = link->original_id;
    record["similarity"] = link->similarity;
  } else {
    record["status"] = "stored";
  }
  if (extracted) {
    record["facts"] = extracted->facts.size();
  }
  ++tally.stored;
  return record;
}

int run_ingest(const IngestArgs& args, const GlobalOptions& global) {
  auto options = read_options(args);
  if (!options) return complain(options.error());
  auto reader = ingest::ReportReader::create(*options);
  if (!reader) return complain(reader.error());
  std::optional<ExtractionRunner> extraction;
  if (!args.no_extract) {
    auto runner = ExtractionRunner::load();
    if (!runner) return complain(runner.error());
    if (!runner->warning().empty() && !global.quiet) {
      fmt::print(stderr, "truce: warning: {}\n", runner->warning());
    }
    extraction.emplace(std::move(*runner));
  }
  auto store = open_store_or_complain(global);
  if (!store) return 1;
  const ingest::DuplicateDetector detector;

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
  for (const auto& input : inputs) {
    auto outcome = reader->read(input);
    problems.insert(problems.end(), outcome.problems.begin(), outcome.problems.end());
    for (const auto& report : outcome.reports) {
      records.push_back(store_one(report, *store, detector, extraction ? &*extraction : nullptr,
                                  tally, messages));
    }
    flush_messages(bar);
    bar.advance();
  }
  bar.clear();

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
  cmd->add_option("--max-bytes", args->max_bytes, "largest input file accepted, in bytes")
      ->capture_default_str();
  cmd->add_flag(
      "--no-extract", args->no_extract,
      "store reports without extracting incidents and claims (run `truce extract` later)");
  cmd->callback([args, &global, &status] { status = run_ingest(*args, global); });
}

}  // namespace truce::cli
