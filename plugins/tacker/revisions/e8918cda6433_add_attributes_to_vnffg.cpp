// Revision e8918cda6433: vnffgs gains attributes, JSON kept in TEXT.
#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "tacker_types.h"

namespace dbm::tacker {
namespace {

void upgrade(Operations& op) { op.add_column("vnffgs", column("attributes", json_text())); }

}  // namespace

DBM_REVISION({
    .id = "e8918cda6433",
    .down = {"000632983ada"},
    .message = "add_attributes_to_vnffg",
    .create_date = "2017-02-09 00:11:08.081746",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
