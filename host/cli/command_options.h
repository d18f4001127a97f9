// A command's option table (commands::OptionSpec) as Boost.Program_options
// descriptions, and the parsed values behind commands::Arguments. The one
// place commands meet Program_options. Private to host/cli.
#pragma once

#include <boost/program_options.hpp>

#include "commands/command.h"

namespace dbm::cli {

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
