// The one symbol the tacker plugin library exports. The version is the tree
// the revisions port: openstack/tacker at fea54ab7 (2026-05-25).
#include <dbm/entry.h>

#include "tacker_plugin.h"

DBM_PLUGIN("tacker", "fea54ab7", dbm::tacker::plugin)
