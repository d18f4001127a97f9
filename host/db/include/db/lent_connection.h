// A Database lent to plugin code (an online data migration, a plugin
// command) through the SDK's Connection: SQL as written, rows as text. No
// database library type crosses over.
#pragma once

#include <dbm/connection.h>

#include <string>

#include "db/database.h"
#include "dialect/dialect.h"

namespace dbm::db {

class LentConnection : public dbm::Connection {
 public:
  explicit LentConnection(Database& database) : database_(database), dialect_(database.dialect().name()) {}
  const std::string& dialect() const override { return dialect_; }
  void execute(const std::string& sql) override { database_.execute(sql); }
  std::vector<std::vector<std::optional<std::string>>> query(const std::string& sql) override {
    return database_.query(sql);
  }

 private:
  Database& database_;
  std::string dialect_;
};

}  // namespace dbm::db
