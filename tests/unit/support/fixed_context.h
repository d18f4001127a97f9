// What a revision sees while recording, for unit tests: one dialect and no
// config values (the host's RevisionContext needs a loaded config).
#pragma once

#include <optional>
#include <string>

#include "dbm/context.h"

namespace dbm::test_support {

class FixedContext : public Context {
 public:
  explicit FixedContext(std::string dialect = "postgresql") : dialect_(std::move(dialect)) {}
  const std::string& dialect() const override { return dialect_; }
  std::optional<std::string> config(const std::string&, const std::string&) const override { return std::nullopt; }

 private:
  std::string dialect_;
};

}  // namespace dbm::test_support
