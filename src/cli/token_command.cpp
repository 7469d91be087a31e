// `truce token create|list|revoke`: the API tokens writes need (reviews, observer reports). The
// secret is printed once, on creation; the store keeps only its SHA-256 hash.
#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "cli/store_access.hpp"
#include "serve/tokens.hpp"
#include "store/review_store.hpp"

namespace truce::cli {
namespace {

struct TokenArgs {
  std::string name;
  std::string role;
};

std::unique_ptr<ReviewStore> open_or_complain(const GlobalOptions& global) {
  auto store = open_review_store(global.db);
  if (!store) {
    complain(store.error());
    return nullptr;
  }
  return std::move(*store);
}

int create_token(const TokenArgs& args, const GlobalOptions& global) {
  auto store = open_or_complain(global);
  if (!store) return 1;
  const std::string secret = serve::new_token_secret();
  auto token = store->add_token(args.name, args.role, serve::hash_token_secret(secret));
  if (!token) return complain(token.error());
  if (global.json) {
    fmt::print(
        "{}\n",
        nlohmann::json{{"name", token->name}, {"role", token->role}, {"token", secret}}.dump(2));
  } else {
    fmt::print("{}\n", secret);
    if (!global.quiet) {
      fmt::print(stderr,
                 "token '{}' ({}) created; it is shown only now: send it as "
                 "'Authorization: Bearer TOKEN'\n",
                 token->name, token->role);
    }
  }
  return 0;
}

int list_tokens(const GlobalOptions& global) {
  auto store = open_or_complain(global);
  if (!store) return 1;
  auto tokens = store->list_tokens();
  if (!tokens) return complain(tokens.error());
  nlohmann::json out = nlohmann::json::array();
  for (const auto& t : *tokens) {
    if (global.json) {
      out.push_back(
          {{"name", t.name},
           {"role", t.role},
           {"created_at", t.created_at},
           {"revoked_at", t.revoked_at ? nlohmann::json(*t.revoked_at) : nlohmann::json()}});
    } else {
      fmt::print("{:<20} {:<9} created {}{}\n", t.name, t.role, t.created_at,
                 t.revoked_at ? " revoked " + *t.revoked_at : "");
    }
  }
  if (global.json) fmt::print("{}\n", out.dump(2));
  return 0;
}

int revoke_token(const TokenArgs& args, const GlobalOptions& global) {
  auto store = open_or_complain(global);
  if (!store) return 1;
  if (Status done = store->revoke_token(args.name); !done) return complain(done.error());
  return 0;
}

}  // namespace

void add_token_command(CLI::App& app, const GlobalOptions& global, int& status) {
  auto args = std::make_shared<TokenArgs>();
  auto* cmd = app.add_subcommand("token", "create, list or revoke API tokens for `truce serve`");
  cmd->require_subcommand(1);
  auto* create = cmd->add_subcommand("create", "create a token and print its secret once");
  create->add_option("--name", args->name, "who or what uses it (unique)")->required();
  create->add_option("--role", args->role, "analyst (reviews), observer (observer reports), admin")
      ->required()
      ->check(CLI::IsMember({"analyst", "observer", "admin"}));
  create->callback([args, &global, &status] { status = create_token(*args, global); });
  auto* list = cmd->add_subcommand("list", "list tokens (never their secrets)");
  list->callback([&global, &status] { status = list_tokens(global); });
  auto* revoke = cmd->add_subcommand("revoke", "revoke a token by name");
  revoke->add_option("--name", args->name, "the token's name")->required();
  revoke->callback([args, &global, &status] { status = revoke_token(*args, global); });
}

}  // namespace truce::cli
