// truce-gazetteer-index: writes the binary gazetteer index from the text index, then opens it and
// runs its self-test rows. Run by the build (src/geo/gazetteer.cmake).
#include <fmt/core.h>

#include <filesystem>

#include "geo/gazetteer.hpp"
#include "geo/gazetteer_index.hpp"
#include "geo/gazetteer_text.hpp"

int main(int argc, char** argv) {
  if (argc != 3) {
    fmt::print(stderr,
               "usage: truce-gazetteer-index IN_TSV OUT_IDX\n"
               "  IN_TSV   the text index truce-gazetteer-build wrote (gazetteer.tsv)\n"
               "  OUT_IDX  where to write the binary index (gazetteer.idx)\n");
    return 2;
  }
  auto text = truce::geo::read_gazetteer_text(argv[1]);
  if (!text) {
    fmt::print(stderr, "truce-gazetteer-index: {}\n", text.error().message);
    return 1;
  }
  if (auto status = truce::geo::write_gazetteer_index(**text, argv[2]); !status) {
    fmt::print(stderr, "truce-gazetteer-index: {}\n", status.error().message);
    return 1;
  }
  auto check = truce::geo::Gazetteer::load(argv[2]);
  if (!check) {
    fmt::print(stderr, "truce-gazetteer-index: {}\n", check.error().message);
    std::filesystem::remove(argv[2]);
    return 1;
  }
  fmt::print("truce-gazetteer-index: {} places, {} names, {} skeletons -> {} ({:.1f} MB)\n",
             (*check)->place_count(), (*check)->name_count(), (*check)->skeleton_count(), argv[2],
             static_cast<double>(std::filesystem::file_size(argv[2])) / 1e6);
  return 0;
}
