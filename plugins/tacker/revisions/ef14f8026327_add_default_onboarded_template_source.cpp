// Revision ef14f8026327: vnfd.template_source defaults to 'onboarded', and
// the rows that have none are set to it.
// On SQLite, where upstream's ALTER COLUMN ... SET DEFAULT fails, the host
// sets the default by rebuilding vnfd; the result is the schema upstream
// produces on PostgreSQL and MySQL.
#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "tacker_types.h"

namespace dbm::tacker {
namespace {

void upgrade(Operations& op) {
  op.alter_column({.table = "vnfd", .column = "template_source", .server_default = ServerDefault::literal("onboarded")});
  op.execute("UPDATE vnfd set template_source='onboarded' WHERE template_source is NULL");
}

}  // namespace

DBM_REVISION({
    .id = "ef14f8026327",
    .down = {"e8918cda6433"},
    .message = "add default onboarded template source",
    .create_date = "2017-02-10 12:10:09.606460",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
