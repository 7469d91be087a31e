// Error policy: expected failures (bad input, missing file, a database refusing a write) travel
// as values. An Error's message is one line that names the input and the problem; its exit code
// is what the command returns when the error ends it. Exceptions are kept for aborting a whole
// command; assertions for programmer errors.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace truce {

struct Error {
  std::string message;  // one line: "<input>: <problem>"
  int exit_code = 1;
};

// A value or an Error. Test with `if (result)`, then use `*result` or `result.error()`.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}      // NOLINT(google-explicit-constructor)
  Result(Error error) : state_(std::move(error)) {}  // NOLINT(google-explicit-constructor)

  explicit operator bool() const { return state_.index() == 0; }
  bool ok() const { return state_.index() == 0; }
  T& operator*() { return std::get<0>(state_); }
  const T& operator*() const { return std::get<0>(state_); }
  T* operator->() { return &std::get<0>(state_); }
  const T* operator->() const { return &std::get<0>(state_); }
  T& value() { return std::get<0>(state_); }
  const T& value() const { return std::get<0>(state_); }
  const Error& error() const { return std::get<1>(state_); }

 private:
  std::variant<T, Error> state_;
};

// Success or an Error, for operations that return nothing.
class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(Error error) : error_(std::move(error)), failed_(true) {}  // NOLINT

  explicit operator bool() const { return !failed_; }
  bool ok() const { return !failed_; }
  const Error& error() const { return error_; }

 private:
  Error error_;
  bool failed_ = false;
};

inline Error make_error(std::string message, int exit_code = 1) {
  return Error{std::move(message), exit_code};
}

}  // namespace truce
