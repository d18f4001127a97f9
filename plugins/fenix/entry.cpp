// The one symbol the fenix plugin library exports. The version is the
// upstream tree its revision ports: openstack/fenix ac9fe415e63d.
#include <dbm/entry.h>

#include "fenix_plugin.h"

DBM_PLUGIN("fenix", "ac9fe415", dbm::fenix::plugin)
