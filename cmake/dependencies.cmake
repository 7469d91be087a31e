# Every library comes from a Debian 12 package (scripts/install-deps.sh installs them).
find_package(PkgConfig REQUIRED)
find_package(SQLite3 REQUIRED)
find_package(ICU 72 REQUIRED COMPONENTS uc i18n data)
find_package(ZLIB REQUIRED)
find_package(nlohmann_json 3.11 REQUIRED CONFIG)
find_package(CLI11 REQUIRED CONFIG)
find_package(fmt REQUIRED CONFIG)
find_package(spdlog REQUIRED CONFIG)
find_package(Threads REQUIRED)
# libssl-dev (pulled in by libcpp-httplib-dev): SHA-256 and random bytes for API tokens.
find_package(OpenSSL REQUIRED)
pkg_check_modules(GUMBO REQUIRED IMPORTED_TARGET gumbo)
pkg_check_modules(LIBXML2 REQUIRED IMPORTED_TARGET libxml-2.0)
pkg_check_modules(RE2 REQUIRED IMPORTED_TARGET re2)
pkg_check_modules(HTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib)
# libpq-dev: the PostgreSQL store (plain libpq; libpqxx 6 predates C++20).
pkg_check_modules(LIBPQ REQUIRED IMPORTED_TARGET libpq)
# valijson is header-only (libvalijson-dev): the API contract test validates answers with it.
find_path(VALIJSON_INCLUDE_DIR valijson/validator.hpp REQUIRED)
