// The dashboard's files: served from the web directory with their content types, and nothing
// outside it whatever the path says.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "api_fixture.hpp"

namespace truce::testing {
namespace {

// Sends `request_line` as written (no client-side normalisation of the path) and returns the
// whole raw answer.
std::string raw_get(int port, const std::string& target) {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<uint16_t>(port));
  inet_pton(AF_INET, "127.0.0.1", &address.sin_addr);
  EXPECT_EQ(connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
  const std::string request = "GET " + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
  EXPECT_EQ(write(fd, request.data(), request.size()), static_cast<ssize_t>(request.size()));
  std::string answer;
  char buffer[4096];
  for (ssize_t n; (n = read(fd, buffer, sizeof buffer)) > 0;) answer.append(buffer, n);
  close(fd);
  return answer;
}

TEST_F(ApiTest, TheRootIsTheDashboard) {
  auto c = client();
  auto res = c.Get("/");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_NE(res->body.find("<title>truce</title>"), std::string::npos);
  EXPECT_EQ(res->get_header_value("Content-Type"), "text/html; charset=utf-8");
  auto js = c.Get("/assets/app.js");
  ASSERT_TRUE(js);
  EXPECT_EQ(js->status, 200);
  EXPECT_EQ(js->get_header_value("Content-Type"), "text/javascript; charset=utf-8");
}

TEST_F(ApiTest, PathsLeavingTheWebDirectoryAreNotFound) {
  std::filesystem::create_directory_symlink(dir_.path(), dir_ / "web" / "up");
  for (const std::string target :
       {"/../secret.txt", "/assets/../../secret.txt", "/%2e%2e/secret.txt",
        "/assets/%2E%2E/%2E%2E/secret.txt", "/up/secret.txt", "//etc/passwd",
        "/assets/..%2f..%2fsecret.txt", "/..%5csecret.txt"}) {
    const std::string answer = raw_get(port_, target);
    EXPECT_EQ(answer.find("outside the web directory"), std::string::npos) << target;
    EXPECT_EQ(answer.find("root:"), std::string::npos) << target;
    EXPECT_TRUE(answer.rfind("HTTP/1.1 404", 0) == 0 || answer.rfind("HTTP/1.1 400", 0) == 0)
        << target << ": " << answer.substr(0, 40);
  }
}

}  // namespace
}  // namespace truce::testing
