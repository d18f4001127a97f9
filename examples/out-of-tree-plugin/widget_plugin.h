// The widget plugin, assembled once (plugin.cpp).
#pragma once

#include <dbm/plugin.h>

namespace dbm::widget {

/// Built on first call and kept for the life of the process.
const Plugin& plugin();

/// The schema at head as the service's code expects it (models.cpp).
std::vector<Table> models();

/// Where the models and the revisions differ on purpose, and why (known_differences.cpp).
std::vector<KnownDifference> known_differences();

}  // namespace dbm::widget
