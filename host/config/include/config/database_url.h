// Finds a service's database URL among its oslo options, the way oslo.db's
// `[database] connection` option and its deprecated spellings resolve.
// Knows nothing of URL syntax beyond masking it in messages.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "config/config_sources.h"
#include "config/oslo_config.h"

namespace dbm::config {

/// What the *-db-manage tools print when no URL is configured.
inline constexpr char kNoUrlMessage[] = "Provide a configuration file with DB connection information";

/// The URL from `url_options` ("section/option", canonical spelling first,
/// then deprecated ones). The canonical option's OS_<GROUP>__<OPTION>
/// variable wins over the files (`getenv` defaults to the process
/// environment); in the files, oslo's rule: the newest file that sets any
/// spelling decides. `$option` references are expanded. An empty value
/// means unset. Throws ConfigError for an unresolvable reference.
std::optional<std::string> find_database_url(const OsloConfig& config, const std::vector<std::string>& url_options,
                                             const EnvLookup& getenv = {});

}  // namespace dbm::config
