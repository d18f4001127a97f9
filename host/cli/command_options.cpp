// The command table of a run, OptionSpec → Program_options, a command's
// arguments parsed, and values read back by name.
#include "command_options.h"

#include <dbm/plugin.h>

#include <string>

#include "base/error.h"
#include "cli/global_options.h"
#include "cli/suggestion.h"

namespace po = boost::program_options;

namespace dbm::cli {
namespace {

/// A typed value with the spec's default and requiredness.
template <typename T>
po::value_semantic* typed(const commands::OptionSpec& spec, T (*from_text)(const std::string&)) {
  auto* value = po::value<T>();
  if (spec.default_value != nullptr) value->default_value(from_text(spec.default_value), spec.default_value);
  if (spec.required) value->required();
  return value;
}

std::string as_text(const std::string& text) { return text; }
int as_integer(const std::string& text) { return std::stoi(text); }
double as_number(const std::string& text) { return std::stod(text); }

}  // namespace

void describe_options(const std::vector<commands::OptionSpec>& specs, po::options_description& options,
                      po::positional_options_description& positional) {
  using Kind = commands::OptionSpec::Kind;
  for (const commands::OptionSpec& spec : specs) {
    switch (spec.kind) {
      case Kind::kFlag: options.add_options()(spec.name, spec.help); break;
      case Kind::kText: options.add_options()(spec.name, typed<std::string>(spec, as_text), spec.help); break;
      case Kind::kInteger: options.add_options()(spec.name, typed<int>(spec, as_integer), spec.help); break;
      case Kind::kNumber: options.add_options()(spec.name, typed<double>(spec, as_number), spec.help); break;
      case Kind::kTexts: {
        auto* value = po::value<std::vector<std::string>>();
        if (spec.required) value->required();
        options.add_options()(spec.name, value, spec.help);
        break;
      }
    }
    if (spec.positional != 0) positional.add(commands::long_option_name(spec.name).c_str(), spec.positional);
  }
}

std::vector<commands::Command> available_commands(const dbm::Plugin* own) {
  std::vector<commands::Command> all = commands::command_table();
  if (own != nullptr) {
    for (const auto& command : own->commands) all.push_back(commands::plugin_command(command));
  }
  return all;
}

commands::Command find_command(const std::string& name, const dbm::Plugin* own,
                               const std::string& unknown_option_before) {
  std::vector<std::string> names;
  for (auto& command : available_commands(own)) {
    if (command.name == name) return command;
    names.push_back(command.name);
  }
  std::string message = "unknown command '" + name + "'";
  if (!unknown_option_before.empty()) {
    // `-config-file a.conf`: the option is not ours, so its value was read as
    // the command, as upstream's argparse did; point at the real mistake.
    message += " after the unrecognised option '" + unknown_option_before + "'";
    const bool one_dash = unknown_option_before.rfind("--", 0) != 0;
    if (one_dash && global_options_description().find_nothrow(unknown_option_before.substr(1), false)) {
      message += "; did you mean '-" + unknown_option_before + "'?";
    }
  } else if (auto guess = closest_match(name, names)) {
    message += "; did you mean '" + *guess + "'?";
  }
  throw UsageError(message);
}

po::variables_map parse_command_args(const commands::Command& command, const std::vector<std::string>& args,
                                     po::options_description& options) {
  po::positional_options_description positional;
  options.add_options()("help,h", "Show this command's help and exit.");
  describe_options(command.options, options, positional);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(args)
                  .options(options)
                  .positional(positional)
                  .extra_style_parser(negative_number_parser)
                  .run(),
              vm);
    if (!vm.count("help")) po::notify(vm);
  } catch (const po::error& e) {
    throw UsageError(command.name + ": " + program_options_message(e, args));
  }
  return vm;
}

template <typename T>
T ParsedArguments::value(std::string_view name) const {
  return values_[std::string(name)].as<T>();
}

bool ParsedArguments::has(std::string_view name) const { return values_.count(std::string(name)) > 0; }
std::string ParsedArguments::text(std::string_view name) const { return value<std::string>(name); }
int ParsedArguments::integer(std::string_view name) const { return value<int>(name); }
double ParsedArguments::number(std::string_view name) const { return value<double>(name); }
std::vector<std::string> ParsedArguments::texts(std::string_view name) const {
  return value<std::vector<std::string>>(name);
}

}  // namespace dbm::cli
