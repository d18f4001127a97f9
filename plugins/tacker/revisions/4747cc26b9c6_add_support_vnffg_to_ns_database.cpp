// Revision 4747cc26b9c6: an NS records its VNFFG ids, and a VNFFG points at
// its NS through the foreign key vnffg_foreign_key.
#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "tacker_types.h"

namespace dbm::tacker {
namespace {

void upgrade(Operations& op) {
  op.add_column("ns", column("vnffg_ids", text_type_maxlen(op)));
  op.add_column("vnffgs", column("ns_id", uuid()));
  op.create_foreign_key({.name = "vnffg_foreign_key",
                         .table = "vnffgs",
                         .ref_table = "ns",
                         .columns = {"ns_id"},
                         .ref_columns = {"id"}});
}

}  // namespace

DBM_REVISION({
    .id = "4747cc26b9c6",
    .down = {"5d490546290c"},
    .message = "add support vnffg to ns database",
    .create_date = "2018-06-27 03:18:12.227673",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
