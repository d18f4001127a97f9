// Revision 31acbaeb8299: vims.shared now defaults to false (it was true) and
// stays NOT NULL.
// On SQLite, where upstream's ALTER COLUMN fails, the host changes the
// default by rebuilding vims; the result is the schema upstream produces on
// PostgreSQL and MySQL.
#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "tacker_types.h"

namespace dbm::tacker {
namespace {

void upgrade(Operations& op) {
  op.alter_column({.table = "vims",
                   .column = "shared",
                   .nullable = false,
                   .server_default = ServerDefault::expression("false"),
                   .existing_type = types::boolean()});
}

}  // namespace

DBM_REVISION({
    .id = "31acbaeb8299",
    .down = {"e7993093baf1"},
    .message = "change_vim_shared_property_to_false",
    .create_date = "2017-05-30 23:46:20.034085",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
