// A plugin's revisions as a validated graph. An invalid tree (duplicate id,
// unknown parent, cycle, id too long) refuses the plugin, naming its file.
#pragma once

#include "graph/revision_graph.h"
#include "plugins/loaded_plugin.h"

namespace dbm::plugins {

/// Throws PluginError("plugin '<path>': invalid revision tree: …").
graph::RevisionGraph build_revision_graph(const LoadedPlugin& plugin);

}  // namespace dbm::plugins
