// Revision 329cd1619d41: vnf_software_images.min_disk and min_ram become
// BIGINT. Upstream states neither the old type nor the nullability, so MySQL's
// MODIFY restates both columns as nullable (PostgreSQL keeps them NOT NULL);
// we pass the same nothing.
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "tacker_types.h"

namespace dbm::tacker {
namespace {

void upgrade(Operations& op) {
  op.alter_column({.table = "vnf_software_images", .column = "min_disk", .type = types::big_integer()});
  op.alter_column({.table = "vnf_software_images", .column = "min_ram", .type = types::big_integer()});
}

}  // namespace

DBM_REVISION({
    .id = "329cd1619d41",
    .down = {"d25c7c865ce8"},
    .message = "alter min_ram, min_disk columns of vnf_software_images",
    .create_date = "2020-05-28 03:54:52.871841",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
