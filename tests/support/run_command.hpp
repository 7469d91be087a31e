// Runs the truce binary (or any shell command) for end-to-end tests and captures what it printed.
#pragma once

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

namespace truce::testing {

struct CommandOutput {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// A fresh directory under the system temp dir, removed when the object goes.
class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() /
            ("truce-test-" + std::to_string(rd()) + std::to_string(rd()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline void write_file(const std::filesystem::path& path, const std::string& bytes) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary);
  out << bytes;
}

// Runs `command` through /bin/sh with stdout and stderr captured to files in `dir`; its stdin is
// empty unless the command pipes into itself.
inline CommandOutput run_shell(const std::string& command, const std::filesystem::path& dir) {
  const auto out_path = dir / "stdout.txt";
  const auto err_path = dir / "stderr.txt";
  const std::string full =
      "{ " + command + "\n} >'" + out_path.string() + "' 2>'" + err_path.string() + "' </dev/null";
  const int raw = std::system(full.c_str());
  CommandOutput result;
  result.exit_code = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  result.out = read_file(out_path);
  result.err = read_file(err_path);
  return result;
}

// Runs the truce binary with `args` (already shell-quoted as needed) against `db`.
inline CommandOutput run_truce(const std::string& args, const std::filesystem::path& db,
                               const std::filesystem::path& dir) {
  return run_shell(std::string("'") + TRUCE_BINARY + "' --db '" + db.string() + "' " + args, dir);
}

}  // namespace truce::testing
