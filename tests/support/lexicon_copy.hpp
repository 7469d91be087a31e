// A copy of the project's lexicons in a temporary folder, for tests that break one file and
// check that loading names it.
#pragma once

#include <filesystem>
#include <string>

#include "core/data_dir.hpp"

namespace truce::test {

// Copies data/*.tsv and data/generated/states.tsv into the temporary folder `name`, and returns
// it; the caller removes it.
inline std::filesystem::path copy_lexicons(const std::string& name) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / name;
  fs::create_directories(dir / "generated");
  for (const auto& f : fs::directory_iterator(data_dir())) {
    if (f.path().extension() == ".tsv")
      fs::copy_file(f.path(), dir / f.path().filename(), fs::copy_options::overwrite_existing);
  }
  fs::copy_file(data_dir() / "generated" / "states.tsv", dir / "generated" / "states.tsv",
                fs::copy_options::overwrite_existing);
  return dir;
}

}  // namespace truce::test
