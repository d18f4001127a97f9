// Alembic 1.8's target grammar over a RevisionGraph: symbols (head, heads,
// base, ids, unique prefixes, labels, label@head/base, rev@head), relative
// steps (+N, -N, rev+N, label@-N) and ranges, and the topological walk that
// `history` and the planner iterate. Current heads come in as data: nothing
// here reads a database. Errors are the precise types of errors.h.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "graph/revision_graph.h"

namespace dbm::graph {

/// An argument as Alembic passes it around: None, one string, or a tuple of ids.
using RevisionArg = std::variant<std::monostate, std::string, std::vector<std::string>>;

/// Flags of Alembic's RevisionMap.iterate_revisions.
struct IterateOptions {
  bool implicit_base = false;           ///< also wind other branches (upgrade: pull in other bases)
  bool inclusive = false;               ///< include the lower revision(s)
  bool assert_relative_length = true;   ///< +N/-N must walk exactly N steps
  bool select_for_downgrade = false;    ///< upper = current heads, lower = downgrade target
};

/// Revisions a symbol denotes (Alembic get_revisions): `heads` = real heads, `base` = none.
std::vector<std::string> get_revisions(const RevisionGraph& graph, const RevisionArg& id);
/// The single revision a symbol denotes; nullopt for base. Throws MultipleHeads for several.
std::optional<std::string> get_revision(const RevisionGraph& graph, const std::string& id);
/// Upgrade destination(s) of `target` given the current heads (`+N` counts from them).
std::vector<std::string> resolve_upgrade_target(const RevisionGraph& graph, const std::string& target,
                                                const std::vector<std::string>& current_heads,
                                                bool assert_relative_length = true);
/// Downgrade destination of `target` given the current heads: {branch label, revision or nullopt = base}.
std::pair<std::optional<std::string>, std::optional<std::string>> resolve_downgrade_target(
    const RevisionGraph& graph, const std::string& target, const std::vector<std::string>& current_heads,
    bool assert_relative_length = true);
/// Revisions between `lower` and `upper`, ordered newest first (Alembic's topological order).
/// For upgrades reverse it; with select_for_downgrade, upper is the current heads.
std::vector<std::string> iterate_revisions(const RevisionGraph& graph, const RevisionArg& upper,
                                           const RevisionArg& lower, const IterateOptions& options);
/// What `history` walks: lower..upper inclusive, relative lengths not asserted.
std::vector<std::string> walk_revisions(const RevisionGraph& graph, const RevisionArg& base,
                                        const RevisionArg& head);
/// The heads a version table with `stored` rows stands for, including revisions
/// whose dependants are applied ("effective heads"); revision-map order.
std::vector<std::string> all_current(const RevisionGraph& graph, const std::vector<std::string>& stored);

/// Python's str() of an argument, as Alembic's messages interpolate it.
std::string python_str(const RevisionArg& arg);

}  // namespace dbm::graph
