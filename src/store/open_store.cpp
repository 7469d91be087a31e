// open_store: picks the ReportStore implementation a location names.
#include <fmt/core.h>

#include "store/report_store.hpp"
#include "store/sqlite_report_store.hpp"

namespace truce {

Result<std::unique_ptr<ReportStore>> open_store(const std::string& location, OpenMode mode) {
  const std::string path = location.empty() ? "truce.db" : location;
  // A URL is reserved for a server store; refuse it rather than create a file named like one.
  if (path.starts_with("postgres://") || path.starts_with("postgresql://")) {
    return make_error(fmt::format("{}: PostgreSQL stores are not supported yet", path));
  }
  auto store = store::SqliteReportStore::open(path, mode);
  if (!store) return store.error();
  return std::unique_ptr<ReportStore>(std::move(*store));
}

}  // namespace truce
