// Access to the PostgreSQL server the tests run against: its URL comes from TRUCE_TEST_PG_URL
// (scripts/test.sh starts one with scripts/pg-test-server.sh). Where it is unset the test is
// skipped with a message; under CI=true it fails instead, because CI always starts one.
#pragma once

#include <gtest/gtest.h>
#include <libpq-fe.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <string>

#include "shared_fixture.hpp"

namespace truce::testing {

inline std::string pg_test_url() {
  const char* url = std::getenv("TRUCE_TEST_PG_URL");
  return url ? url : "";
}

// `url` naming database `name` instead of its own.
inline std::string with_database(const std::string& url, const std::string& name) {
  const auto authority = url.find("://") + 3;
  const auto slash = url.find('/', authority);
  const auto query = url.find('?', authority);
  const std::string tail = query == std::string::npos ? "" : url.substr(query);
  const auto host_end =
      slash == std::string::npos ? (query == std::string::npos ? url.size() : query) : slash;
  return url.substr(0, host_end) + "/" + name + tail;
}

// Runs one statement on the server's maintenance database; returns the error or "".
inline std::string pg_admin(const std::string& sql) {
  PGconn* conn = PQconnectdb(pg_test_url().c_str());
  std::string error;
  if (PQstatus(conn) != CONNECTION_OK) {
    error = PQerrorMessage(conn);
  } else {
    PGresult* result = PQexec(conn, sql.c_str());
    if (PQresultStatus(result) != PGRES_COMMAND_OK && PQresultStatus(result) != PGRES_TUPLES_OK) {
      error = PQresultErrorMessage(result);
    }
    PQclear(result);
  }
  PQfinish(conn);
  return error;
}

// A fresh, empty database on the test server for one test, dropped when the object goes.
class TempPgDatabase {
 public:
  TempPgDatabase() {
    static std::atomic<int> counter{0};
    name_ = "truce_test_" + std::to_string(getpid()) + "_" + std::to_string(counter++);
    const std::string error = pg_admin("CREATE DATABASE " + name_ + " TEMPLATE template0");
    EXPECT_EQ(error, "") << "cannot create a test database";
    url_ = with_database(pg_test_url(), name_);
  }
  ~TempPgDatabase() { pg_admin("DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)"); }
  TempPgDatabase(const TempPgDatabase&) = delete;
  TempPgDatabase& operator=(const TempPgDatabase&) = delete;
  const std::string& url() const { return url_; }

 private:
  std::string name_;
  std::string url_;
};

}  // namespace truce::testing

// Skips (or, under CI=true, fails) the current test when no PostgreSQL server is given.
#define TRUCE_REQUIRE_PG()                                                                      \
  do {                                                                                          \
    if (::truce::testing::pg_test_url().empty()) {                                              \
      if (::truce::testing::running_in_ci())                                                    \
        FAIL() << "CI=true but TRUCE_TEST_PG_URL is unset (scripts/test.sh starts a server)";   \
      GTEST_SKIP() << "no PostgreSQL server: set TRUCE_TEST_PG_URL (scripts/pg-test-server.sh " \
                      "start DIR prints one) to run this test";                                 \
    }                                                                                           \
  } while (0)
