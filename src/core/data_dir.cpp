// Data directory lookup: an environment override for analysts' own lexicons, else the build's.
#include "core/data_dir.hpp"

#include <cstdlib>

namespace truce {

std::filesystem::path data_dir() {
  if (const char* env = std::getenv("TRUCE_DATA_DIR"); env && *env) return env;
  return TRUCE_DATA_DIR;
}

}  // namespace truce
