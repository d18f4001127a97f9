// Revision 028: add_storage_devices_number.
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "sahara_types.h"

namespace dbm::sahara {

namespace {

void upgrade(Operations& op) { op.add_column("instances", column("storage_devices_number", types::integer())); }

}  // namespace

DBM_REVISION({
    .id = "028",
    .down = {"027"},
    .message = "add_storage_devices_number",
    .create_date = "2015-07-20 16:56:23.562710",
    .upgrade = upgrade,
})

}  // namespace dbm::sahara
