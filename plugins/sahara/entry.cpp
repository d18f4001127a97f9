// The one symbol the sahara plugin library exports.
#include <dbm/export.h>

#include "sahara_plugin.h"

DBM_PLUGIN(dbm::sahara::plugin)
