// `truce show ID`: one stored report's metadata and cleaned text (or --json).
#include <fmt/core.h>
#include <unistd.h>

#include <cstdio>
#include <nlohmann/json.hpp>

#include "cli/arg_checks.hpp"
#include "cli/commands.hpp"
#include "cli/evidence_view.hpp"
#include "cli/store_access.hpp"
#include "core/utf8.hpp"

namespace truce::cli {
namespace {

nlohmann::json to_json(const StoredReport& stored, bool with_raw) {
  const Report& r = stored.report;
  nlohmann::json out = {{"id", stored.id},
                        {"origin", r.origin},
                        {"format", std::string(to_string(r.format))},
                        {"title", r.title},
                        {"url", r.url},
                        {"author", r.author},
                        {"source", r.source},
                        {"lang", r.lang},
                        {"published", r.published.iso},
                        {"published_precision", std::string(to_string(r.published.precision))},
                        {"published_from", r.published_from},
                        {"page_date", r.page_date.iso},
                        {"ingested_at", stored.ingested_at},
                        {"warnings", r.warnings},
                        {"duplicate_of", nullptr},
                        {"body", r.body}};
  if (stored.duplicate_of) {
    out["duplicate_of"] = stored.duplicate_of->original_id;
    out["similarity"] = stored.duplicate_of->similarity;
  }
  // Raw bytes are whatever the input held (Latin-1, a stray byte): JSON carries them as base64.
  if (with_raw) out["raw_base64"] = base64(r.raw);
  return out;
}

void print_text(const StoredReport& stored, bool with_raw) {
  const Report& r = stored.report;
  auto field = [](std::string_view name, std::string_view value) {
    if (!value.empty()) fmt::print("{:<13}{}\n", name, value);
  };
  field("report", std::to_string(stored.id));
  field("title", r.title);
  field("published", r.published.known()
                         ? fmt::format("{} ({}, from {})", r.published.iso,
                                       to_string(r.published.precision), r.published_from)
                         : "unknown");
  field("page date", r.page_date.iso);
  field("source", r.source);
  field("url", r.url);
  field("author", r.author);
  field("origin", fmt::format("{} ({})", r.origin, to_string(r.format)));
  field("ingested", stored.ingested_at);
  if (stored.duplicate_of) {
    field("duplicate of",
          fmt::format("report {} (similarity {:.2f})", stored.duplicate_of->original_id,
                      stored.duplicate_of->similarity));
  }
  for (const auto& warning : r.warnings) field("warning", warning);
  if (with_raw) {
    fmt::print("\n");
    std::fwrite(r.raw.data(), 1, r.raw.size(), stdout);  // the bytes as read, not re-coded
    fmt::print("\n");
  } else {
    fmt::print("\n{}\n", r.body);
  }
}

// Prints the body with every extracted field's span marked, then the legend.
int print_evidence(ReportStore& store, const StoredReport& stored, const GlobalOptions& global) {
  auto extraction = store.get_extraction(stored.id);
  if (!extraction) return complain(extraction.error());
  if (!*extraction) {
    return complain(
        make_error(fmt::format("{}: report {} has no extraction; run `truce extract {}`", global.db,
                               stored.id, stored.id)));
  }
  const auto facts = nlohmann::json::parse((*extraction)->json);
  const std::string& body = stored.report.body;
  if (global.json) {
    nlohmann::json out = to_json(stored, false);
    out["extractor"] = (*extraction)->extractor;
    out["extraction"] = facts;
    fmt::print("{}\n", out.dump(2));
    return 0;
  }
  const bool colour = isatty(STDOUT_FILENO) == 1;
  fmt::print("report {}: {}\nextractor: {}\n\n{}\n\n{}", stored.id, stored.report.title,
             (*extraction)->extractor, mark_spans(body, evidence_spans(facts), colour),
             evidence_legend(body, facts));
  return 0;
}

int run_show(const std::string& id_text, bool with_raw, bool evidence,
             const GlobalOptions& global) {
  auto id_or = parse_report_id("show", id_text);
  if (!id_or) return complain(id_or.error());
  const int64_t id = *id_or;
  auto store = open_store_or_complain(global, OpenMode::read);
  if (!store) return 1;
  auto stored = store->get_report(id);
  if (!stored) return complain(stored.error());
  if (!*stored) return complain(make_error(fmt::format("{}: no report {}", global.db, id)));
  if (evidence) return print_evidence(*store, **stored, global);
  if (global.json) {
    fmt::print("{}\n", to_json(**stored, with_raw).dump(2));
  } else {
    print_text(**stored, with_raw);
  }
  return 0;
}

}  // namespace

void add_show_command(CLI::App& app, const GlobalOptions& global, int& status) {
  auto id = std::make_shared<std::string>();
  auto raw = std::make_shared<bool>(false);
  auto evidence = std::make_shared<bool>(false);
  auto* cmd = app.add_subcommand("show", "print a stored report with its metadata");
  cmd->add_option("id", *id, "report id (see `truce reports`)")->required();
  cmd->add_flag("--raw", *raw, "print the raw bytes as read instead of the cleaned text");
  cmd->add_flag("--evidence", *evidence,
                "mark the text behind every extracted field, with a legend of facts and rules");
  cmd->callback(
      [id, raw, evidence, &global, &status] { status = run_show(*id, *raw, *evidence, global); });
}

}  // namespace truce::cli
