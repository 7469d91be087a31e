// Writing and reading the extraction tables (migration 3) inside a caller's transaction.
#pragma once

#include <cstdint>
#include <string>

#include <sqlite3.h>

#include "core/result.hpp"
#include "store/extraction_record.hpp"
#include "store/sqlite_handle.hpp"

namespace truce::store {

// Replaces the extraction and facts of `report_id`. Runs no transaction of its own: the caller's
// transaction makes it all-or-nothing. Fails with "<context>: <sqlite message>".
Status write_extraction_rows(StatementCache& statements, int64_t report_id,
                             const ExtractionRecord& extraction, const std::string& context);

}  // namespace truce::store
