// The one symbol the sahara plugin library exports. The version is the tree
// the revisions port: Debian's python3-sahara 1:16.0.0-2.
#include <dbm/entry.h>

#include "sahara_plugin.h"

DBM_PLUGIN("sahara", "16.0.0", dbm::sahara::plugin)
