// Logging, to stderr, in the format Alembic's logging config prints:
// "%(levelname)-5.5s [%(name)s] %(message)s". Loggers keep Alembic's names
// (alembic.runtime.migration, ...) so scripts that grep those lines still work.
// spdlog stays behind this header: callers format their message themselves.
#pragma once

#include <string>
#include <string_view>

namespace spdlog {
class logger;
}

namespace dbm::log {

enum class Verbosity { kQuiet, kNormal, kVerbose };

/// Sets the level of every logger. Call once from the CLI.
void set_verbosity(Verbosity verbosity);

/// One named logger; cheap to copy. Loggers live until the process ends.
class Logger {
 public:
  /// Logs `message` at INFO level (Alembic's level for every line it prints).
  void info(std::string_view message) const;

 private:
  friend Logger get(const std::string& name);
  explicit Logger(spdlog::logger* logger) : logger_(logger) {}
  spdlog::logger* logger_;
};

/// A stderr logger named `name`, created on first use; safe from any thread.
Logger get(const std::string& name);

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
Logger migration();

}  // namespace dbm::log
