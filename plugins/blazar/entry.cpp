// The one symbol the blazar plugin library exports. Everything else in the
// library stays hidden; this file only names the entry function.
#include <dbm/export.h>

#include "blazar_plugin.h"

DBM_PLUGIN(dbm::blazar::plugin)
