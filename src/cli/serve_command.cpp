// `truce serve`: the HTTP API and the dashboard until interrupted (Ctrl-C, SIGTERM). Prints the
// address it listens on (the free port chosen for `--listen 127.0.0.1:0`) on one line of stdout.
#include <fmt/core.h>
#include <pthread.h>
#include <signal.h>

#include <charconv>
#include <filesystem>
#include <thread>

#include "cli/commands.hpp"
#include "cli/store_access.hpp"
#include "core/data_dir.hpp"
#include "serve/intake.hpp"
#include "serve/intake_pipeline.hpp"
#include "serve/server.hpp"

namespace truce::cli {
namespace {

struct ServeArgs {
  std::string listen = "127.0.0.1:8080";
  // Installed: share/truce/web and share/truce/openapi.json beside the binary; else the build's.
  std::string web = installed_share_dir().empty() ? std::string(TRUCE_WEB_DIR)
                                                  : (installed_share_dir() / "web").string();
  std::string openapi = installed_share_dir().empty()
                            ? std::string(TRUCE_OPENAPI_FILE)
                            : (installed_share_dir() / "openapi.json").string();
  bool api_only = false;
  bool read_token_required = false;
  std::string inbox;
  std::string feeds;
  int poll_seconds = 300;
  double rate_limit = 50;  // requests a second per client address, after a burst
};

// Starts continuous intake when an inbox or a feeds file is given; nullptr otherwise (or after
// printing why it cannot start, with `failed` set).
std::unique_ptr<serve::Intake> start_intake(const ServeArgs& args, const GlobalOptions& global,
                                            bool& failed) {
  if (args.inbox.empty() && args.feeds.empty()) return nullptr;
  serve::IntakeOptions options;
  options.inbox = args.inbox;
  options.poll = std::chrono::seconds(args.poll_seconds);
  if (!args.feeds.empty()) {
    auto feeds = serve::read_feeds_file(args.feeds);
    if (!feeds) return failed = true, complain(feeds.error()), nullptr;
    options.feeds = std::move(*feeds);
  }
  if (!args.inbox.empty()) std::filesystem::create_directories(args.inbox);
  auto storer = serve::IntakePipeline::create(global.db);
  if (!storer) return failed = true, complain(storer.error()), nullptr;
  const bool quiet = global.quiet;
  auto log = [quiet](const std::string& line) {
    if (!quiet) fmt::print(stderr, "{}\n", line);
  };
  auto sink = [storer = *storer, log](const std::string& origin, const std::string& bytes,
                                      const std::string& source) {
    const auto count = storer->store(origin, bytes, source);
    for (const auto& problem : storer->problems()) log("intake: " + problem);
    return count;
  };
  return std::make_unique<serve::Intake>(std::move(options), sink, log);
}

// Splits "HOST:PORT" (an IPv6 host in brackets); fails naming --listen.
Result<std::pair<std::string, int>> parse_listen(const std::string& text) {
  const auto colon = text.rfind(':');
  auto bad = [&](const char* problem) {
    return make_error(
        fmt::format("--listen: '{}': {} (expected HOST:PORT, e.g. 127.0.0.1:8080)", text, problem),
        2);
  };
  if (colon == std::string::npos || colon == 0) return bad("no host or no port");
  std::string host = text.substr(0, colon);
  if (host.size() > 2 && host.front() == '[' && host.back() == ']') {
    host = host.substr(1, host.size() - 2);
  }
  const std::string port_text = text.substr(colon + 1);
  int port = -1;
  const auto [end, ec] =
      std::from_chars(port_text.data(), port_text.data() + port_text.size(), port);
  if (ec != std::errc() || end != port_text.data() + port_text.size() || port < 0 || port > 65535) {
    return bad("the port is not a number from 0 to 65535");
  }
  return std::pair{host, port};
}

// Stops `server` on SIGINT or SIGTERM: the signals are blocked in every thread and one thread
// waits for them, so stopping runs outside a signal handler.
std::thread stop_on_signal(serve::Server& server, sigset_t signals) {
  return std::thread([&server, signals] {
    int received = 0;
    sigwait(&signals, &received);
    if (received != SIGUSR2) server.stop();
  });
}

int run_serve(const ServeArgs& args, const GlobalOptions& global) {
  auto listen = parse_listen(args.listen);
  if (!listen) return complain(listen.error());
  serve::ServeOptions options;
  options.db = global.db;
  options.host = listen->first;
  options.port = listen->second;
  options.openapi = args.openapi;
  if (!args.api_only) options.web_dir = args.web;
  options.read_token_required = args.read_token_required;
  if (args.poll_seconds < 1) {
    return complain(make_error("--poll: must be at least 1 second", 2));
  }
  if (!(args.rate_limit > 0)) {
    return complain(
        make_error(fmt::format("--rate-limit: '{}': must be a number of requests a second above 0",
                               args.rate_limit),
                   2));
  }
  options.requests_per_second = args.rate_limit;
  bool intake_failed = false;
  auto intake = start_intake(args, global, intake_failed);
  if (intake_failed) return 1;
  options.intake = intake.get();
  auto server = serve::Server::create(options);
  if (!server) return complain(server.error());

  sigset_t signals;
  sigemptyset(&signals);
  for (int s : {SIGINT, SIGTERM, SIGUSR2}) sigaddset(&signals, s);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  auto port = (*server)->bind();
  if (!port) return complain(port.error());
  const std::string host =
      options.host.find(':') != std::string::npos ? "[" + options.host + "]" : options.host;
  fmt::print("truce: serving {} on http://{}:{}/ (API under /api/)\n", global.db, host, *port);
  std::fflush(stdout);
  std::thread waiter = stop_on_signal(**server, signals);
  if (intake) intake->start();
  (*server)->run();
  if (intake) intake->stop();
  // Stopped other than by a signal: wake the waiting thread so it can be joined.
  pthread_kill(waiter.native_handle(), SIGUSR2);
  waiter.join();
  return 0;
}

}  // namespace

void add_serve_command(CLI::App& app, const GlobalOptions& global, int& status) {
  auto args = std::make_shared<ServeArgs>();
  auto* cmd = app.add_subcommand("serve", "serve the HTTP API and the web dashboard");
  cmd->add_option("--listen", args->listen, "HOST:PORT to listen on (port 0: any free one)")
      ->capture_default_str();
  cmd->add_option("--web", args->web, "the built dashboard (scripts/build-web.sh)")
      ->capture_default_str();
  cmd->add_option("--openapi", args->openapi, "the OpenAPI description served at /api/openapi.json")
      ->capture_default_str();
  cmd->add_flag("--api-only", args->api_only, "serve the API without the dashboard");
  cmd->add_flag("--read-token-required", args->read_token_required,
                "reads of the API need a token too (any role; /api/health stays open)");
  cmd->add_option("--inbox", args->inbox,
                  "take in files dropped into this folder (moved to done/ or failed/)");
  cmd->add_option("--feeds", args->feeds,
                  "poll the feeds listed in this file (one URL a line, then the outlet's name)");
  cmd->add_option("--poll", args->poll_seconds, "seconds between polls of a feed")
      ->capture_default_str();
  cmd->add_option("--rate-limit", args->rate_limit,
                  "requests a second each client address may make after a burst of 300 "
                  "(more get 429)")
      ->capture_default_str();
  cmd->callback([args, &global, &status] { status = run_serve(*args, global); });
}

}  // namespace truce::cli
