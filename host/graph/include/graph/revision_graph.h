// The revision graph: a validated DAG of revisions in Alembic's revision-map
// order, with the derived facts Alembic computes (heads, real heads, bases,
// children, dependency normalisation, branch-label propagation).
// Pure data: it knows no files, no database, no plugin types.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <boost/container/small_vector.hpp>

#include "graph/errors.h"

namespace dbm::graph {

/// What the graph needs of a dbm::Revision; the host copies the fields in.
struct RevisionNode {
  std::string id{};
  std::vector<std::string> down{};           ///< parents (versioned down revisions)
  std::vector<std::string> branch_labels{};  ///< labels declared by this revision
  std::vector<std::string> depends_on{};     ///< ids or branch labels
  std::string message{};
  /// Module docstring; empty: Alembic's template text is made from message, id, down, date.
  std::string doc{};
  std::string create_date{};
  std::string path{};  ///< printed after "Path: "
  bool has_downgrade = true;
};

/// Index of a revision in map order; kNoRevision stands for Alembic's None.
using RevIndex = int;
inline constexpr RevIndex kNoRevision = -1;

/// A revision's neighbours: nearly always one or two, kept inline so that a
/// graph of 10000 revisions is not 50000 separate allocations.
using RevIndices = boost::container::small_vector<RevIndex, 2>;

/// Derived per-revision facts, by index (Alembic's Revision attributes).
struct Vertex {
  RevIndices down{};                  ///< versioned down revisions
  RevIndices deps{};                  ///< depends_on, resolved to revisions
  RevIndices normalized_deps{};       ///< deps not already declared by an ancestor
  RevIndices all_down{};              ///< down + deps
  RevIndices normalized_down{};       ///< down + normalized_deps
  RevIndices next{};                  ///< children through down only, map order
  RevIndices all_next{};              ///< children through down or depends_on
  std::vector<std::string> labels{};  ///< own labels first, then propagated ones
};

class RevisionGraph {
 public:
  /// Validates and indexes `nodes`; their order is the revision-map (file listing) order.
  /// Throws InvalidGraph naming the revision(s) at fault.
  explicit RevisionGraph(std::vector<RevisionNode> nodes);
  // The indexes hold views of the nodes' strings: a move keeps them valid
  // (the nodes stay where they are), a copy would not.
  RevisionGraph(RevisionGraph&&) = default;
  RevisionGraph& operator=(RevisionGraph&&) = default;
  RevisionGraph(const RevisionGraph&) = delete;
  RevisionGraph& operator=(const RevisionGraph&) = delete;

  std::size_t size() const { return nodes_.size(); }
  /// All nodes in map order.
  const std::vector<RevisionNode>& nodes() const { return nodes_; }
  /// The node with exactly this id, or nullptr.
  const RevisionNode* find(std::string_view id) const;
  /// Index of exactly this id, or kNoRevision.
  RevIndex index_of(std::string_view id) const;
  /// Index of the revision a key names: an exact id or a declared branch label.
  RevIndex index_of_key(std::string_view key) const;
  const RevisionNode& node(RevIndex i) const { return nodes_[static_cast<std::size_t>(i)]; }
  const Vertex& vertex(RevIndex i) const { return vertices_[static_cast<std::size_t>(i)]; }

  /// Revisions nothing revises (Alembic's `heads` command list), map order.
  std::vector<std::string> heads() const { return ids(heads_); }
  /// Heads that no revision depends_on either (what the symbol `heads` means).
  std::vector<std::string> real_heads() const { return ids(real_heads_); }
  /// Revisions without a parent, map order.
  std::vector<std::string> bases() const { return ids(bases_); }
  std::vector<std::string> branch_points() const;
  std::vector<std::string> merge_points() const;
  /// Children of `id` through down revisions, map order; throws UnknownRevision.
  std::vector<std::string> children(std::string_view id) const;
  /// Ancestors of `id`, itself excluded, map order; throws UnknownRevision.
  std::vector<std::string> ancestors(std::string_view id, bool include_dependencies = true) const;
  /// Descendants of `id`, itself excluded, map order; throws UnknownRevision.
  std::vector<std::string> descendants(std::string_view id, bool include_dependencies = true) const;
  /// True when `ancestor` is reachable downwards from `descendant` (or equal to it).
  bool is_ancestor(std::string_view ancestor, std::string_view descendant,
                   bool include_dependencies = true) const;

  /// The ids of revisions given by index (a std::vector or RevIndices), in that order.
  template <typename Indices>
  std::vector<std::string> ids(const Indices& indices) const {
    std::vector<std::string> out;
    out.reserve(indices.size());
    for (RevIndex i : indices) out.push_back(node(i).id);
    return out;
  }

  const std::vector<RevIndex>& head_indices() const { return heads_; }
  const std::vector<RevIndex>& real_head_indices() const { return real_heads_; }
  const std::vector<RevIndex>& base_indices() const { return bases_; }
  bool is_head(RevIndex i) const { return vertex(i).next.empty(); }
  bool is_real_head(RevIndex i) const { return vertex(i).all_next.empty(); }
  bool is_branch_point(RevIndex i) const { return vertex(i).next.size() > 1; }
  bool is_real_branch_point(RevIndex i) const { return vertex(i).all_next.size() > 1; }
  bool is_merge_point(RevIndex i) const { return vertex(i).down.size() > 1; }

  /// Keys (ids and declared labels) that start with `prefix` and are longer than 3
  /// characters, in map order (ids first, then labels), as Alembic's partial match sees them.
  std::vector<std::string> keys_with_prefix(std::string_view prefix) const;

  /// Marks every revision reachable from `starts` (included) downwards; a bitmap by index.
  std::vector<bool> ancestor_set(const std::vector<RevIndex>& starts, bool include_dependencies) const;
  /// Marks every revision reachable from `starts` (included) upwards.
  std::vector<bool> descendant_set(const std::vector<RevIndex>& starts, bool include_dependencies) const;

 private:
  /// Every revision reachable from `starts` along `edges(vertex)`, as a bitmap by index.
  template <typename EdgesFn>
  std::vector<bool> reachable(const std::vector<RevIndex>& starts, EdgesFn edges) const;
  RevIndex require(std::string_view id) const;
  void validate_ids() const;
  void index_labels();
  void link();
  void check_cycles(bool include_dependencies) const;
  void normalize_dependencies();
  void propagate_labels();

  std::vector<RevisionNode> nodes_;
  std::vector<Vertex> vertices_;
  // Keys are views of nodes_' ids and labels.
  std::unordered_map<std::string_view, RevIndex> by_id_;
  std::unordered_map<std::string_view, RevIndex> by_label_;
  std::vector<RevIndex> heads_;
  std::vector<RevIndex> real_heads_;
  std::vector<RevIndex> bases_;
};

}  // namespace dbm::graph
