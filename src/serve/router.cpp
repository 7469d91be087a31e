// See routes.hpp.
#include <fmt/core.h>

#include <regex>

#include "serve/json_response.hpp"
#include "serve/routes.hpp"

namespace truce::serve {

httplib::Server::Handler guarded(RouteHandler handler) {
  return [handler = std::move(handler)](const httplib::Request& req, httplib::Response& res) {
    try {
      handler(req, res);
    } catch (const ApiError& e) {
      send_error(res, e.status(), e.field(), e.what());
    } catch (const std::exception& e) {
      send_error(res, 500, "", fmt::format("{} {}: {}", req.method, req.path, e.what()));
    }
  };
}

std::string Router::pattern(const std::string& method, const std::string& path) {
  operations_.push_back(method + " " + path);
  static const std::regex kParameter(R"(\{[a-z_]+\})");
  return std::regex_replace(path, kParameter, "([^/]+)");
}

void Router::get(const std::string& path, RouteHandler handler) {
  server_.Get(pattern("GET", path), guarded(std::move(handler)));
}
void Router::post(const std::string& path, RouteHandler handler) {
  server_.Post(pattern("POST", path), guarded(std::move(handler)));
}
void Router::put(const std::string& path, RouteHandler handler) {
  server_.Put(pattern("PUT", path), guarded(std::move(handler)));
}
void Router::del(const std::string& path, RouteHandler handler) {
  server_.Delete(pattern("DELETE", path), guarded(std::move(handler)));
}

}  // namespace truce::serve
