// Alembic 1.8.1's stdout for history, heads, branches, show and current,
// byte for byte, as strings (every line ends in '\n'). No printing, no
// database: current heads come in as data. Errors leave as dbm::CommandError
// with Alembic's CLI text. Where Alembic iterates a frozenset or set (children
// in `branches` / `Branches into:`, several current heads, several labels on
// one revision) the graph's map order is used.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace dbm::graph {

class RevisionGraph;
struct RevisionNode;

struct HistoryOptions {
  std::optional<std::string> rev_range{};    ///< -r/--rev-range: "a:b", "a:", ":b"
  bool verbose = false;                       ///< -v
  bool indicate_current = false;              ///< -i
  std::vector<std::string> current_heads{};   ///< version table rows (for -i and `current` in ranges)
};

/// `history [-r RANGE] [-v] [-i]`.
std::string history_text(const RevisionGraph& graph, const HistoryOptions& options);
/// `heads [-v] [--resolve-dependencies]`.
std::string heads_text(const RevisionGraph& graph, bool verbose, bool resolve_dependencies = false);
/// `branches [-v]`.
std::string branches_text(const RevisionGraph& graph, bool verbose);
/// `show REV` for each of `revs` in turn; `current` shows `current_heads`.
std::string show_text(const RevisionGraph& graph, const std::vector<std::string>& revs,
                      const std::vector<std::string>& current_heads);
/// `current [-v]` without the verbose header line, which needs the masked URL.
std::string current_text(const RevisionGraph& graph, const std::vector<std::string>& current_heads, bool verbose);

/// The verbose block of one revision (Alembic's Script.log_entry), ending in a blank line.
std::string log_entry(const RevisionGraph& graph, const std::string& id, bool current = false);
/// The docstring Alembic prints for a node: its doc, or the template text, stripped.
std::string long_doc(const RevisionNode& node);

}  // namespace dbm::graph
