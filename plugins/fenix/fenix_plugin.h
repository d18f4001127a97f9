// The fenix plugin inside the library: the assembled Plugin, the tables its
// one revision creates and the head-schema models. Shared by the exported
// entry (entry.cpp) and the plugin's tests.
#pragma once

#include <vector>

#include <dbm/plugin.h>
#include <dbm/schema.h>

namespace dbm::fenix {

/// The plugin, built once on first use.
const Plugin& plugin();

/// The six tables revision 001 creates, parents first.
std::vector<Table> initial_tables();

/// The schema at head as upstream's models describe it.
std::vector<Table> models();

/// Where the models and the schema the revision builds differ, and why.
std::vector<KnownDifference> known_differences();

}  // namespace dbm::fenix
