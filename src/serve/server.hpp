// `truce serve`: the HTTP API over the store and the dashboard's files, on cpp-httplib. Listens on
// localhost unless told otherwise; every response carries security headers; request bodies and
// reading times are limited.
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/result.hpp"

namespace httplib {
class Server;
}

namespace truce::serve {

struct ServeOptions {
  std::string db;                  // store location ("" is ./truce.db)
  std::string host = "127.0.0.1";  // the address to listen on
  int port = 8080;                 // 0: any free port
  std::filesystem::path web_dir;   // the built dashboard; empty: API only
  std::filesystem::path openapi;   // the OpenAPI file served at /api/openapi.json
  std::size_t max_body_bytes = std::size_t{1} << 20;
  int read_timeout_seconds = 10;  // for a request's headers and body to arrive
  int write_timeout_seconds = 10;
  int threads = 8;
  double requests_per_second = 50;  // per client address, after a burst of
  double request_burst = 300;
  // Reads of the API (but /api/health) need a token of any role too; the dashboard's files stay
  // open (they hold no data).
  bool read_token_required = false;
  const class Intake* intake = nullptr;  // continuous intake, reported at /api/intake (not owned)
};

class Server {
 public:
  // Opens the store and sets up the routes. Fails naming the store, the web directory or the
  // OpenAPI file when one cannot be used.
  static Result<std::unique_ptr<Server>> create(const ServeOptions& options);
  ~Server();

  // Binds to the options' host and port; returns the port bound (the free one chosen for 0).
  // Fails naming the address when it is taken or not local.
  Result<int> bind();
  // Answers requests until stop(); returns after the last one is answered.
  void run();
  // Safe from another thread or a signal-handling thread.
  void stop();
  // The API operations it answers, as the OpenAPI file names them: "GET /api/reports/{id}".
  const std::vector<std::string>& operations() const;

  struct State;  // defined in server.cpp

 private:
  explicit Server(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
};

}  // namespace truce::serve
