// Alembic's revision resolution (RevisionMap._resolve_revision_number,
// get_revisions, _parse_upgrade_target, _parse_downgrade_target and their
// helpers): which revisions a symbol, a relative step or a label names, given
// the current heads. Private to host/graph; target.cpp and
// revision_iteration.cpp build on it.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "graph/errors.h"
#include "graph/revision_graph.h"
#include "graph/target.h"

namespace dbm::graph {

/// Alembic's "base" string that downward walks return.
inline constexpr RevIndex kBaseMarker = -2;
/// Where Alembic would crash on an internal assertion we throw RevisionError with this.
inline constexpr const char* kNotARevision = "Target does not resolve to a revision (walked past base or head?)";

using Refs = std::vector<RevIndex>;

inline Refs to_refs(const RevIndices& indices) { return Refs(indices.begin(), indices.end()); }

inline bool truthy(const std::optional<std::string>& s) { return s && !s->empty(); }

bool truthy(const RevisionArg& arg);

/// One of what Alembic's walks start from: an id to look up, a revision, or None.
struct Start {
  std::optional<std::string> id;
  RevIndex rev = kNoRevision;
};

class TargetResolver {
 public:
  explicit TargetResolver(const RevisionGraph& g) : g_(g) {}

  /// A symbol resolved to ids, with the branch label it was qualified by.
  struct Number {
    std::vector<std::string> ids;
    std::optional<std::string> label;
  };

  const RevisionGraph& graph() const { return g_; }

  Number resolve_number(const RevisionArg& arg) const;
  RevIndex current_head(const std::optional<std::string>& label) const;
  Refs get_revisions(const RevisionArg& arg) const;
  RevIndex get_revision(const std::string& id) const;
  RevIndex resolve_branch(const std::string& label) const;
  /// `id` nullopt is Alembic's empty tuple: no revision.
  RevIndex revision_for_ident(const std::optional<std::string>& id, const std::optional<std::string>& branch) const;
  /// Alembic's filter_for_lineage: keep targets on the same line as `check_against`.
  Refs filter_for_lineage(const Refs& targets, const std::string& check_against, bool deps = false) const;
  std::vector<std::string> filter_ids_for_lineage(const std::vector<std::string>& targets,
                                                  const std::string& check_against) const;
  Refs lineage_of(const std::string& check_against) const;
  bool shares_lineage(RevIndex target, const Refs& against, bool deps) const;
  RevIndex walk(RevIndex start, long steps, const std::optional<std::string>& label, bool no_overwalk) const;
  RevIndex walk_from(const Start& start, long steps, const std::optional<std::string>& label, bool no_overwalk) const;
  Refs parse_upgrade_target(const RevisionArg& current, const RevisionArg& target, bool assert_length) const;
  std::pair<std::optional<std::string>, RevIndex> parse_downgrade_target(const RevisionArg& current,
                                                                         const RevisionArg& target,
                                                                         bool assert_length) const;
  Refs all_current(const std::vector<std::string>& stored) const;
  std::vector<std::string> ids(const Refs& refs) const;
  bool has_label(RevIndex r, const std::string& label) const;
  static std::string or_base(const RevisionArg& arg);

 private:
  static std::vector<std::optional<std::string>> to_tuple(const RevisionArg& arg);
  Refs revisions_of(const std::vector<std::optional<std::string>>& items) const;
  Refs ancestor_list(const Refs& starts, bool deps) const;

  const RevisionGraph& g_;
};

}  // namespace dbm::graph
