// The --sql sink: statements become a script on a stream, laid out as
// Alembic 1.8's offline mode writes them.
#pragma once

#include <iosfwd>

#include "dialect/dialect.h"
#include "runtime/sink.h"

namespace dbm::runtime {

class OfflineSink : public Sink {
 public:
  OfflineSink(std::ostream& out, const dialect::Dialect& dialect) : out_(out), dialect_(dialect) {}

  void execute(const std::string& sql) override;
  void execute_version_change(const std::string& sql, const std::string&) override { execute(sql); }
  void begin() override;
  void commit() override;
  void comment(const std::string& text) override;
  void run_callback(const OnlineCallback& callback) override;
  bool online() const override { return false; }

 private:
  std::ostream& out_;
  const dialect::Dialect& dialect_;
};

}  // namespace dbm::runtime
