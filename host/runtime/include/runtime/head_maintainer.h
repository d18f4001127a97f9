// The version rows a run leaves behind: Alembic's HeadMaintainer, step by step.
// It decides which rows are inserted, updated or deleted and keeps the current
// heads; it writes nothing — the executor turns the changes into SQL.
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "graph/revision_graph.h"
#include "runtime/planner.h"

namespace dbm::runtime {

/// `INSERT INTO <version table> (version_num) VALUES ('<id>')`.
struct InsertVersion {
  std::string id{};
  bool operator==(const InsertVersion&) const = default;
};
/// `UPDATE ... SET version_num='<to>' WHERE version_num = '<from>'` (must match one row).
struct UpdateVersion {
  std::string from{};
  std::string to{};
  bool operator==(const UpdateVersion&) const = default;
};
/// `DELETE ... WHERE version_num = '<id>'` (must match one row).
struct DeleteVersion {
  std::string id{};
  bool operator==(const DeleteVersion&) const = default;
};

using VersionChange = std::variant<InsertVersion, UpdateVersion, DeleteVersion>;

/// "insert x", "update a b", "delete x": for tests and debug logs.
std::string to_string(const VersionChange& change);

class HeadMaintainer {
 public:
  /// `heads`: the version table's rows (empty after --purge or from base).
  HeadMaintainer(const graph::RevisionGraph& graph, std::vector<std::string> heads);

  /// The changes for `step`, in the order they must run, applied to heads().
  /// Throws dbm::Error when the rows cannot be what the step expects.
  std::vector<VersionChange> update_to_step(const Step& step);

  /// The rows after the steps so far, in row order (new rows last).
  const std::vector<std::string>& heads() const { return heads_; }

 private:
  bool has(const std::string& id) const;
  std::vector<std::string> others_ancestors(const std::vector<std::string>& excluded) const;
  std::vector<VersionChange> revision_changes(const Step& step) const;
  std::vector<VersionChange> stamp_changes(const Step& step) const;
  void apply(const VersionChange& change);

  const graph::RevisionGraph& graph_;
  std::vector<std::string> heads_;
};

}  // namespace dbm::runtime
