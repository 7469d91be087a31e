// The gazetteer's text form (data/generated/gazetteer.tsv, format in data/gazetteer/README.md):
// the source of truth that truce-gazetteer-build writes. Read whole into rows that view one
// buffer; the binary index (gazetteer_index.hpp) is built from these rows.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/result.hpp"
#include "geo/gazetteer.hpp"

namespace truce::geo {

struct GazetteerText {
  std::string buffer;  // the file; every view below points into it
  std::vector<GazPlace> places;
  std::vector<NameEntry> names;          // sorted by key
  std::vector<SkeletonEntry> skeletons;  // sorted by skeleton
  // "#selftest" rows: a name and the place id it must find.
  std::vector<std::pair<std::string_view, std::string_view>> self_tests;
};

// Returns data_dir()/generated/gazetteer.tsv, where the build writes the text index.
std::filesystem::path text_gazetteer_path();

// Returns the rows of the text index at `path`, or an Error naming the file (and line) and the
// problem: missing file, wrong version, malformed row, out-of-range reference, unsorted rows.
// Held by pointer: the rows view the buffer, which must not move.
Result<std::unique_ptr<const GazetteerText>> read_gazetteer_text(const std::filesystem::path& path);

}  // namespace truce::geo
