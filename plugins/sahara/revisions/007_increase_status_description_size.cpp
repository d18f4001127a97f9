// Revision 007: convert clusters.status_description to LongText.
// Upstream's ALTER COLUMN fails on SQLite, where Alembic stops at 006; ours
// rebuilds the table there (the host's batch mode), keeping the rows.
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "sahara_types.h"

namespace dbm::sahara {

namespace {

void upgrade(Operations& op) {
  op.alter_column(
      {.table = "clusters", .column = "status_description", .type = long_text(), .existing_nullable = true});
}

}  // namespace

DBM_REVISION({
    .id = "007",
    .down = {"006"},
    .message = "convert clusters.status_description to LongText",
    .create_date = "2014-06-20 22:36:00.783444",
    .upgrade = upgrade,
})

}  // namespace dbm::sahara
