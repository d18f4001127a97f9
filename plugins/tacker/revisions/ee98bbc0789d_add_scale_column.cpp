// Revision ee98bbc0789d: vnf_instantiated_info.scale_status, a nullable JSON document.
#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "tacker_types.h"

namespace dbm::tacker {
namespace {

void upgrade(Operations& op) { op.add_column("vnf_instantiated_info", column("scale_status", types::sql_json())); }

}  // namespace

DBM_REVISION({
    .id = "ee98bbc0789d",
    .down = {"c47a733f425a"},
    .message = "add scale column",
    .create_date = "2020-09-11 16:39:04.039173",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
