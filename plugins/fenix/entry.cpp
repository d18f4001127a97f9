// The one symbol the fenix plugin library exports.
#include <dbm/export.h>

#include "fenix_plugin.h"

DBM_PLUGIN(dbm::fenix::plugin)
