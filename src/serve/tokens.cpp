// See tokens.hpp.
#include "serve/tokens.hpp"

#include <fmt/format.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <algorithm>
#include <array>
#include <stdexcept>

#include "serve/json_response.hpp"

namespace truce::serve {
namespace {

std::string hex(const unsigned char* bytes, std::size_t size) {
  std::string out;
  for (std::size_t i = 0; i < size; ++i) out += fmt::format("{:02x}", bytes[i]);
  return out;
}

}  // namespace

std::string new_token_secret() {
  std::array<unsigned char, 24> bytes{};
  if (RAND_bytes(bytes.data(), static_cast<int>(bytes.size())) != 1) {
    throw std::runtime_error("cannot read random bytes for a token");
  }
  return "truce_" + hex(bytes.data(), bytes.size());
}

std::string hash_token_secret(std::string_view secret) {
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int size = 0;
  if (EVP_Digest(secret.data(), secret.size(), digest.data(), &size, EVP_sha256(), nullptr) != 1) {
    throw std::runtime_error("cannot hash a token");
  }
  return hex(digest.data(), size);
}

std::string require_role(SharedStore& store, const httplib::Request& request,
                         std::initializer_list<std::string_view> roles) {
  const std::string header = request.get_header_value("Authorization");
  constexpr std::string_view kBearer = "Bearer ";
  if (header.empty()) {
    throw ApiError(401, "Authorization",
                   "Authorization: this needs a token (Authorization: Bearer TOKEN; create one "
                   "with `truce token create`)");
  }
  if (!header.starts_with(kBearer) || header.size() == kBearer.size()) {
    throw ApiError(401, "Authorization", "Authorization: expected 'Bearer TOKEN'");
  }
  const std::string hash = hash_token_secret(std::string_view(header).substr(kBearer.size()));
  const auto token =
      store.with_reviews([&](ReviewStore& s) { return value_or_throw(s.find_token(hash)); });
  if (!token) throw ApiError(401, "Authorization", "Authorization: unknown or revoked token");
  if (std::find(roles.begin(), roles.end(), token->role) == roles.end()) {
    throw ApiError(403, "Authorization",
                   fmt::format("Authorization: token '{}' is an {} token; this needs {}",
                               token->name, token->role, fmt::join(roles, " or ")));
  }
  return token->name;
}

bool has_read_access(SharedStore& store, const httplib::Request& request,
                     httplib::Response& response) {
  if (!request.path.starts_with("/api/") || request.path == "/api/health" ||
      request.method != "GET") {
    return true;
  }
  try {
    require_role(store, request, {"analyst", "observer", "admin"});
    return true;
  } catch (const ApiError& e) {
    send_error(response, e.status(), e.field(), e.what());
    return false;
  }
}

}  // namespace truce::serve
