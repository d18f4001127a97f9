// Alembic's RevisionMap.iterate_revisions: which revisions lie between a
// target and the current heads (_collect_upgrade_revisions,
// _collect_downgrade_revisions) and the order they run in (_topological_sort).
// Resolution of the targets themselves is TargetResolver's.
#include <algorithm>

#include "base/join.h"
#include "graph/target.h"
#include "target_resolver.h"

namespace dbm::graph {
namespace {

class RevisionIteration {
 public:
  explicit RevisionIteration(const RevisionGraph& g) : g_(g), resolver_(g) {}

  /// Alembic's _iterate_related_revisions with check=True: a target reached
  /// from another target is an error ("overlaps").
  std::vector<bool> related_checked(const Refs& targets, bool upwards, bool deps) const;
  std::pair<std::vector<bool>, Refs> collect_upgrade(const RevisionArg& upper, RevisionArg lower, bool inclusive,
                                                     bool implicit_base, bool assert_length) const;
  std::pair<std::vector<bool>, Refs> collect_downgrade(const RevisionArg& upper, const RevisionArg& target,
                                                       bool inclusive, bool implicit_base, bool assert_length) const;
  /// Alembic's _topological_sort: newest first, walking one line down as long as
  /// no other pending head still needs the candidate, ties in map order.
  std::vector<RevIndex> topological_sort(std::vector<bool> todo, const Refs& heads) const;

  const TargetResolver& resolver() const { return resolver_; }

