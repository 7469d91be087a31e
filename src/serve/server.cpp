// See server.hpp.
#include "serve/server.hpp"

#include <fmt/core.h>
#include <httplib.h>

#include <fstream>

#include "serve/json_response.hpp"
#include "serve/rate_limiter.hpp"
#include "serve/routes.hpp"
#include "serve/tokens.hpp"

namespace truce::serve {

struct Server::State {
  ServeOptions options;
  SharedStore store;
  nlohmann::json openapi;
  RateLimiter limiter;
  httplib::Server http;
  std::vector<std::string> operations;
  MonitorKnowledge monitor;
};

namespace {

// No script but the dashboard's own files, nothing fetched from elsewhere, no framing.
const httplib::Headers kSecurityHeaders = {
    {"Content-Security-Policy",
     "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
     "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
     "form-action 'self'; frame-ancestors 'none'"},
    {"X-Content-Type-Options", "nosniff"},
    {"X-Frame-Options", "DENY"},
    {"Referrer-Policy", "no-referrer"},
    {"Cross-Origin-Opener-Policy", "same-origin"},
    {"Cross-Origin-Resource-Policy", "same-origin"},
};

const char* reason(int status) {
  switch (status) {
    case 400:
      return "bad request";
    case 404:
      return "not found";
    case 405:
      return "method not allowed";
    case 408:
      return "request timed out";
    case 413:
      return "request body too large";
    case 414:
      return "URI too long";
    case 429:
      return "too many requests";
    default:
      return "request failed";
  }
}

Result<nlohmann::json> load_openapi(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) return make_error(fmt::format("{}: cannot read the OpenAPI file", path.string()));
  try {
    return nlohmann::json::parse(in);
  } catch (const nlohmann::json::exception& e) {
    return make_error(fmt::format("{}: not JSON: {}", path.string(), e.what()));
  }
}

void configure(Server::State& state) {
  auto& http = state.http;
  const auto& options = state.options;
  http.set_default_headers(kSecurityHeaders);
  http.set_payload_max_length(options.max_body_bytes);
  http.set_read_timeout(options.read_timeout_seconds);
  http.set_write_timeout(options.write_timeout_seconds);
  // Answers go out whole at once: without this, Nagle's algorithm held each small answer on a
  // kept-alive connection for the client's delayed ACK (tens of ms each; /api/health answered
  // 140 requests a second on 4 connections).
  http.set_tcp_nodelay(true);
  http.new_task_queue = [threads = options.threads] { return new httplib::ThreadPool(threads); };
  http.set_pre_routing_handler([&state](const httplib::Request& req, httplib::Response& res) {
    if (!state.limiter.allow(req.remote_addr)) {
      res.set_header("Retry-After", "1");
      send_error(res, 429, "", fmt::format("{}: too many requests; slow down", req.remote_addr));
      return httplib::Server::HandlerResponse::Handled;
    }
    if (state.options.read_token_required && !has_read_access(state.store, req, res)) {
      return httplib::Server::HandlerResponse::Handled;
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });
  // Errors httplib raises itself (no route, body too large, ...) get the same JSON body.
  http.set_error_handler(
      httplib::Server::HandlerWithResponse([](const httplib::Request& req, httplib::Response& res) {
        if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
        send_error(res, res.status, "",
                   fmt::format("{} {}: {}", req.method, req.path, reason(res.status)));
        return httplib::Server::HandlerResponse::Handled;
      }));
  Router router(http);
  add_meta_routes(router, state.store, state.openapi, options.intake);
  add_report_routes(router, state.store);
  add_fact_routes(router, state.store);
  add_review_routes(router, state.store);
  add_monitor_routes(router, state.store, state.monitor);
  add_decision_routes(router, state.store, state.monitor);
  add_publish_routes(router, state.store, state.monitor);
  add_observation_routes(router, state.store);
  state.operations = router.operations();
  if (!options.web_dir.empty()) add_static_routes(http, options.web_dir);
}

}  // namespace

Result<std::unique_ptr<Server>> Server::create(const ServeOptions& options) {
  if (!options.web_dir.empty() &&
      !std::filesystem::is_regular_file(options.web_dir / "index.html")) {
    return make_error(
        fmt::format("{}: no index.html (build the dashboard with scripts/build-web.sh)",
                    options.web_dir.string()));
  }
  auto openapi = load_openapi(options.openapi);
  if (!openapi) return openapi.error();
  auto store = open_store(options.db);
  if (!store) return store.error();
  auto reviews = open_review_store(options.db);
  if (!reviews) return reviews.error();
  auto state = std::unique_ptr<State>(
      new State{options,
                SharedStore(std::move(*store), std::move(*reviews), options.db),
                std::move(*openapi),
                RateLimiter(options.requests_per_second, options.request_burst),
                {},
                {},
                load_monitor_knowledge()});
  configure(*state);
  return std::unique_ptr<Server>(new Server(std::move(state)));
}

Server::Server(std::unique_ptr<State> state) : state_(std::move(state)) {}
Server::~Server() = default;

Result<int> Server::bind() {
  const int port = state_->options.port == 0
                       ? state_->http.bind_to_any_port(state_->options.host)
                       : (state_->http.bind_to_port(state_->options.host, state_->options.port)
                              ? state_->options.port
                              : -1);
  if (port < 0) {
    return make_error(fmt::format("{}:{}: cannot listen (address in use or not this machine's)",
                                  state_->options.host, state_->options.port));
  }
  return port;
}

void Server::run() { state_->http.listen_after_bind(); }

void Server::stop() { state_->http.stop(); }

const std::vector<std::string>& Server::operations() const { return state_->operations; }

}  // namespace truce::serve
