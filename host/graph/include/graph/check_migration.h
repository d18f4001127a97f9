// check_migration's verdict on a revision tree: one head and no branch point
// means linear. Data only; the command decides what to print and the exit code.
#pragma once

#include <string>
#include <vector>

#include "graph/revision_graph.h"

namespace dbm::graph {

struct LinearityReport {
  std::vector<std::string> heads{};          ///< all heads (the `heads` command's list), map order
  std::vector<std::string> branch_points{};  ///< revisions with more than one child, map order
  bool linear() const { return heads.size() <= 1 && branch_points.empty(); }
};

/// Heads and branch points of `graph` (an empty graph is linear).
LinearityReport check_linear(const RevisionGraph& graph);

}  // namespace dbm::graph
