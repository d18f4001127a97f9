// The tacker plugin's entry points inside the library: the assembled Plugin
// and the head-schema models. Shared by the exported entry (entry.cpp) and the
// plugin's tests.
#pragma once

#include <vector>

#include <dbm/plugin.h>
#include <dbm/schema.h>

namespace dbm::tacker {

/// The plugin, built once on first use.
const Plugin& plugin();

/// The schema at head as upstream's ORM models describe it (models.cpp).
std::vector<Table> models();

/// Where the models and the schema the revisions build differ, and why (known_differences.cpp).
std::vector<KnownDifference> known_differences();

}  // namespace dbm::tacker
