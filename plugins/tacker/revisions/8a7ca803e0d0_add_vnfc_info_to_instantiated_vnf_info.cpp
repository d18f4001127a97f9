// Revision 8a7ca803e0d0: vnf_instantiated_info.vnfc_info, a nullable JSON document.
#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "tacker_types.h"

namespace dbm::tacker {
namespace {

void upgrade(Operations& op) { op.add_column("vnf_instantiated_info", column("vnfc_info", types::sql_json())); }

}  // namespace

DBM_REVISION({
    .id = "8a7ca803e0d0",
    .down = {"aaf461c8844c"},
    .message = "add_vnfc_info_to_instantiated_vnf_info",
    .create_date = "2020-09-21 15:00:00.004343",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
