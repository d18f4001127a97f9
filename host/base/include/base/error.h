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

  /// Throws an error of this one's own type and exit status whose message is
  /// `message`: how context is added as an error rises ("blazar: revision …:
  /// " + what()) without turning a DatabaseError or a CommandError (exit
  /// status 255) into a plain Error.
  [[noreturn]] virtual void rethrow_with_message(const std::string& message) const { throw Error(message, exit_code_); }

 private:
  int exit_code_;
};

/// Config files, config values, database URLs, manifests.
class ConfigError : public Error {
 public:
  using Error::Error;
  [[noreturn]] void rethrow_with_message(const std::string& message) const override {
    throw ConfigError(message, exit_code());
  }
};

/// A plugin that cannot be found, loaded or trusted.
class PluginError : public Error {
 public:
  PluginError(const std::string& path, const std::string& reason)
      : Error("plugin '" + path + "': " + reason), path_(path), reason_(reason) {}
  const std::string& path() const { return path_; }
  const std::string& reason() const { return reason_; }
  [[noreturn]] void rethrow_with_message(const std::string& message) const override {
    throw PluginError(message, path_, reason_);
  }

 private:
  PluginError(const std::string& message, const std::string& path, const std::string& reason)
      : Error(message), path_(path), reason_(reason) {}

  std::string path_;
  std::string reason_;
};

/// What Alembic reports as a CommandError (unknown revision, multiple heads,
/// bad range...): printed as `FAILED: <message>`, exit status 255.
class CommandError : public Error {
 public:
  explicit CommandError(const std::string& message) : Error(message, kExitAlembic) {}
  [[noreturn]] void rethrow_with_message(const std::string& message) const override { throw CommandError(message); }
};

/// A database that cannot be reached or queried.
class DatabaseError : public Error {
 public:
  using Error::Error;
  [[noreturn]] void rethrow_with_message(const std::string& message) const override {
    throw DatabaseError(message, exit_code());
  }
};

/// A bad command line.
class UsageError : public Error {
 public:
  explicit UsageError(const std::string& message) : Error(message, kExitUsage) {}
  [[noreturn]] void rethrow_with_message(const std::string& message) const override { throw UsageError(message); }
};

}  // namespace dbm
