// Revision d4f265e8eb9d: vims gains is_default, a NOT NULL boolean whose
// server default is false (so existing rows read false).
#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "tacker_types.h"

namespace dbm::tacker {
namespace {

void upgrade(Operations& op) {
  op.add_column("vims",
                column("is_default", types::boolean()).not_null().with_default(ServerDefault::false_value()));
}

}  // namespace

DBM_REVISION({
    .id = "d4f265e8eb9d",
    .down = {"22f5385a3d3f"},
    .message = "add default to vim",
    .create_date = "2016-07-14 11:07:28.115225",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
