// Where truce finds its data files (lexicons, furniture patterns, gazetteer index).
#pragma once

#include <filesystem>

namespace truce {

// Returns $TRUCE_DATA_DIR when set, else the source tree's data/ the build was made from.
std::filesystem::path data_dir();

}  // namespace truce
