// The one symbol the quantum plugin library exports. The version is the tree
// the revisions port: quantum/db/migration of openstack/vmware-nsx at
// ca5a92d8e27c (February 2013, before the project became Neutron).
#include <dbm/entry.h>

#include "quantum_plugin.h"

DBM_PLUGIN("quantum", "ca5a92d8", dbm::quantum::plugin)
