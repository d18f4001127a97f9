// A plugin's own command run by the host: argparse's choice check, the
// project's config and connection lent through the SDK's CommandContext,
// and what the plugin throws turned into the tool's one-line failure.
#include <dbm/command.h>

#include <algorithm>
#include <iostream>
#include <memory>
#include <ostream>

#include "base/error.h"
#include "base/join.h"
#include "commands/command.h"
#include "config/oslo_config.h"
#include "db/lent_connection.h"
#include "dialect/dialect.h"
#include "session/project_session.h"

namespace dbm::commands {
namespace {

class PluginCommandContext : public dbm::CommandContext {
 public:
  PluginCommandContext(const dbm::PluginCommand& command, ProjectSession& project, const Arguments& args,
                       std::ostream& out)
      : command_(command), project_(project), args_(args), out_(out) {}

  std::optional<std::string> argument(const std::string& name) const override {
    for (const auto& option : command_.options) {
      if (long_option_name(option.name) != name) continue;
      if (!args_.has(name)) return std::nullopt;
      switch (option.kind) {
        case dbm::CommandOption::Kind::kFlag: return std::string();
        case dbm::CommandOption::Kind::kText: return args_.text(name);
        case dbm::CommandOption::Kind::kInteger: return std::to_string(args_.integer(name));
      }
    }
    return std::nullopt;
  }

  std::optional<std::string> config(const std::string& section, const std::string& option) const override {
    return project_.config().get(section, option);
  }

  const std::string& dialect() override {
    if (dialect_.empty()) dialect_ = std::string(project_.dialect().name());
    return dialect_;
  }

  dbm::Connection& connection() override {
    if (!connection_) connection_ = std::make_unique<db::LentConnection>(project_.database());
    return *connection_;
  }

  std::ostream& out() override { return out_; }
  std::ostream& err() override { return std::cerr; }

 private:
  const dbm::PluginCommand& command_;
  ProjectSession& project_;
  const Arguments& args_;
  std::ostream& out_;
  std::string dialect_{};
  std::unique_ptr<db::LentConnection> connection_{};
};

// argparse's wording, so a script that matched upstream's message still does.
void check_choices(const dbm::PluginCommand& command, const Arguments& args) {
  for (const auto& option : command.options) {
    const std::string name = long_option_name(option.name);
    if (option.choices.empty() || !args.has(name)) continue;
    const std::string value = args.text(name);
    if (std::find(option.choices.begin(), option.choices.end(), value) != option.choices.end()) continue;
    std::vector<std::string> quoted;
    for (const auto& choice : option.choices) quoted.push_back("'" + choice + "'");
    throw UsageError(command.name + ": argument " + name + ": invalid choice: '" + value + "' (choose from " +
                     text::join(quoted, ", ") + ")");
  }
}

OptionSpec::Kind kind_of(dbm::CommandOption::Kind kind) {
  switch (kind) {
    case dbm::CommandOption::Kind::kFlag: return OptionSpec::Kind::kFlag;
    case dbm::CommandOption::Kind::kText: return OptionSpec::Kind::kText;
    case dbm::CommandOption::Kind::kInteger: return OptionSpec::Kind::kInteger;
  }
  return OptionSpec::Kind::kText;
}

}  // namespace

Command plugin_command(const dbm::PluginCommand& command) {
  Command c;
  c.name = command.name;
  c.summary = command.summary;
  for (const auto& option : command.options) {
    c.options.push_back(OptionSpec{.name = option.name.c_str(),
                                   .kind = kind_of(option.kind),
                                   .help = option.help.c_str(),
                                   .default_value = option.default_value ? option.default_value->c_str() : nullptr,
                                   .positional = option.positional ? 1 : 0});
  }
  c.run = [&command](CommandEnv& env, const Arguments& args) -> int {
    check_choices(command, args);
    if (command.run == nullptr) throw Error(command.name + ": the plugin gives this command no function");
    PluginCommandContext context(command, *env.project, args, env.out);
    try {
      return command.run(context);
    } catch (const Error&) {
      throw;  // the host's own (a connection that failed): already worded
    } catch (const std::exception& e) {
      // Copy the text now: the exception object belongs to the plugin's code.
      throw Error(e.what());
    } catch (...) {
      throw Error(command.name + " failed (the plugin threw something that is not a std::exception)");
    }
  };
  return c;
}

}  // namespace dbm::commands
