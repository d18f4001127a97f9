// The planner: from the version table's rows and a target, the ordered steps
// Alembic 1.8.1 would run (script/base.py _upgrade_revs/_downgrade_revs/
// _stamp_revs), with the texts Alembic logs for each. Pure: it knows the
// revision graph and nothing of databases, plugins or output.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "graph/revision_graph.h"

namespace dbm::runtime {

enum class Direction : std::uint8_t { kUpgrade, kDowngrade, kStamp };

/// One step of a plan: Alembic's RevisionStep or StampStep.
struct Step {
  Direction direction = Direction::kUpgrade;
  /// Alembic's is_upgrade; for a stamp, whether it moves up the tree.
  bool is_upgrade = true;
  /// Stamps only: the step creates (upgrade) or deletes (downgrade) a branch row.
  bool branch_move = false;
  /// The revision whose upgrade()/downgrade() runs; empty for a stamp.
  std::string revision{};
  /// Revision steps: its down revisions plus dependencies not implied by an
  /// ancestor (Alembic's _normalized_down_revisions); empty for stamps.
  std::vector<std::string> normalized_down{};
  /// Rows this step moves from / to, dependencies included (Alembic's from_/to_revisions).
  std::vector<std::string> from_revisions{};
  std::vector<std::string> to_revisions{};
  /// The same without dependencies: what the log lines show.
  std::vector<std::string> from_revisions_no_deps{};
  std::vector<std::string> to_revisions_no_deps{};
  /// First paragraph of the revision's docstring (its message); empty for stamps.
  std::string message{};
  /// Alembic's str(step), logged as "Running " + log_line:
  /// "upgrade  -> 1fd6a1b2c3d4, create accounts table", "stamp_revision a -> b".
  std::string log_line{};
  /// Alembic's short_log, the offline comment "-- Running " + short_log: "upgrade a, b -> m".
  std::string short_log{};
};

using Plan = std::vector<Step>;

/// Steps that take the rows `current_heads` to `target` (any upgrade symbol:
/// id, prefix, head, heads, label@head, +N, rev+N...). Empty when the target is
/// already applied. Throws CommandError with Alembic's CLI texts.
Plan plan_upgrade(const graph::RevisionGraph& graph, const std::vector<std::string>& current_heads,
                  const std::string& target);

/// Steps that take `current_heads` down to `target` (id, base, -N, label@base,
/// label@-N...). Throws CommandError with Alembic's texts, and CommandError
/// "Revision <id> (<message>) has no downgrade; cannot downgrade through it"
/// before any step when a revision on the way has no downgrade.
Plan plan_downgrade(const graph::RevisionGraph& graph, const std::vector<std::string>& current_heads,
                    const std::string& target);

/// Stamp steps moving `current_heads` to `targets` without running revisions.
/// With `purge` the rows are discarded first (the caller deletes them), so the
/// plan starts from no heads. Throws CommandError with Alembic's texts.
Plan plan_stamp(const graph::RevisionGraph& graph, const std::vector<std::string>& current_heads,
                const std::vector<std::string>& targets, bool purge);

/// Our dry-run listing, one line per step: "<direction> <from> -> <to> (<message>)",
/// e.g. "upgrade  -> 0_1 (Icehouse Initial)", "stamp 27c6a30d7c24 -> 6f4acontr02";
/// "(nothing to do)" for an empty plan. Ids are those of the log line.
/// `note`, when given, may add a remark to a step's line ("" for none).
std::string describe_plan(const Plan& plan, const std::function<std::string(const Step&)>& note = nullptr);

}  // namespace dbm::runtime
