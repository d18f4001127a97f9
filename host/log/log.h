// Logging, to stderr, in the format Alembic's logging config prints:
// "%(levelname)-5.5s [%(name)s] %(message)s". Loggers keep Alembic's names
// (alembic.runtime.migration, ...) so scripts that grep those lines still work.
#pragma once

#include <memory>
#include <string>

#include <spdlog/logger.h>

namespace dbm::log {

enum class Verbosity { kQuiet, kNormal, kVerbose };

/// Sets the level of every logger made by get(). Call once from the CLI.
void set_verbosity(Verbosity verbosity);

/// A stderr logger named `name`, created on first use.
std::shared_ptr<spdlog::logger> get(const std::string& name);

/// alembic.runtime.migration: "Context impl", "Will assume", "Running upgrade".
inline std::shared_ptr<spdlog::logger> migration() { return get("alembic.runtime.migration"); }

}  // namespace dbm::log
