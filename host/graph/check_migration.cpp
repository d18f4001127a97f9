// check_migration's verdict: facts the graph already holds, gathered.
#include "graph/check_migration.h"

namespace dbm::graph {

LinearityReport check_linear(const RevisionGraph& graph) {
  LinearityReport report;
  report.heads = graph.heads();
  report.branch_points = graph.branch_points();
  return report;
}

}  // namespace dbm::graph
