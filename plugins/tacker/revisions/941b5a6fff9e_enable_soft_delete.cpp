// Revision 941b5a6fff9e: vims, vnf and vnfd gain a nullable deleted_at, and
// vimauths.auth_url stops being unique (soft-deleted VIMs may repeat it).
// The unique key was created unnamed in 5246a6bd410f, so upstream drops it by
// the name each server gave it: the constraint vimauths_auth_url_key on
// PostgreSQL, the index auth_url elsewhere (MySQL). On SQLite that DROP INDEX
// fails (the key is SQLite's own autoindex, which cannot be dropped). There we
// drop the unnamed unique key on (auth_url) by its columns, which the host
// does by rebuilding vimauths; the result is the schema upstream produces on
// PostgreSQL and MySQL.
#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "tacker_types.h"

namespace dbm::tacker {
namespace {

void upgrade(Operations& op) {
  for (const char* table : {"vims", "vnf", "vnfd"}) {
    op.add_column(table, column("deleted_at", types::date_time()));
  }

  if (op.dialect() == "postgresql") {
    // Upstream gives no type here; PostgreSQL's DROP CONSTRAINT is the same
    // for every kind, and saying it is the unique key lets replay follow it.
    op.drop_constraint(
        {.name = "vimauths_auth_url_key", .table = "vimauths", .type = ConstraintType::kUnique});
  } else if (op.dialect() == "sqlite") {
    op.drop_constraint({.table = "vimauths", .type = ConstraintType::kUnique, .columns = {"auth_url"}});
  } else {
    op.drop_index({.name = "auth_url", .table = "vimauths"});
  }
}

}  // namespace

DBM_REVISION({
    .id = "941b5a6fff9e",
    .down = {"2ff0a0e360f1"},
    .message = "enable soft delete",
    .create_date = "2016-06-06 10:12:49.787430",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
