// The public face of Alembic's target grammar (graph/target.h): resolution
// entry points over TargetResolver, and Python's str() of an argument.
#include "graph/target.h"

#include "target_resolver.h"

namespace dbm::graph {

std::string python_str(const RevisionArg& arg) {
  if (const auto* s = std::get_if<std::string>(&arg)) return *s;
  if (const auto* t = std::get_if<std::vector<std::string>>(&arg)) {
    std::string out = "(";
    for (std::size_t i = 0; i < t->size(); ++i) out += (i ? ", '" : "'") + (*t)[i] + "'";
    return out + (t->size() == 1 ? ",)" : ")");
  }
  return "None";
}

std::vector<std::string> get_revisions(const RevisionGraph& graph, const RevisionArg& id) {
  const TargetResolver r(graph);
  return r.ids(r.get_revisions(id));
}

std::optional<std::string> get_revision(const RevisionGraph& graph, const std::string& id) {
  const TargetResolver r(graph);
  RevIndex rev = r.get_revision(id);
  if (rev == kNoRevision) return std::nullopt;
  return r.ids({rev}).front();
}

std::vector<std::string> resolve_upgrade_target(const RevisionGraph& graph, const std::string& target,
                                                const std::vector<std::string>& current_heads,
                                                bool assert_relative_length) {
  const TargetResolver r(graph);
  return r.ids(r.parse_upgrade_target(RevisionArg(current_heads), RevisionArg(target), assert_relative_length));
}

std::pair<std::optional<std::string>, std::optional<std::string>> resolve_downgrade_target(
    const RevisionGraph& graph, const std::string& target, const std::vector<std::string>& current_heads,
    bool assert_relative_length) {
  const TargetResolver r(graph);
  auto [label, rev] = r.parse_downgrade_target(RevisionArg(current_heads), RevisionArg(target), assert_relative_length);
  if (rev < 0) return {label, std::nullopt};
  return {label, graph.node(rev).id};
}

std::vector<std::string> all_current(const RevisionGraph& graph, const std::vector<std::string>& stored) {
  const TargetResolver r(graph);
  return r.ids(r.all_current(stored));
}

}  // namespace dbm::graph