 private:
  const RevisionGraph& g_;
  TargetResolver resolver_;
};

std::vector<bool> RevisionIteration::related_checked(const Refs& targets, bool upwards, bool deps) const {
  std::vector<bool> seen(g_.size(), false);
  std::vector<bool> is_target(g_.size(), false);
  for (RevIndex t : targets) {
    if (t < 0) throw RevisionError(kNotARevision);
    is_target[static_cast<std::size_t>(t)] = true;
  }
  for (RevIndex t : targets) {
    std::vector<RevIndex> todo{t};
    std::vector<RevIndex> overlaps;
    while (!todo.empty()) {
      RevIndex r = todo.back();
      todo.pop_back();
      if (r != t && is_target[static_cast<std::size_t>(r)]) overlaps.push_back(r);
      if (seen[static_cast<std::size_t>(r)]) continue;
      seen[static_cast<std::size_t>(r)] = true;
      const Vertex& v = g_.vertex(r);
      const RevIndices& more = upwards ? (deps ? v.all_next : v.next) : (deps ? v.normalized_down : v.down);
      todo.insert(todo.end(), more.begin(), more.end());
    }
    if (!overlaps.empty()) {
      std::sort(overlaps.begin(), overlaps.end());
      overlaps.erase(std::unique(overlaps.begin(), overlaps.end()), overlaps.end());
      throw RevisionError("Requested revision " + g_.node(t).id + " overlaps with other requested revisions " +
                          text::join(resolver_.ids(overlaps), ", "));
    }
  }
  return seen;
}

std::pair<std::vector<bool>, Refs> RevisionIteration::collect_upgrade(const RevisionArg& upper, RevisionArg lower,
                                                                      bool inclusive, bool implicit_base,
                                                                      bool assert_length) const {
  Refs targets = resolver_.parse_upgrade_target(lower, upper, assert_length);
  for (RevIndex t : targets) {
    if (t < 0) throw RevisionError(kNotARevision);
  }
  if (const auto* s = std::get_if<std::string>(&lower); s && s->find('@') != std::string::npos) {
    std::string branch = s->substr(0, s->find('@'));
    RevIndex branch_rev = resolver_.get_revision(branch);
    if (branch_rev >= 0 && g_.node(branch_rev).id == branch) {
      const auto& labels = g_.vertex(branch_rev).labels;
      if (labels.size() != 1) throw RevisionError(kNotARevision);
      branch = labels.front();
    }
    std::erase_if(targets, [&](RevIndex t) { return !resolver_.has_label(t, branch); });
  }
  std::vector<bool> required = related_checked(targets, false, true);
  Refs current = resolver_.get_revisions(lower);
  if (!implicit_base) {
    for (RevIndex c : current) {
      if (c == kBaseMarker || (c >= 0 && !required[static_cast<std::size_t>(c)])) {
        throw RangeNotAncestor(python_str(lower), python_str(upper),
                               "Revision " + TargetResolver::or_base(lower) + " is not an ancestor of revision " +
                                   TargetResolver::or_base(upper));
      }
    }
  }
  if (!current.empty() && current.front() == kNoRevision) {
    RevIndex rev = resolver_.parse_downgrade_target(upper, lower, assert_length).second;
    if (rev == kNoRevision) throw RevisionError(kNotARevision);
    if (rev == kBaseMarker) {
      current.clear();
      lower = RevisionArg();
    } else {
      current = {rev};
      lower = RevisionArg(g_.node(rev).id);
    }
  }
  std::vector<bool> current_set = related_checked(current, false, true);
  std::vector<bool> needs(g_.size(), false);
  for (std::size_t i = 0; i < g_.size(); ++i) needs[i] = required[i] && !current_set[i];
  if (inclusive) {
    for (RevIndex r : resolver_.get_revisions(lower)) {
      if (r < 0) throw RevisionError(kNotARevision);
      needs[static_cast<std::size_t>(r)] = true;
    }
  }
  if (!current.empty() && !implicit_base) {
    std::vector<bool> above = related_checked(current, true, false);
    for (std::size_t i = 0; i < g_.size(); ++i) needs[i] = needs[i] && above[i];
  }
  return {needs, targets};
}

std::pair<std::vector<bool>, Refs> RevisionIteration::collect_downgrade(const RevisionArg& upper,
                                                                        const RevisionArg& target, bool inclusive,
                                                                        bool implicit_base, bool assert_length) const {
  auto [label, target_rev] = resolver_.parse_downgrade_target(upper, target, assert_length);
  if (target_rev == kBaseMarker) target_rev = kNoRevision;
  Refs roots;
  if (target_rev == kNoRevision) {
    roots = g_.base_indices();
  } else if (inclusive) {
    roots = {target_rev};
  } else {
    roots = to_refs(g_.vertex(target_rev).next);
  }
  if (truthy(label) && roots.size() > 1) {
    std::vector<bool> on_branch = g_.ancestor_set({resolver_.resolve_branch(*label)}, false);
    std::erase_if(roots, [&](RevIndex r) { return !on_branch[static_cast<std::size_t>(r)]; });
    if (roots.empty()) throw RevisionError("Not a valid downgrade target from current heads");
  }
  Refs heads = resolver_.get_revisions(upper);
  for (RevIndex h : heads) {
    if (h < 0) throw RevisionError(kNotARevision);
  }
  std::vector<bool> drop = g_.descendant_set(roots, true);
  std::vector<bool> active = g_.ancestor_set(heads, true);
  std::vector<bool> below_roots = g_.ancestor_set(roots, true);
  bool any = false;
  for (std::size_t i = 0; i < g_.size(); ++i) {
    drop[i] = drop[i] && active[i];
    if (implicit_base && active[i] && !below_roots[i]) drop[i] = true;
    any = any || drop[i];
  }
  if (target_rev != kNoRevision && !any && std::find(heads.begin(), heads.end(), target_rev) == heads.end()) {
    throw RangeNotAncestor("Nothing to drop", python_str(upper),
                           "Revision Nothing to drop is not an ancestor of revision " + TargetResolver::or_base(upper));
  }
  return {drop, heads};
}

std::vector<RevIndex> RevisionIteration::topological_sort(std::vector<bool> todo, const Refs& heads) const {
  std::vector<RevIndex> current;
  for (RevIndex h : heads) {
    if (todo[static_cast<std::size_t>(h)]) current.push_back(h);
  }
  std::sort(current.begin(), current.end());
  current.erase(std::unique(current.begin(), current.end()), current.end());
  std::vector<std::vector<bool>> ancestors;
  for (RevIndex h : current) ancestors.push_back(g_.ancestor_set({h}, true));
  std::vector<RevIndex> output;
  std::size_t idx = 0;
  auto in_current = [&](RevIndex r) { return std::find(current.begin(), current.end(), r) != current.end(); };
  while (!current.empty()) {
    RevIndex candidate = current[idx];
    bool blocked = false;
    for (std::size_t j = 0; j < ancestors.size(); ++j) {
      if (j != idx && ancestors[j][static_cast<std::size_t>(candidate)]) {
        idx = j;
        blocked = true;
        break;
      }
    }
    if (blocked) continue;
    if (todo[static_cast<std::size_t>(candidate)]) {
      output.push_back(candidate);
      todo[static_cast<std::size_t>(candidate)] = false;
    }
    const Vertex& v = g_.vertex(candidate);
    Refs add;
    for (RevIndex r : v.normalized_down) {
      if (todo[static_cast<std::size_t>(r)] && !in_current(r)) add.push_back(r);
    }
    if (add.empty()) {
      current.erase(current.begin() + static_cast<std::ptrdiff_t>(idx));
      ancestors.erase(ancestors.begin() + static_cast<std::ptrdiff_t>(idx));
      idx = idx > 0 ? idx - 1 : 0;
    } else if (v.normalized_deps.empty() && v.down.size() == 1) {
      current[idx] = add.front();
      ancestors[idx][static_cast<std::size_t>(candidate)] = false;
    } else {
      current[idx] = add.front();
      ancestors[idx] = g_.ancestor_set({add.front()}, true);
      for (std::size_t k = 1; k < add.size(); ++k) {
        current.push_back(add[k]);
        ancestors.push_back(g_.ancestor_set({add[k]}, true));
      }
    }
  }
  if (std::find(todo.begin(), todo.end(), true) != todo.end()) {
    throw RevisionError("Revisions in the requested range are not connected to its upper end");
  }
  return output;
}

}  // namespace

std::vector<std::string> iterate_revisions(const RevisionGraph& graph, const RevisionArg& upper,
                                           const RevisionArg& lower, const IterateOptions& options) {
  const RevisionIteration iteration(graph);
  auto [revisions, heads] = options.select_for_downgrade
                                ? iteration.collect_downgrade(upper, lower, options.inclusive, options.implicit_base,
                                                              options.assert_relative_length)
                                : iteration.collect_upgrade(upper, lower, options.inclusive, options.implicit_base,
                                                            options.assert_relative_length);
  return iteration.resolver().ids(iteration.topological_sort(std::move(revisions), heads));
}

std::vector<std::string> walk_revisions(const RevisionGraph& graph, const RevisionArg& base, const RevisionArg& head) {
  IterateOptions options;
  options.inclusive = true;
  options.assert_relative_length = false;
  return iterate_revisions(graph, head, base, options);
}

}  // namespace dbm::graph
