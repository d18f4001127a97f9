// Alembic's five cases (delete branch, create branch, merge, unmerge, plain
// update) for revision steps and stamp steps. Where Alembic iterates a Python
// set (several rows survive a merge/unmerge) we keep the step's declared order.
#include "runtime/head_maintainer.h"

#include <algorithm>

#include "base/error.h"
#include "graph/command_error.h"
#include "graph/target.h"

namespace dbm::runtime {
namespace {

bool contains(const std::vector<std::string>& list, const std::string& id) {
  return std::find(list.begin(), list.end(), id) != list.end();
}

std::vector<std::string> without(const std::vector<std::string>& list, const std::vector<std::string>& drop) {
  std::vector<std::string> out;
  for (const auto& id : list) {
    if (!contains(drop, id)) out.push_back(id);
  }
  return out;
}

std::vector<std::string> common(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  std::vector<std::string> out;
  for (const auto& id : a) {
    if (contains(b, id) && !contains(out, id)) out.push_back(id);
  }
  return out;
}

}  // namespace

std::string to_string(const VersionChange& change) {
  if (const auto* insert = std::get_if<InsertVersion>(&change)) return "insert " + insert->id;
  if (const auto* update = std::get_if<UpdateVersion>(&change)) return "update " + update->from + " " + update->to;
  return "delete " + std::get<DeleteVersion>(change).id;
}

HeadMaintainer::HeadMaintainer(const graph::RevisionGraph& graph, std::vector<std::string> heads)
    : graph_(graph), heads_(std::move(heads)) {}

bool HeadMaintainer::has(const std::string& id) const { return contains(heads_, id); }

/// Everything at or below the heads other than `excluded`: rows a merge or
/// unmerge must leave alone because another head still implies them.
std::vector<std::string> HeadMaintainer::others_ancestors(const std::vector<std::string>& excluded) const {
  const std::vector<std::string> others = without(heads_, excluded);
  if (others.empty()) return {};
  const std::vector<std::string> ids =
      graph::catch_revision_errors({}, [&] { return graph::get_revisions(graph_, graph::RevisionArg(others)); });
  std::vector<graph::RevIndex> starts;
  for (const auto& id : ids) starts.push_back(graph_.index_of(id));
  const std::vector<bool> below = graph_.ancestor_set(starts, true);
  std::vector<std::string> out;
  for (std::size_t i = 0; i < below.size(); ++i) {
    if (below[i]) out.push_back(graph_.node(static_cast<graph::RevIndex>(i)).id);
  }
  return out;
}

std::vector<VersionChange> HeadMaintainer::revision_changes(const Step& step) const {
  const std::vector<std::string>& down = step.normalized_down;
  const std::string& rev = step.revision;
  if (!step.is_upgrade && has(rev)) {
    if (down.empty()) return {DeleteVersion{rev}};
    // Unmerge targets: down revisions no other head already implies.
    const std::vector<std::string> to = without(step.to_revisions, others_ancestors({rev}));
    if (to.empty()) return {DeleteVersion{rev}};
    if (down.size() > 1) {
      std::vector<VersionChange> out;
      for (std::size_t i = 0; i + 1 < to.size(); ++i) out.emplace_back(InsertVersion{to[i]});
      out.emplace_back(UpdateVersion{rev, to.back()});
      return out;
    }
  }
  const std::vector<std::string> present = common(heads_, down);
  if (step.is_upgrade && (down.empty() || present.empty())) return {InsertVersion{rev}};
  if (step.is_upgrade && down.size() > 1 && present.size() > 1) {
    const std::vector<std::string> from = without(step.from_revisions, others_ancestors(step.from_revisions));
    if (from.empty()) throw Error("Can't merge into " + rev + ": none of its down revisions is a head of its own");
    std::vector<VersionChange> out;
    for (std::size_t i = 0; i + 1 < from.size(); ++i) out.emplace_back(DeleteVersion{from[i]});
    out.emplace_back(UpdateVersion{from.back(), step.to_revisions.front()});
    return out;
  }
  std::string down_revision;
  if (down.size() == 1) {
    down_revision = down.front();
  } else {
    if (present.size() != 1) throw Error("Can't do an UPDATE because downrevision is ambiguous");
    down_revision = present.front();
  }
  if (step.is_upgrade) return {UpdateVersion{down_revision, rev}};
  return {UpdateVersion{rev, down_revision}};
}

std::vector<VersionChange> HeadMaintainer::stamp_changes(const Step& step) const {
  const std::vector<std::string>& from = step.from_revisions;
  const std::vector<std::string>& to = step.to_revisions;
  if (!step.is_upgrade && step.branch_move) return {DeleteVersion{from.front()}};
  if (step.is_upgrade && (step.branch_move || !without(from, heads_).empty()) && !without(to, heads_).empty()) {
    return {InsertVersion{to.front()}};
  }
  std::vector<VersionChange> out;
  if (from.size() > 1) {
    for (std::size_t i = 0; i + 1 < from.size(); ++i) out.emplace_back(DeleteVersion{from[i]});
    out.emplace_back(UpdateVersion{from.back(), to.front()});
  } else if (to.size() > 1) {
    for (std::size_t i = 0; i + 1 < to.size(); ++i) out.emplace_back(InsertVersion{to[i]});
    out.emplace_back(UpdateVersion{from.front(), to.back()});
  } else {
    if (from.size() != 1 || to.size() != 1) throw Error("Can't stamp: no single row to update");
    out.emplace_back(UpdateVersion{from.front(), to.front()});
  }
  return out;
}

void HeadMaintainer::apply(const VersionChange& change) {
  auto require_absent = [&](const std::string& id) {
    if (has(id)) throw Error("Version '" + id + "' is already present in the version table");
  };
  auto require_present = [&](const std::string& id) {
    if (!has(id)) throw Error("Version '" + id + "' is not present in the version table");
  };
  if (const auto* insert = std::get_if<InsertVersion>(&change)) {
    require_absent(insert->id);
    heads_.push_back(insert->id);
  } else if (const auto* update = std::get_if<UpdateVersion>(&change)) {
    require_absent(update->to);
    require_present(update->from);
    *std::find(heads_.begin(), heads_.end(), update->from) = update->to;
  } else {
    const std::string& id = std::get<DeleteVersion>(change).id;
    require_present(id);
    heads_.erase(std::find(heads_.begin(), heads_.end(), id));
  }
}

std::vector<VersionChange> HeadMaintainer::update_to_step(const Step& step) {
  std::vector<VersionChange> changes =
      step.direction == Direction::kStamp ? stamp_changes(step) : revision_changes(step);
  for (const auto& change : changes) apply(change);
  return changes;
}

}  // namespace dbm::runtime
