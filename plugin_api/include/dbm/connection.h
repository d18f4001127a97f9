// The database connection the host lends to plugin code: an online data
// migration (Operations::run_online) or a plugin command. No database
// library type crosses into a plugin.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace dbm {

/// Implemented by the host.
class Connection {
 public:
  virtual ~Connection() = default;
  /// "sqlite", "postgresql" or "mysql", as Operations::dialect() says it.
  virtual const std::string& dialect() const = 0;
  /// Runs one statement that returns no rows.
  virtual void execute(const std::string& sql) = 0;
  /// Runs a query; NULL comes back as std::nullopt.
  virtual std::vector<std::vector<std::optional<std::string>>> query(const std::string& sql) = 0;
};

}  // namespace dbm
