// Revision f9bc96967462: vnf_instances.vnf_pkg_id, NOT NULL with no server
// default.
// Upstream adds it NOT NULL in one step, which fails on PostgreSQL and SQLite
// when vnf_instances has rows (MySQL fills ''). Here it is added nullable,
// each instance gets the package its VNFD came in (vnf_package_vnfd; '' when
// none is recorded, MySQL's value), then it is made NOT NULL: the schema is
// upstream's, and an existing instance keeps a usable row.
#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "tacker_types.h"

namespace dbm::tacker {
namespace {

void upgrade(Operations& op) {
  add_column_filling_rows(op, "vnf_instances", column("vnf_pkg_id", uuid()).not_null(),
                          "COALESCE((SELECT MIN(p.package_uuid) FROM vnf_package_vnfd p"
                          " WHERE p.vnfd_id = vnf_instances.vnfd_id), '')");
}

}  // namespace

DBM_REVISION({
    .id = "f9bc96967462",
    .down = {"e06fbdc90a32"},
    .message = "add_vnf_pkg_id_to_vnf_instances",
    .create_date = "2020-09-11 22:41:25.799693",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
