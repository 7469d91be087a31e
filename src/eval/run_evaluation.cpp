// Reading through ingest::ReportReader keeps the evaluation honest: extraction sees the same
// cleaned body that `truce ingest` stores.
#include "eval/run_evaluation.hpp"

#include "ingest/report_reader.hpp"

namespace truce::eval {

Result<EvalRun> run_evaluation(const std::filesystem::path& key_path,
                               const std::vector<std::string>& paths,
                               const extract::Extractor& extractor,
                               const geo::PlaceFinder* places) {
  auto key = load_answer_key(key_path);
  if (!key) return key.error();
  auto reader = ingest::ReportReader::create(ingest::ReadOptions{});
  if (!reader) return reader.error();
  EvalRun run;
  std::error_code ec;
  const auto key_file = std::filesystem::weakly_canonical(key_path, ec);
  for (const auto& input : reader->expand(paths, run.problems)) {
    // The key may sit in the folder of the reports it scores; it is not a report.
    if (input != "-" && std::filesystem::weakly_canonical(input, ec) == key_file) continue;
    auto outcome = reader->read(input);
    for (auto& p : outcome.problems) run.problems.push_back(std::move(p));
    for (auto& report : outcome.reports) {
      ScoredDocument d;
      d.doc = std::filesystem::path(input).filename().string();
      d.extraction = extractor.extract(report, places);
      d.report = std::move(report);
      run.documents.push_back(std::move(d));
    }
  }
  run.result = score(*key, run.documents, extractor.lexicons());
  return run;
}

}  // namespace truce::eval
