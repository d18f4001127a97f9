// Revision abbef484b34c: the unique key of vnf_packages_user_data moves from
// (id, key, deleted) to (package_uuid, key, deleted).
#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "tacker_types.h"

namespace dbm::tacker {
namespace {

void upgrade(Operations& op) {
  op.drop_constraint({.name = "uniq_vnf_packages_user_data0idid0key0deleted",
                      .table = "vnf_packages_user_data",
                      .type = ConstraintType::kUnique});
  op.create_unique_constraint({.name = "uniq_vnf_packages_user_data0package_uuid0key0deleted",
                               .table = "vnf_packages_user_data",
                               .columns = {"package_uuid", "key", "deleted"}});
}

}  // namespace

DBM_REVISION({
    .id = "abbef484b34c",
    .down = {"9d425296f2c3"},
    .message = "modify_unique_constraint_on_vnf_packages_user_data",
    .create_date = "2019-11-18 19:34:26.853715",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
