// The schema quantum-server's code declares (its SQLAlchemy models), split
// into what every core plugin has and what only some core plugins bring.
// Ported as facts from openstack/vmware-nsx ca5a92d8 (quantum/db and
// quantum/plugins/*); models.cpp says which modules each part comes from and
// where the models and the revisions disagree.
#pragma once

#include <dbm/plugin.h>
#include <dbm/schema.h>

#include <vector>

namespace dbm::quantum {

/// The tables every core plugin declares: quantum.db.models_v2's and
/// quantum.db.servicetype_db's, in the order the modules register them.
std::vector<Table> common_models();

/// The tables only some core plugins declare, one entry per model module (or
/// group of modules imported together); runs_for lists the core plugin class
/// paths (core_plugins.h) whose import brings that module in. Together with
/// common_models() they give each core plugin exactly its model tables.
std::vector<SelectedModels> core_plugin_models();

/// Where the models and the revisions' head differ on purpose, per core
/// plugin (known_differences.cpp).
std::vector<KnownDifference> known_differences();

}  // namespace dbm::quantum
