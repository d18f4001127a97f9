// Test helpers: record a blazar revision's operations for one dialect with a
// fake Context, and describe each operation in one line so tests can compare
// whole sequences. Knows nothing of SQL rendering.
#pragma once

#include <string>
#include <vector>

#include <dbm/context.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

namespace dbm::blazar::test {

/// A Context with a fixed dialect and no config values.
class FakeContext : public Context {
 public:
  explicit FakeContext(std::string dialect) : dialect_(std::move(dialect)) {}
  const std::string& dialect() const override { return dialect_; }
  std::optional<std::string> config(const std::string&, const std::string&) const override {
    return std::nullopt;
  }

 private:
  std::string dialect_;
};

enum class Direction { kUp, kDown };

/// The operations `revision` records on `dialect`.
std::vector<Operation> record(const Revision& revision, const std::string& dialect, Direction direction);

/// One line per operation, e.g. "add_column computehosts.service_name"; an
/// Execute shows the SQL this dialect would run ("execute <sql>"), or
/// "execute (none)" when the dialect gets nothing.
std::vector<std::string> describe(const std::vector<Operation>& ops, const std::string& dialect);

/// describe(record(...)) for the revision with this id in the blazar plugin.
std::vector<std::string> summary(const std::string& id, const std::string& dialect, Direction direction);

/// The blazar plugin's revision with this id; fails the test when absent.
const Revision& revision(const std::string& id);

}  // namespace dbm::blazar::test
