// ReportStore's extraction queue where a store has none (the embedded one): every call says so.
#include <fmt/core.h>

#include "store/report_store.hpp"

namespace truce {
namespace {

Error no_queue() {
  return make_error(
      "this store has no work queue: `truce worker` and `ingest --queue` need a PostgreSQL store "
      "(--db postgresql://...)",
      2);
}

}  // namespace

Result<std::vector<int64_t>> ReportStore::claim_reports(const std::string&, int, int) {
  return no_queue();
}

Result<bool> ReportStore::complete_report(int64_t, const std::string&, const ExtractionRecord&) {
  return no_queue();
}

Result<QueueCounts> ReportStore::queue_counts() { return no_queue(); }

}  // namespace truce
