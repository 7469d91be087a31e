// API tokens: a random secret shown once when created, kept only as its SHA-256 hash; and
// checking a request's `Authorization: Bearer SECRET` against the roles a route allows.
#pragma once

#include <httplib.h>

#include <initializer_list>
#include <string>
#include <string_view>

#include "serve/shared_store.hpp"

namespace truce::serve {

// A new secret: "truce_" and 48 hex digits from the system's random source.
std::string new_token_secret();
// The hex SHA-256 of `secret`: what the store keeps.
std::string hash_token_secret(std::string_view secret);

// Returns the name of the request's token when its role is one of `roles`. Throws ApiError 401
// (no or unknown token) or 403 (a role not allowed here), naming the Authorization header.
std::string require_role(SharedStore& store, const httplib::Request& request,
                         std::initializer_list<std::string_view> roles);

// For `truce serve --read-token-required`: true when `request` may read (a GET outside /api/,
// /api/health, or any request with a valid token of any role; writes check their own roles).
// Otherwise answers 401 in `response` and returns false.
bool has_read_access(SharedStore& store, const httplib::Request& request,
                     httplib::Response& response);

}  // namespace truce::serve
