// Opening the store from a command, with the one-line error every command prints on failure.
#pragma once

#include <memory>

#include "cli/app.hpp"
#include "store/report_store.hpp"

namespace truce::cli {

// Returns the store named by --db, or nullptr after printing "truce: <problem>" to stderr. Read
// commands pass OpenMode::read: they never create a database and work on a read-only file.
std::unique_ptr<ReportStore> open_store_or_complain(const GlobalOptions& global,
                                                    OpenMode mode = OpenMode::read_write);

// Prints "truce: <message>" to stderr and returns `error.exit_code`.
int complain(const Error& error);

}  // namespace truce::cli
