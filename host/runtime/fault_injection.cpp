// See fault_injection.h.
#include "fault_injection.h"

#ifdef DBM_FAULT_INJECTION
#include <csignal>
#include <cstdlib>
#include <string>
#endif

namespace dbm::runtime {

#ifdef DBM_FAULT_INJECTION
void after_statement() {
  static const long kill_after = [] {
    const char* value = std::getenv("DB_MANAGE_TEST_KILL_AFTER_STATEMENT");
    return value == nullptr ? 0L : std::strtol(value, nullptr, 10);
  }();
  static long executed = 0;
  if (kill_after > 0 && ++executed == kill_after) std::raise(SIGKILL);
}
#else
void after_statement() {}
#endif

}  // namespace dbm::runtime
