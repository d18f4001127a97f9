// In-memory revision lists shared by the graph tests (the same shapes as the
// golden trees of tests/fixtures/alembic, in Alembic's map order).
#pragma once

#include <string>
#include <vector>

#include "graph/revision_graph.h"

namespace dbm::graph::testing {

inline RevisionNode rev(std::string id, std::vector<std::string> down, std::vector<std::string> labels = {},
                        std::vector<std::string> deps = {}) {
  RevisionNode n;
  n.id = std::move(id);
  n.down = std::move(down);
  n.branch_labels = std::move(labels);
  n.depends_on = std::move(deps);
  n.message = "msg " + n.id;
  n.create_date = "2024-01-01 00:00:00.000000";
  n.path = "versions/" + n.id + ".py";
  return n;
}

/// 1fd6 -> 27c6 (branch point) -> 3a1b (expand) -> 5e3f; 27c6 -> 4c2d (contract) -> 6f4a (depends on 5e3f).
inline std::vector<RevisionNode> labelled_tree() {
  return {rev("6f4acontr02", {"4c2dcontr01"}, {}, {"5e3fexpand02"}),
          rev("3a1bexpand01", {"27c6a30d7c24"}, {"expand"}),
          rev("5e3fexpand02", {"3a1bexpand01"}),
          rev("27c6a30d7c24", {"1fd6a1b2c3d4"}),
          rev("1fd6a1b2c3d4", {}),
          rev("4c2dcontr01", {"27c6a30d7c24"}, {"contract"})};
}

/// a1 -> b2 (branch point) -> c3..b2 -> d4; b2 -> c3..b3: two heads, ids sharing the prefix c3d4.
inline std::vector<RevisionNode> branched_tree() {
  return {rev("a1b2c3d4e5f6", {}), rev("b2c3d4e5f6a1", {"a1b2c3d4e5f6"}), rev("c3d4e5f6a1b2", {"b2c3d4e5f6a1"}),
          rev("c3d4e5f6a1b3", {"b2c3d4e5f6a1"}), rev("d4e5f6a1b2c3", {"c3d4e5f6a1b2"})};
}

inline std::vector<RevisionNode> linear_tree() {
  return {rev("1fd6a1b2c3d4", {}), rev("27c6a30d7c24", {"1fd6a1b2c3d4"}), rev("3b5e9f0a1c2d", {"27c6a30d7c24"}),
          rev("4d7f8e6a5b3c", {"3b5e9f0a1c2d"})};
}

}  // namespace dbm::graph::testing
