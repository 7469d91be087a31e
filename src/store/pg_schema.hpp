// The PostgreSQL store's schema (pg_schema.cpp) and its migration runner.
#pragma once

#include "core/result.hpp"
#include "store/pg_connection.hpp"

namespace truce::store::pg {

// The version the newest migration brings a database to.
int latest_version();

// The database's schema version: 0 for a database truce has never written.
Result<int> schema_version(Connection& conn);

// Applies every migration newer than the database's version in one transaction (under an
// advisory lock, so processes starting together migrate once). Fails with "<database>: ..."
// when the database is newer than this binary knows or a migration fails.
Status migrate(Connection& conn);

}  // namespace truce::store::pg
