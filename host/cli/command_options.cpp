// OptionSpec → Program_options, and values read back by name.
#include "command_options.h"

#include <string>

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
