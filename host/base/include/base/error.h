// The host's error types. Low layers throw these with precise data; the CLI
// catches once in main and prints one line. No password ever goes into a
// message (URLs are masked before they reach one).
#pragma once

#include <stdexcept>
#include <string>

namespace dbm {

/// Exit statuses, as the tools we replace use them.
inline constexpr int kExitFailure = 1;    ///< our errors; oslo/service-level failures
inline constexpr int kExitUsage = 2;      ///< bad command line (argparse's status)
inline constexpr int kExitAlembic = 255;  ///< Alembic's CommandError: sys.exit(-1)

class Error : public std::runtime_error {
 public:
  explicit Error(const std::string& message, int exit_code = kExitFailure)
      : std::runtime_error(message), exit_code_(exit_code) {}
  int exit_code() const { return exit_code_; }

 private:
  int exit_code_;
};

/// Config files, config values, database URLs, manifests.
class ConfigError : public Error {
 public:
  using Error::Error;
};

/// A plugin that cannot be found, loaded or trusted.
class PluginError : public Error {
 public:
  PluginError(const std::string& path, const std::string& reason)
      : Error("plugin '" + path + "': " + reason), path_(path), reason_(reason) {}
  const std::string& path() const { return path_; }
  const std::string& reason() const { return reason_; }

 private:
  std::string path_;
  std::string reason_;
};

/// What Alembic reports as a CommandError (unknown revision, multiple heads,
/// bad range...): printed as `FAILED: <message>`, exit status 255.
class CommandError : public Error {
 public:
  explicit CommandError(const std::string& message) : Error(message, kExitAlembic) {}
};

/// A database that cannot be reached or queried.
class DatabaseError : public Error {
 public:
  using Error::Error;
};

/// A bad command line.
class UsageError : public Error {
 public:
  explicit UsageError(const std::string& message) : Error(message, kExitUsage) {}
};

}  // namespace dbm
