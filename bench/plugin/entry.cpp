// The bench plugin: the workload with N revisions, N from
// $DBM_BENCH_REVISIONS (default 100) when the host loads the library. Built
// outside the plugin search path: only bench/run_bench.sh and tests use it.
#include <algorithm>
#include <cstdlib>
#include <string>

#include <dbm/entry.h>
#include <dbm/plugin.h>

#include "workload.h"

namespace {

int revision_count() {
  const char* text = std::getenv("DBM_BENCH_REVISIONS");
  if (text == nullptr || *text == '\0') return 100;
  return std::max(1, std::atoi(text));
}

const dbm::Plugin& bench() {
  static const dbm::Plugin plugin = [] {
    dbm::Plugin p{};
    p.description = "Synthetic linear chain for benchmarks (bench/workload.md)";
    p.config.config_project = "bench";
    p.revisions = dbm::bench::workload(revision_count());
    return p;
  }();
  return plugin;
}

}  // namespace

DBM_PLUGIN("bench", "1", bench)
