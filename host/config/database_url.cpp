// Picks the database URL out of layered oslo options and the environment.
// Expansion errors must not leak a password, so references found inside the
// URL's password are not named.
#include "config/database_url.h"

#include "config/db_url.h"
#include "base/error.h"

namespace dbm::config {
namespace {

std::string expand(const OsloConfig& config, const std::string& raw, const OptionName& name) {
  try {
    return config.substitute(raw, name.section);
  } catch (const UnresolvedReference& e) {
    const std::string label = "[" + name.section + "] " + name.option;
    const std::string visible = mask_password(raw);
    const bool in_password =
        visible.find("$" + e.key()) == std::string::npos && visible.find("${" + e.key() + "}") == std::string::npos;
    if (in_password) {
      throw ConfigError(label + " has a '$' in its password; write '$$' for a literal '$'");
    }
    throw ConfigError(label + " refers to '$" + e.key() + "', which is not set in " + e.where() +
                      "; write '$$' for a literal '$'");
  }
}

}  // namespace

std::optional<std::string> find_database_url(const OsloConfig& config, const std::vector<std::string>& url_options,
                                             const EnvLookup& getenv) {
  std::vector<OptionName> names;
  for (const auto& path : url_options) names.push_back(OptionName::from_path(path));
  if (names.empty()) return std::nullopt;

  std::optional<FoundOption> found;
  if (auto env = env_override(names.front().section, names.front().option, getenv)) {
    found = FoundOption{names.front(), std::move(*env)};
  } else {
    found = config.find(names);
  }
  if (!found || found->value.empty()) return std::nullopt;
  std::string url = expand(config, found->value, found->name);
  if (url.empty()) return std::nullopt;
  return url;
}

}  // namespace dbm::config
