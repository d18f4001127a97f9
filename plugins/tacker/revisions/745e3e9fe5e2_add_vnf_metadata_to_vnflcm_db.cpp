// Revision 745e3e9fe5e2: vnf_instances.vnf_metadata, a nullable JSON document.
#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "tacker_types.h"

namespace dbm::tacker {
namespace {

void upgrade(Operations& op) { op.add_column("vnf_instances", column("vnf_metadata", types::sql_json())); }

}  // namespace

DBM_REVISION({
    .id = "745e3e9fe5e2",
    .down = {"f9bc96967462"},
    .message = "add_vnf_metadata_to_vnflcm_db",
    .create_date = "2020-08-28 20:21:04.604343",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
