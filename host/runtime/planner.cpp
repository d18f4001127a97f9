// Plans: Alembic's topological walk (graph/target.h) turned into RevisionSteps,
// and _stamp_revs' choice between new-branch, merge-like and delete stamps.
// Errors leave here already worded as Alembic's CLI words them.
#include "runtime/planner.h"

#include <algorithm>
#include <optional>

#include "base/error.h"
#include "graph/command_error.h"
#include "graph/revision_text.h"
#include "graph/target.h"
#include "base/join.h"

namespace dbm::runtime {
namespace {

using graph::CatchContext;
using graph::RevIndex;
using graph::RevisionArg;
using graph::RevisionGraph;

constexpr const char* kStampName = "stamp_revision";

/// Alembic's Script.doc: the docstring's first paragraph.
std::string short_doc(const graph::RevisionNode& node) {
  const std::string doc = graph::long_doc(node);
  return doc.substr(0, doc.find("\n\n"));
}

/// short_log and str(step), filled in once the from/to lists are known.
void name_step(Step& step, const std::string& fn_name) {
  step.short_log = fn_name + " " + text::join(step.from_revisions_no_deps, ", ") + " -> " +
                   text::join(step.to_revisions_no_deps, ", ");
  step.log_line = step.message.empty() ? step.short_log : step.short_log + ", " + step.message;
}

Step revision_step(const RevisionGraph& g, const std::string& id, bool upgrade) {
  const RevIndex i = g.index_of(id);
  const graph::RevisionNode& node = g.node(i);
  Step step;
  step.direction = upgrade ? Direction::kUpgrade : Direction::kDowngrade;
  step.is_upgrade = upgrade;
  step.revision = id;
  step.normalized_down = g.ids(g.vertex(i).normalized_down);
  const std::vector<std::string> self{id};
  step.from_revisions = upgrade ? step.normalized_down : self;
  step.to_revisions = upgrade ? self : step.normalized_down;
  step.from_revisions_no_deps = upgrade ? node.down : self;
  step.to_revisions_no_deps = upgrade ? self : node.down;
  step.message = short_doc(node);
  name_step(step, upgrade ? "upgrade" : "downgrade");
  return step;
}

Step stamp_step(std::vector<std::string> from, std::vector<std::string> to, bool upgrade, bool branch_move) {
  Step step;
  step.direction = Direction::kStamp;
  step.is_upgrade = upgrade;
  step.branch_move = branch_move;
  step.from_revisions = step.from_revisions_no_deps = std::move(from);
  step.to_revisions = step.to_revisions_no_deps = std::move(to);
  name_step(step, kStampName);
  return step;
}

/// Alembic's _shares_lineage: `target` is above or below one of `against` (none: always).
bool shares_lineage(const RevisionGraph& g, RevIndex target, const std::vector<RevIndex>& against, bool deps) {
  if (against.empty()) return true;
  const std::vector<bool> down = g.ancestor_set({target}, deps);
  const std::vector<bool> up = g.descendant_set({target}, deps);
  return std::any_of(against.begin(), against.end(),
                     [&](RevIndex r) { return down[static_cast<std::size_t>(r)] || up[static_cast<std::size_t>(r)]; });
}

/// The revisions `check_against` stands for when filtering by lineage: its
/// branch label (if any) and what its revision part resolves to.
std::vector<RevIndex> lineage_of(const RevisionGraph& g, const std::string& check_against) {
  std::vector<RevIndex> out;
  if (const auto at = check_against.find('@'); at != std::string::npos) {
    const std::string label = check_against.substr(0, at);
    if (!label.empty()) {
      if (auto rev = graph::get_revision(g, label)) out.push_back(g.index_of(*rev));
    }
  }
  for (const auto& id : graph::get_revisions(g, RevisionArg(check_against))) out.push_back(g.index_of(id));
  return out;
}

std::vector<std::string> stamp_steps_targets(const RevisionGraph& g, const std::vector<std::string>& heads,
                                             const std::vector<std::string>& targets, Plan& plan) {
  const std::vector<std::string> head_ids = graph::get_revisions(g, RevisionArg(heads));
  std::vector<RevIndex> head_revs;
  for (const auto& id : head_ids) head_revs.push_back(g.index_of(id));

  // Heads on the same line as any target (dependencies count), each once.
  std::vector<RevIndex> filtered;
  for (const auto& target : targets) {
    if (target.empty()) continue;
    const std::vector<RevIndex> against = lineage_of(g, target);
    for (RevIndex head : head_revs) {
      if (shares_lineage(g, head, against, true) &&
          std::find(filtered.begin(), filtered.end(), head) == filtered.end()) {
        filtered.push_back(head);
      }
    }
  }
  const std::vector<std::string> filtered_ids = g.ids(filtered);

  const std::vector<std::string> dests = graph::get_revisions(g, RevisionArg(targets));
  if (dests.empty()) {
    for (const auto& head : filtered_ids) plan.push_back(stamp_step({head}, {}, false, true));
    return filtered_ids;
  }
  for (const auto& dest_id : dests) {
    const RevIndex dest = g.index_of(dest_id);
    if (std::find(filtered.begin(), filtered.end(), dest) != filtered.end()) continue;
    const std::vector<bool> above = g.descendant_set({dest}, true);
    const std::vector<bool> below = g.ancestor_set({dest}, true);
    auto any_in = [&](const std::vector<bool>& set) {
      return std::any_of(filtered.begin(), filtered.end(),
                         [&](RevIndex h) { return set[static_cast<std::size_t>(h)]; });
    };
    if (any_in(above)) {
      plan.push_back(stamp_step(filtered_ids, {dest_id}, false, false));
    } else if (any_in(below)) {
      plan.push_back(stamp_step(filtered_ids, {dest_id}, true, false));
    } else {
      plan.push_back(stamp_step({}, {dest_id}, true, true));
    }
  }
  return filtered_ids;
}

}  // namespace

Plan plan_upgrade(const RevisionGraph& graph, const std::vector<std::string>& current_heads,
                  const std::string& target) {
  CatchContext context;
  context.ancestor = "Destination %(end)s is not a valid upgrade target from current head(s)";
  context.end = target;
  std::vector<std::string> revs = graph::catch_revision_errors(context, [&] {
    graph::IterateOptions options;
    options.implicit_base = true;
    return graph::iterate_revisions(graph, RevisionArg(target), RevisionArg(current_heads), options);
  });
  Plan plan;
  for (auto it = revs.rbegin(); it != revs.rend(); ++it) plan.push_back(revision_step(graph, *it, true));
  return plan;
}

Plan plan_downgrade(const RevisionGraph& graph, const std::vector<std::string>& current_heads,
                    const std::string& target) {
  CatchContext context;
  context.ancestor = "Destination %(end)s is not a valid downgrade target from current head(s)";
  context.end = target;
  std::vector<std::string> revs = graph::catch_revision_errors(context, [&] {
    graph::IterateOptions options;
    options.select_for_downgrade = true;
    return graph::iterate_revisions(graph, RevisionArg(current_heads), RevisionArg(target), options);
  });
  // Refuse before anything runs: a half-done downgrade is worse than none.
  for (const auto& id : revs) {
    const graph::RevisionNode& node = *graph.find(id);
    if (!node.has_downgrade) {
      throw CommandError("Revision " + id + " (" + node.message + ") has no downgrade; cannot downgrade through it");
    }
  }
  Plan plan;
  for (const auto& id : revs) plan.push_back(revision_step(graph, id, false));
  return plan;
}

Plan plan_stamp(const RevisionGraph& graph, const std::vector<std::string>& current_heads,
                const std::vector<std::string>& targets, bool purge) {
  CatchContext context;
  context.multiple_heads = "Multiple heads are present; please specify a single target revision";
  const std::vector<std::string> heads = purge ? std::vector<std::string>{} : current_heads;
  const std::vector<std::string> wanted = targets.empty() ? std::vector<std::string>{"base"} : targets;
  Plan plan;
  graph::catch_revision_errors(context, [&] { return stamp_steps_targets(graph, heads, wanted, plan); });
  return plan;
}

std::string describe_plan(const Plan& plan, const std::function<std::string(const Step&)>& note) {
  if (plan.empty()) return "(nothing to do)\n";
  std::string out;
  for (const Step& step : plan) {
    const char* verb = step.direction == Direction::kStamp     ? "stamp"
                       : step.direction == Direction::kUpgrade ? "upgrade"
                                                               : "downgrade";
    out += std::string(verb) + " " + text::join(step.from_revisions_no_deps, ", ") + " -> " +
           text::join(step.to_revisions_no_deps, ", ");
    if (!step.message.empty()) out += " (" + step.message + ")";
    if (note) out += note(step);
    out += "\n";
  }
  return out;
}

}  // namespace dbm::runtime
