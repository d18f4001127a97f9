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

/// A stderr logger named `name`, created on first use; safe from any thread.
std::shared_ptr<spdlog::logger> get(const std::string& name);

/// While alive, log lines written by the calling thread are appended to
/// `buffer` instead of going to stderr: projects migrated in parallel keep
/// their lines together and print them as one block.
class CaptureScope {
 public:
  explicit CaptureScope(std::string& buffer);
  ~CaptureScope();
  CaptureScope(const CaptureScope&) = delete;
  CaptureScope& operator=(const CaptureScope&) = delete;

 private:
  std::string* previous_;
};

/// alembic.runtime.migration: "Context impl", "Will assume", "Running upgrade".
inline std::shared_ptr<spdlog::logger> migration() { return get("alembic.runtime.migration"); }

}  // namespace dbm::log
