// The online sink: statements run on the connection as they come. Version
// row changes are checked as Alembic checks them (exactly one row matched),
// which also catches a concurrent run that got there first.
#pragma once

#include <functional>
#include <string>

#include "db/database.h"
#include "runtime/sink.h"

namespace dbm::runtime {

class OnlineSink : public Sink {
 public:
  /// `on_statement` sees every statement before it runs (for -v logging).
  OnlineSink(db::Database& database, std::function<void(const std::string&)> on_statement)
      : database_(database), on_statement_(std::move(on_statement)) {}

  void execute(const std::string& sql) override;
  void execute_version_change(const std::string& sql, const std::string& what) override;
  void begin() override;
  void commit() override;
  void comment(const std::string&) override {}
  void run_callback(const OnlineCallback& callback) override;
  bool online() const override { return true; }

  /// Rolls back an open transaction (on failure); never throws.
  void rollback() noexcept;

 private:
  db::Database& database_;
  std::function<void(const std::string&)> on_statement_;
  bool in_transaction_ = false;
};

}  // namespace dbm::runtime
