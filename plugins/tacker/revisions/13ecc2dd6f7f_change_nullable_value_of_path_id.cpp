// Revision 13ecc2dd6f7f: path_id of VNFFG chains and NFPs may be NULL.
#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "tacker_types.h"

namespace dbm::tacker {
namespace {

void upgrade(Operations& op) {
  for (const char* table : {"vnffgchains", "vnffgnfps"}) {
    op.alter_column({.table = table, .column = "path_id", .nullable = true, .existing_type = types::string(255)});
  }
}

}  // namespace

DBM_REVISION({
    .id = "13ecc2dd6f7f",
    .down = {"4747cc26b9c6"},
    .message = "Change nullable value of path_id",
    .create_date = "2018-07-24 16:47:01.378226",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
