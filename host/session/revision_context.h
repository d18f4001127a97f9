// What a revision may read while it records operations: the dialect and the
// service's own config values. The same object serves online and --sql runs,
// so conditional revisions take the same branch in both.
#pragma once

#include <string>

#include "config/oslo_config.h"
#include "dbm/context.h"

namespace dbm::session {

class RevisionContext : public dbm::Context {
 public:
  /// REQUIRES: `config` outlives this object.
  RevisionContext(std::string dialect, const config::OsloConfig& config)
      : dialect_(std::move(dialect)), config_(config) {}

  const std::string& dialect() const override { return dialect_; }
  std::optional<std::string> config(const std::string& section, const std::string& option) const override {
    return config_.get(section, option);
  }

 private:
  std::string dialect_;
  const config::OsloConfig& config_;
};

}  // namespace dbm::session
