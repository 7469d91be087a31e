// See store_access.hpp.
#include "cli/store_access.hpp"

#include <fmt/core.h>

namespace truce::cli {

int complain(const Error& error) {
  fmt::print(stderr, "truce: {}\n", error.message);
  return error.exit_code;
}

std::unique_ptr<ReportStore> open_store_or_complain(const GlobalOptions& global, OpenMode mode) {
  auto store = open_store(global.db, mode);
  if (!store) {
    complain(store.error());
    return nullptr;
  }
  return std::move(*store);
}

}  // namespace truce::cli
