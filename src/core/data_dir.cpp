// Data directory lookup: an environment override for analysts' own lexicons, then the installed
// layout relative to the binary, then the build's source tree.
#include "core/data_dir.hpp"

#include <cstdlib>

namespace truce {
namespace {

std::filesystem::path find_installed_share_dir() {
  std::error_code ec;
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) return {};
  const auto share = exe.parent_path().parent_path() / "share" / "truce";
  if (!std::filesystem::exists(share / "data" / "actors.tsv", ec)) return {};
  return share;
}

}  // namespace

std::filesystem::path installed_share_dir() {
  static const std::filesystem::path share = find_installed_share_dir();
  return share;
}

std::filesystem::path data_dir() {
  if (const char* env = std::getenv("TRUCE_DATA_DIR"); env && *env) return env;
  if (const auto share = installed_share_dir(); !share.empty()) return share / "data";
  return TRUCE_DATA_DIR;
}

}  // namespace truce
