// Where truce finds its data files (lexicons, furniture patterns, gazetteer index), the web
// dashboard and the API description: beside an installed binary, or in the source tree it was
// built from.
#pragma once

#include <filesystem>

namespace truce {

// Returns $TRUCE_DATA_DIR when set (`--data-dir` sets it); else share/truce/data beside an
// installed binary (<prefix>/bin/truce finds <prefix>/share/truce/data, wherever the prefix was
// moved); else the source tree's data/ the build was made from.
std::filesystem::path data_dir();

// Returns <prefix>/share/truce when the running binary is installed under a prefix holding its
// data, else an empty path (a binary run from its build tree).
std::filesystem::path installed_share_dir();

}  // namespace truce
