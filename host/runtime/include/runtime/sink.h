// Where rendered SQL goes. The executor cannot tell an online run from an
// offline (--sql) one: both get the same statements in the same order, so
// the two can never drift. Only the sink differs.
#pragma once

#include <string>

#include "dbm/operations.h"

namespace dbm::runtime {

class Sink {
 public:
  virtual ~Sink() = default;
  /// One statement, no terminator, laid out as the renderer made it.
  virtual void execute(const std::string& sql) = 0;
  /// A version-table UPDATE/DELETE: online, Alembic's guard that exactly one
  /// row matched; offline, just the statement.
  virtual void execute_version_change(const std::string& sql, const std::string& what) = 0;
  virtual void begin() = 0;
  virtual void commit() = 0;
  /// "-- Running upgrade a -> b" in a script; nothing online.
  virtual void comment(const std::string& text) = 0;
  /// A data migration written in C++. Offline sinks refuse it.
  virtual void run_callback(const OnlineCallback& callback) = 0;
  virtual bool online() const = 0;
};

}  // namespace dbm::runtime
