// The one symbol the blazar plugin library exports. Everything else in the
// library stays hidden; this file only names the plugin and its entry
// function. The version is the upstream tree these revisions port:
// openstack/blazar acc44dc9792c.
#include <dbm/entry.h>

#include "blazar_plugin.h"

DBM_PLUGIN("blazar", "acc44dc9", dbm::blazar::plugin)
