// Global option parsing and argv[0] dispatch.
#include "cli/global_options.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include <dbm/plugin.h>

#include "base/error.h"

namespace po = boost::program_options;

namespace dbm::cli {

po::options_description global_options_description() {
  po::options_description options("Global options");
  options.add_options()
      ("config-file", po::value<std::vector<std::string>>()->composing(),
       "Path to a config file to use. Multiple config files can be specified, with values in later "
       "files taking precedence.")
      ("config-dir", po::value<std::vector<std::string>>()->composing(),
       "Path to a config directory to pull *.conf files from, in sorted order, after --config-file.")
      ("plugin-dir", po::value<std::vector<std::string>>()->composing(),
       "Directory to search for plugins, before $DB_MANAGE_PLUGIN_PATH and the built-in directories.")
      ("project", po::value<std::vector<std::string>>()->composing(),
       "A project (plugin) to act on; implied when invoked as <project>-db-manage. Repeatable: each "
       "--config-file/--config-dir after it belongs to it. With --projects, narrows the manifest.")
      ("projects", po::value<std::string>(), "Deployment manifest (TOML) listing the projects to act on, in order.")
      ("keep-going", "With several projects: go on with the others after one fails.")
      ("jobs,j", po::value<int>()->default_value(1),
       "With several projects: migrate up to N databases at once (projects sharing a database run in turn).")
      ("quiet,q", "Only print results and errors.")
      ("version", "Show the db-manage version and exit.")
      ("help,h", "Show this help and exit.");
  return options;
}

po::options_description plugin_options_description(const std::string& title,
                                                  const std::vector<dbm::ConfigOption>& plugin_options) {
  po::options_description options(title);
  for (const dbm::ConfigOption& option : plugin_options) {
    options.add_options()(option.flag.c_str(), po::value<std::string>(), option.help.c_str());
  }
  return options;
}

std::vector<po::option> negative_number_parser(std::vector<std::string>& args) {
  std::vector<po::option> result;
  const std::string& token = args.front();
  if (token.size() >= 2 && token[0] == '-' && token[1] >= '0' && token[1] <= '9') {
    po::option positional;
    positional.value.push_back(token);
    positional.original_tokens.push_back(token);
    result.push_back(std::move(positional));
    args.erase(args.begin());
  }
  return result;
}

GlobalOptions parse_global_options(const std::vector<std::string>& args,
                                   const std::vector<dbm::ConfigOption>& plugin_options) {
  po::options_description visible = global_options_description();
  po::options_description all;
  all.add(visible);
  all.add(plugin_options_description("", plugin_options));
  all.add_options()("command", po::value<std::string>())("command-args", po::value<std::vector<std::string>>());
  po::positional_options_description positional;
  positional.add("command", 1).add("command-args", -1);

  GlobalOptions global;
  po::variables_map vm;
  po::parsed_options parsed(nullptr);
  try {
    // No abbreviations: a command's own option (upgrade's --sql) must not be
    // taken for a longer global one it begins (tacker's --sql_connection).
    parsed = po::command_line_parser(args)
                 .options(all)
                 .style(po::command_line_style::default_style & ~po::command_line_style::allow_guessing)
                 .positional(positional)
                 .extra_style_parser(negative_number_parser)
                 .allow_unregistered()
                 .run();
    po::store(parsed, vm);
    po::notify(vm);
  } catch (const po::error& e) {
    throw UsageError(program_options_message(e, args));
  }

  auto list = [&](const char* name) {
    return vm.count(name) ? vm[name].as<std::vector<std::string>>() : std::vector<std::string>{};
  };
  global.plugin_dirs = list("plugin-dir");
  // Program_options keeps the options in command-line order: a config option
  // belongs to the --project before it, or to no project when none came yet.
  for (const po::option& option : parsed.options) {
    if (option.unregistered || option.value.empty()) continue;
    const bool file = option.string_key == "config-file";
    const bool dir = option.string_key == "config-dir";
    const auto own = std::find_if(plugin_options.begin(), plugin_options.end(),
                                  [&](const dbm::ConfigOption& o) { return o.flag == option.string_key; });
    if (own != plugin_options.end()) {
      global.config_values.push_back({own->section, own->option, option.value.front()});
    } else if (option.string_key == "project") {
      global.projects.push_back({option.value.front(), {}, {}});
    } else if (file || dir) {
      auto& selected = global.projects.empty() ? (file ? global.config_files : global.config_dirs)
                                               : (file ? global.projects.back().config_files
                                                       : global.projects.back().config_dirs);
      selected.push_back(option.value.front());
    }
  }
  if (vm.count("projects")) global.manifest = vm["projects"].as<std::string>();
  global.keep_going = vm.count("keep-going") > 0;
  global.jobs = vm["jobs"].as<int>();
  if (global.jobs < 1) throw UsageError("--jobs must be at least 1");
  global.quiet = vm.count("quiet") > 0;
  global.help = vm.count("help") > 0;
  global.version = vm.count("version") > 0;
  if (vm.count("command")) global.command = vm["command"].as<std::string>();

  // The command's own options were left unrecognized; with the positional
  // arguments they keep their original order. Drop the command name itself.
  for (const po::option& option : parsed.options) {
    if (option.string_key == "command") break;
    if (option.unregistered && !option.original_tokens.empty()) {
      global.unknown_option_before_command = option.original_tokens.front();
      break;
    }
  }
  global.command_args = po::collect_unrecognized(parsed.options, po::include_positional);
  const auto it = std::find(global.command_args.begin(), global.command_args.end(), global.command);
  if (!global.command.empty() && it != global.command_args.end()) global.command_args.erase(it);
  return global;
}

namespace {

/// `%name%`: what Boost's error templates substitute.
bool holds_placeholder(const std::string& text) {
  for (std::size_t open = text.find('%'); open != std::string::npos; open = text.find('%', open + 1)) {
    std::size_t end = open + 1;
    while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) != 0 || text[end] == '_')) ++end;
    if (end > open + 1 && end < text.size() && text[end] == '%') return true;
  }
  return false;
}

}  // namespace

std::string program_options_message(const po::error& error, const std::vector<std::string>& args) {
  if (std::none_of(args.begin(), args.end(), holds_placeholder)) return error.what();
  if (const auto* named = dynamic_cast<const po::error_with_option_name*>(&error)) {
    // get_option_name() reads the option without filling the template.
    return "invalid use of option '" + named->get_option_name() + "'";
  }
  return "invalid command line";
}

std::optional<std::string> project_from_program_name(const std::string& argv0) {
  static const std::string kSuffix = "-db-manage";
  const std::string name = std::filesystem::path(argv0).filename().string();
  if (name.size() > kSuffix.size() && name.compare(name.size() - kSuffix.size(), kSuffix.size(), kSuffix) == 0) {
    return name.substr(0, name.size() - kSuffix.size());
  }
  return std::nullopt;
}

}  // namespace dbm::cli
