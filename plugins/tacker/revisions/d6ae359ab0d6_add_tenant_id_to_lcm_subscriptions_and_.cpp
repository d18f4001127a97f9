// Revision d6ae359ab0d6: vnf_lcm_subscriptions, vnf_lcm_op_occs and
// vnf_resources gain tenant_id, NOT NULL with no server default.
// Upstream adds it so in one step, which fails on PostgreSQL and SQLite when
// the tables have rows (MySQL fills ''). Here it is added nullable, filled,
// then made NOT NULL: upstream's schema. An occurrence or a resource takes
// the tenant of its VNF instance; a subscription, which names none, gets ''
// (MySQL's value).
#include <string>

#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "tacker_types.h"

namespace dbm::tacker {
namespace {

void upgrade(Operations& op) {
  const Column tenant_id = column("tenant_id", types::string(64)).not_null();
  add_column_filling_rows(op, "vnf_lcm_subscriptions", tenant_id, "''");
  for (const std::string table : {"vnf_lcm_op_occs", "vnf_resources"}) {
    add_column_filling_rows(op, table, tenant_id,
                            "COALESCE((SELECT i.tenant_id FROM vnf_instances i WHERE i.id = " + table +
                                ".vnf_instance_id), '')");
  }
}

}  // namespace

DBM_REVISION({
    .id = "d6ae359ab0d6",
    .down = {"3ff50553e9d3"},
    .message = "add tenant_id to lcm_subscriptions and lcm_op_occs",
    .create_date = "2022-01-06 13:35:53.868106",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
