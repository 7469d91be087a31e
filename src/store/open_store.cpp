// open_store: picks the ReportStore implementation a location names: a postgresql:// URL the
// server store, anything else a SQLite file.
#include <fmt/core.h>

#include "store/pg_report_store.hpp"
#include "store/report_store.hpp"
#include "store/sqlite_report_store.hpp"

namespace truce {

Result<std::unique_ptr<ReportStore>> open_store(const std::string& location, OpenMode mode) {
  const std::string path = location.empty() ? "truce.db" : location;
  if (store::pg::is_postgres_url(path)) {
    auto server = store::PgReportStore::open(path, mode);
    if (!server) return server.error();
    return std::unique_ptr<ReportStore>(std::move(*server));
  }
  auto store = store::SqliteReportStore::open(path, mode);
  if (!store) return store.error();
  return std::unique_ptr<ReportStore>(std::move(*store));
}

}  // namespace truce
