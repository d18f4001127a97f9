// Revision 85c06a0714b7: vnf_lcm_subscriptions.subscription_authentication
// is renamed authentication (a nullable JSON column, as before).
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "tacker_types.h"

namespace dbm::tacker {
namespace {

void upgrade(Operations& op) {
  op.alter_column({.table = "vnf_lcm_subscriptions",
                   .column = "subscription_authentication",
                   .nullable = true,
                   .new_name = "authentication",
                   .existing_type = types::sql_json()});
}

}  // namespace

DBM_REVISION({
    .id = "85c06a0714b7",
    .down = {"d6ae359ab0d6"},
    .message = "rename the field a to b",
    .create_date = "2022-01-14 06:25:30.427454",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
