// A script sink that also runs every statement on a private scratch
// database. Offline SQLite uses it: the scratch database (in memory) follows
// what raw SQL in a revision does to the schema, which operations alone
// cannot tell, so later table rebuilds in the script are shaped right.
#pragma once

#include "runtime/sink.h"

namespace dbm::runtime {

class TeeSink : public Sink {
 public:
  /// REQUIRES: both sinks outlive this one. `script` decides what is offline.
  TeeSink(Sink& script, Sink& scratch) : script_(script), scratch_(scratch) {}

  void execute(const std::string& sql) override {
    script_.execute(sql);
    scratch_.execute(sql);
  }
  void execute_version_change(const std::string& sql, const std::string& what) override {
    script_.execute_version_change(sql, what);
    scratch_.execute_version_change(sql, what);
  }
  void begin() override {
    script_.begin();
    scratch_.begin();
  }
  void commit() override {
    script_.commit();
    scratch_.commit();
  }
  void comment(const std::string& text) override { script_.comment(text); }
  void run_callback(const OnlineCallback& callback) override { script_.run_callback(callback); }
  bool online() const override { return script_.online(); }

 private:
  Sink& script_;
  Sink& scratch_;
};

}  // namespace dbm::runtime
