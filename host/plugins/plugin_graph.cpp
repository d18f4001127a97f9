// Copies what the graph needs out of the plugin's revisions.
#include "plugins/plugin_graph.h"

#include "base/error.h"

namespace dbm::plugins {
namespace {

graph::RevisionNode node_for(const dbm::Revision& revision) {
  graph::RevisionNode node;
  node.id = revision.id;
  node.down = revision.down;
  node.branch_labels = revision.branch_labels;
  node.depends_on = revision.depends_on;
  node.message = revision.message;
  node.doc = revision.doc;
  node.create_date = revision.create_date;
  node.path = revision.location.file_name();
  node.has_downgrade = revision.downgrade != nullptr;
  return node;
}

}  // namespace

graph::RevisionGraph build_revision_graph(const LoadedPlugin& plugin) {
  std::vector<graph::RevisionNode> nodes;
  nodes.reserve(plugin.plugin().revisions.size());
  for (const auto& revision : plugin.plugin().revisions) nodes.push_back(node_for(revision));
  try {
    return graph::RevisionGraph(std::move(nodes));
  } catch (const graph::InvalidGraph& e) {
    throw PluginError(plugin.path().string(), std::string("invalid revision tree: ") + e.what());
  }
}

}  // namespace dbm::plugins
