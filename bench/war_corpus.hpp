// A deterministic generator of war reports for benchmarks: the same seed and size give the same
// files byte for byte on every machine. Sentences come from bench/corpus/templates.tsv filled
// with the sides of data/conflicts.tsv, equipment of data/equipment.tsv, outlets of
// data/sources.tsv and places of the gazetteer, so extraction, geocoding and storage do the
// work they do on real news; about a tenth of the reports are syndicated near-copies.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "core/result.hpp"

namespace truce::bench {

struct CorpusOptions {
  std::size_t sentences = 50'000;     // stop once the reports hold at least this many
  uint64_t seed = 1;                  // another seed, another corpus (e.g. to pre-fill a database)
  double near_duplicate_share = 0.1;  // share of reports that copy an earlier one with edits
};

struct GeneratedFile {
  std::string path;  // relative to the corpus folder, e.g. "0003/r000123.txt"
  std::string bytes;
};

struct Corpus {
  std::vector<GeneratedFile> files;  // reports, then one meta.jsonl per folder
  std::size_t reports = 0;
  std::size_t sentences = 0;  // sentences written (headlines and furniture lines excluded)
  std::size_t near_duplicates = 0;
  std::size_t bytes = 0;  // bytes of the report files
};

// Generates a corpus from the sentence templates at `templates` (bench/corpus/templates.tsv), the
// lexicons of `data_dir` and the gazetteer index at `gazetteer`. Fails naming a file that cannot
// be read or lacks what the generator needs.
Result<Corpus> generate_corpus(const std::filesystem::path& templates,
                               const std::filesystem::path& data_dir,
                               const std::filesystem::path& gazetteer,
                               const CorpusOptions& options);

// Writes the corpus under `folder` (created). Fails naming the file that cannot be written.
Status write_corpus(const Corpus& corpus, const std::filesystem::path& folder);

}  // namespace truce::bench
