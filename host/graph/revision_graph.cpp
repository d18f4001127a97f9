// Builds and validates the revision graph. Everything Alembic derives while
// loading its revision map is computed once here, in O(N) per pass (plus one
// ancestor walk per revision that declares depends_on).
#include "graph/revision_graph.h"
#include "base/join.h"

#include <algorithm>
#include <unordered_set>

namespace dbm::graph {
namespace {

constexpr std::size_t kMaxIdLength = 32;  // alembic_version.version_num is VARCHAR(32)

void check_id(const RevisionNode& node, std::size_t position) {
  if (node.id.empty()) {
    throw InvalidGraph("revision number " + std::to_string(position + 1) + " (message '" +
                       node.message + "') has an empty identifier");
  }
  if (std::find(node.down.begin(), node.down.end(), node.id) != node.down.end()) {
    throw InvalidGraph("Self-loop is detected in revisions (" + node.id + ")");
  }
  if (std::find(node.depends_on.begin(), node.depends_on.end(), node.id) != node.depends_on.end()) {
    throw InvalidGraph("Dependency self-loop is detected in revisions (" + node.id + ")");
  }
  // Sorted by character code, as Alembic sorts the offending set.
  std::string illegal;
  for (char c : std::string_view("+-:@")) {
    if (node.id.find(c) != std::string::npos) illegal += (illegal.empty() ? "" : ", ") + std::string(1, c);
  }
  if (!illegal.empty()) {
    throw InvalidGraph("Character(s) '" + illegal + "' not allowed in revision identifier '" + node.id + "'");
  }
  if (node.id.size() > kMaxIdLength) {
    throw InvalidGraph("Revision identifier '" + node.id + "' is " + std::to_string(node.id.size()) +
                       " characters long; the version table holds at most 32");
  }
}

void push_unique(RevIndices& into, RevIndex value) {
  if (std::find(into.begin(), into.end(), value) == into.end()) into.push_back(value);
}

void add_label(std::vector<std::string>& labels, const std::string& label) {
  if (std::find(labels.begin(), labels.end(), label) == labels.end()) labels.push_back(label);
}

}  // namespace

RevisionGraph::RevisionGraph(std::vector<RevisionNode> nodes) : nodes_(std::move(nodes)) {
  validate_ids();
  index_labels();
  link();
  check_cycles(false);
  check_cycles(true);
  normalize_dependencies();
  propagate_labels();
}

void RevisionGraph::validate_ids() const {
  for (std::size_t i = 0; i < nodes_.size(); ++i) check_id(nodes_[i], i);
}

void RevisionGraph::index_labels() {
  by_id_.reserve(nodes_.size());
  for (std::size_t i = 0; i < nodes_.size(); ++i) {
    if (!by_id_.emplace(nodes_[i].id, static_cast<RevIndex>(i)).second) {
      throw InvalidGraph("Revision " + nodes_[i].id + " is present more than once");
    }
  }
  for (std::size_t i = 0; i < nodes_.size(); ++i) {
    for (const auto& label : nodes_[i].branch_labels) {
      RevIndex used = index_of_key(label);
      if (used != kNoRevision) {
        throw InvalidGraph("Branch name '" + label + "' in revision " + nodes_[i].id +
                           " already used by revision " + node(used).id);
      }
      by_label_.emplace(label, static_cast<RevIndex>(i));
    }
  }
}

void RevisionGraph::link() {
  vertices_.resize(nodes_.size());
  for (std::size_t i = 0; i < nodes_.size(); ++i) {
    Vertex& v = vertices_[i];
    for (const auto& parent : nodes_[i].down) {
      RevIndex p = index_of(parent);
      if (p == kNoRevision) {
        throw InvalidGraph("Revision " + parent + " referenced from " + nodes_[i].id + " is not present");
      }
      push_unique(v.down, p);
    }
    for (const auto& dep : nodes_[i].depends_on) {
      RevIndex d = index_of_key(dep);
      if (d == kNoRevision) {
        throw InvalidGraph("Dependency " + dep + " of revision " + nodes_[i].id + " is not present");
      }
      push_unique(v.deps, d);
    }
    v.all_down = v.down;
    for (RevIndex d : v.deps) push_unique(v.all_down, d);
  }
  const auto me = [](std::size_t i) { return static_cast<RevIndex>(i); };
  for (std::size_t i = 0; i < nodes_.size(); ++i) {
    for (RevIndex d : vertices_[i].all_down) {
      Vertex& parent = vertices_[static_cast<std::size_t>(d)];
      parent.all_next.push_back(me(i));
      if (std::find(vertices_[i].down.begin(), vertices_[i].down.end(), d) != vertices_[i].down.end()) {
        parent.next.push_back(me(i));
      }
    }
  }
  for (std::size_t i = 0; i < nodes_.size(); ++i) {
    if (vertices_[i].next.empty()) heads_.push_back(me(i));
    if (vertices_[i].all_next.empty()) real_heads_.push_back(me(i));
    if (vertices_[i].down.empty()) bases_.push_back(me(i));
  }
}

// Kahn's algorithm from the bases up; whatever is left sits on or above a
// cycle, and following left-over parents from any of it must close one.
void RevisionGraph::check_cycles(bool include_dependencies) const {
  const std::size_t n = nodes_.size();
  auto parents = [&](std::size_t i) -> const RevIndices& {
    return include_dependencies ? vertices_[i].all_down : vertices_[i].down;
  };
  auto kids = [&](std::size_t i) -> const RevIndices& {
    return include_dependencies ? vertices_[i].all_next : vertices_[i].next;
  };
  std::vector<std::size_t> pending(n);
  std::vector<std::size_t> ready;
  for (std::size_t i = 0; i < n; ++i) {
    pending[i] = parents(i).size();
    if (pending[i] == 0) ready.push_back(i);
  }
  std::size_t done = 0;
  while (!ready.empty()) {
    std::size_t i = ready.back();
    ready.pop_back();
    ++done;
    for (RevIndex k : kids(i)) {
      if (--pending[static_cast<std::size_t>(k)] == 0) ready.push_back(static_cast<std::size_t>(k));
    }
  }
  if (done == n) return;
  std::size_t at = 0;
  while (pending[at] == 0) ++at;
  std::vector<std::size_t> visit_order(n, 0);
  std::size_t step = 1;
  while (visit_order[at] == 0) {
    visit_order[at] = step++;
    for (RevIndex p : parents(at)) {
      if (pending[static_cast<std::size_t>(p)] != 0) {
        at = static_cast<std::size_t>(p);
        break;
      }
    }
  }
  std::vector<std::string> cycle;
  const std::size_t start = visit_order[at];
  for (std::size_t i = 0; i < n; ++i) {
    if (visit_order[i] >= start) cycle.push_back(nodes_[i].id);
  }
  std::sort(cycle.begin(), cycle.end());
  throw InvalidGraph(std::string(include_dependencies ? "Dependency cycle" : "Cycle") +
                     " is detected in revisions (" + text::join(cycle, ", ") + ")");
}

// A dependency that an ancestor already declares adds nothing to the order;
// Alembic drops it from the revision's immediate down revisions.
void RevisionGraph::normalize_dependencies() {
  for (std::size_t i = 0; i < nodes_.size(); ++i) {
    Vertex& v = vertices_[i];
    v.normalized_deps = v.deps;
    if (!v.deps.empty()) {
      std::vector<bool> seen = ancestor_set({static_cast<RevIndex>(i)}, false);
      seen[i] = false;
      for (std::size_t a = 0; a < nodes_.size(); ++a) {
        if (!seen[a]) continue;
        for (RevIndex d : vertices_[a].deps) {
          v.normalized_deps.erase(std::remove(v.normalized_deps.begin(), v.normalized_deps.end(), d),
                                  v.normalized_deps.end());
        }
      }
    }
    v.normalized_down = v.down;
    for (RevIndex d : v.normalized_deps) push_unique(v.normalized_down, d);
  }
}

// A label reaches every descendant of the revision declaring it; when that
// revision's descendants form one line, it also reaches down the line below it
// until a (real) branch point or merge point, as Alembic's loader does.
void RevisionGraph::propagate_labels() {
  for (std::size_t i = 0; i < nodes_.size(); ++i) vertices_[i].labels = nodes_[i].branch_labels;
  for (std::size_t i = 0; i < nodes_.size(); ++i) {
    if (nodes_[i].branch_labels.empty()) continue;
    const std::vector<std::string> labels = vertices_[i].labels;
    std::vector<bool> seen(nodes_.size(), false);
    std::vector<RevIndex> todo{static_cast<RevIndex>(i)};
    RevIndex last = kNoRevision;
    while (!todo.empty()) {
      RevIndex r = todo.back();
      todo.pop_back();
      if (seen[static_cast<std::size_t>(r)]) continue;
      seen[static_cast<std::size_t>(r)] = true;
      for (RevIndex k : vertex(r).next) todo.push_back(k);
      for (const auto& label : labels) add_label(vertices_[static_cast<std::size_t>(r)].labels, label);
      last = r;
    }
    for (RevIndex r = last; r != kNoRevision && !is_real_branch_point(r) && !is_merge_point(r);) {
      for (const auto& label : labels) add_label(vertices_[static_cast<std::size_t>(r)].labels, label);
      r = vertex(r).down.empty() ? kNoRevision : vertex(r).down.front();
    }
  }
}

const RevisionNode* RevisionGraph::find(std::string_view id) const {
  RevIndex i = index_of(id);
  return i == kNoRevision ? nullptr : &node(i);
}

RevIndex RevisionGraph::index_of(std::string_view id) const {
  auto it = by_id_.find(id);
  return it == by_id_.end() ? kNoRevision : it->second;
}

RevIndex RevisionGraph::index_of_key(std::string_view key) const {
  RevIndex i = index_of(key);
  if (i != kNoRevision) return i;
  auto it = by_label_.find(key);
  return it == by_label_.end() ? kNoRevision : it->second;
}

RevIndex RevisionGraph::require(std::string_view id) const {
  RevIndex i = index_of(id);
  if (i == kNoRevision) throw UnknownRevision(std::string(id));
  return i;
}

std::vector<std::string> RevisionGraph::branch_points() const {
  std::vector<RevIndex> out;
  for (std::size_t i = 0; i < nodes_.size(); ++i) {
    if (is_branch_point(static_cast<RevIndex>(i))) out.push_back(static_cast<RevIndex>(i));
  }
  return ids(out);
}

std::vector<std::string> RevisionGraph::merge_points() const {
  std::vector<RevIndex> out;
  for (std::size_t i = 0; i < nodes_.size(); ++i) {
    if (is_merge_point(static_cast<RevIndex>(i))) out.push_back(static_cast<RevIndex>(i));
  }
  return ids(out);
}

std::vector<std::string> RevisionGraph::children(std::string_view id) const {
  return ids(vertex(require(id)).next);
}

namespace {

std::vector<std::string> marked_except(const RevisionGraph& g, std::vector<bool> marks, RevIndex self) {
  marks[static_cast<std::size_t>(self)] = false;
  std::vector<std::string> out;
  for (std::size_t i = 0; i < marks.size(); ++i) {
    if (marks[i]) out.push_back(g.node(static_cast<RevIndex>(i)).id);
  }
  return out;
}

}  // namespace

std::vector<std::string> RevisionGraph::ancestors(std::string_view id, bool include_dependencies) const {
  RevIndex i = require(id);
  return marked_except(*this, ancestor_set({i}, include_dependencies), i);
}

std::vector<std::string> RevisionGraph::descendants(std::string_view id, bool include_dependencies) const {
  RevIndex i = require(id);
  return marked_except(*this, descendant_set({i}, include_dependencies), i);
}

bool RevisionGraph::is_ancestor(std::string_view ancestor, std::string_view descendant,
                                bool include_dependencies) const {
  RevIndex a = require(ancestor);
  return ancestor_set({require(descendant)}, include_dependencies)[static_cast<std::size_t>(a)];
}

std::vector<bool> RevisionGraph::ancestor_set(const std::vector<RevIndex>& starts,
                                              bool include_dependencies) const {
  return reachable(starts, [&](const Vertex& v) -> const RevIndices& {
    return include_dependencies ? v.normalized_down : v.down;
  });
}

std::vector<bool> RevisionGraph::descendant_set(const std::vector<RevIndex>& starts,
                                                bool include_dependencies) const {
  return reachable(starts, [&](const Vertex& v) -> const RevIndices& {
    return include_dependencies ? v.all_next : v.next;
  });
}

template <typename EdgesFn>
std::vector<bool> RevisionGraph::reachable(const std::vector<RevIndex>& starts, EdgesFn edges) const {
  std::vector<bool> seen(nodes_.size(), false);
  std::vector<RevIndex> todo(starts.begin(), starts.end());
  while (!todo.empty()) {
    RevIndex r = todo.back();
    todo.pop_back();
    if (seen[static_cast<std::size_t>(r)]) continue;
    seen[static_cast<std::size_t>(r)] = true;
    for (RevIndex next : edges(vertex(r))) todo.push_back(next);
  }
  return seen;
}

// A scan, not a sorted index: prefixes are resolved a few times per command,
// and sorting 10000 ids up front cost more than every scan of a run together.
std::vector<std::string> RevisionGraph::keys_with_prefix(std::string_view prefix) const {
  std::vector<std::string> out;
  const auto take = [&](std::string_view key) {
    if (key.size() > 3 && key.starts_with(prefix)) out.emplace_back(key);
  };
  for (const auto& node : nodes_) take(node.id);
  for (const auto& node : nodes_) {
    for (const auto& label : node.branch_labels) take(label);
  }
  return out;
}

}  // namespace dbm::graph
