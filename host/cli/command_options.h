// The command table as one run sees it, a command's option table
// (commands::OptionSpec) as Boost.Program_options descriptions, the parse of
// a command's own arguments, and the parsed values behind
// commands::Arguments. The one place commands meet Program_options. Private
// to host/cli (and tests/fuzz/cli_fuzz.cpp, which drives it as cli.cpp does).
#pragma once

#include <string>
#include <vector>

#include <boost/program_options.hpp>

#include "commands/command.h"

namespace dbm {
struct Plugin;
}

namespace dbm::cli {

/// The commands of this run: the host's, then those of `own` (the one
/// project's plugin; null: none).
std::vector<commands::Command> available_commands(const dbm::Plugin* own);

/// The command called `name`. Throws UsageError naming the closest command,
/// or the option before the command that was not a global one
/// (`unknown_option_before`, GlobalOptions::unknown_option_before_command).
commands::Command find_command(const std::string& name, const dbm::Plugin* own,
                               const std::string& unknown_option_before = "");

/// Parses `args` (what follows the command's name) with the command's
/// options, plus --help, into `options` and the returned map; required
/// options are checked unless --help is given. Throws UsageError
/// ("<command>: <what Program_options says>").
boost::program_options::variables_map parse_command_args(const commands::Command& command,
                                                         const std::vector<std::string>& args,
                                                         boost::program_options::options_description& options);

/// Adds every spec of `specs` to `options`, and the positional ones to `positional`.
void describe_options(const std::vector<commands::OptionSpec>& specs,
                      boost::program_options::options_description& options,
                      boost::program_options::positional_options_description& positional);

/// The values of one parsed command line, read by long name.
class ParsedArguments : public commands::Arguments {
 public:
  /// REQUIRES: `values` outlives this object.
  explicit ParsedArguments(const boost::program_options::variables_map& values) : values_(values) {}

  bool has(std::string_view name) const override;
  std::string text(std::string_view name) const override;
  int integer(std::string_view name) const override;
  double number(std::string_view name) const override;
  std::vector<std::string> texts(std::string_view name) const override;

 private:
  template <typename T>
  T value(std::string_view name) const;

  const boost::program_options::variables_map& values_;
};

}  // namespace dbm::cli
