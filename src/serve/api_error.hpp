// The errors an API handler raises for a bad request: an HTTP status, the field at fault and a
// one-line message naming it. Handlers throw ApiError; the server turns it into a JSON body.
#pragma once

#include <stdexcept>
#include <string>

namespace truce::serve {

class ApiError : public std::runtime_error {
 public:
  ApiError(int status, std::string field, const std::string& message)
      : std::runtime_error(message), status_(status), field_(std::move(field)) {}

  int status() const { return status_; }
  // The query parameter, path part or body field at fault; "" when none is.
  const std::string& field() const { return field_; }

 private:
  int status_;
  std::string field_;
};

}  // namespace truce::serve
