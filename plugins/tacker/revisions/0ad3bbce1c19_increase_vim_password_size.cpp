// Revision 0ad3bbce1c19: vimauths.password widens to VARCHAR(255).
// As upstream, only the new type is given: PostgreSQL keeps the column NOT
// NULL, while MySQL's MODIFY restates it as NULL (Alembic's behaviour, which
// the host follows). SQLite, where upstream's ALTER COLUMN fails, gets the
// type change by a rebuild of vimauths; the result is the schema upstream
// produces on PostgreSQL.
#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "tacker_types.h"

namespace dbm::tacker {
namespace {

void upgrade(Operations& op) {
  op.alter_column({.table = "vimauths", .column = "password", .type = types::string(255)});
}

}  // namespace

DBM_REVISION({
    .id = "0ad3bbce1c19",
    .down = {"0ad3bbce1c18"},
    .message = "increase_vim_password_size",
    .create_date = "2017-01-17 09:50:46.296206",
    .upgrade = upgrade,
    // Upstream's docstring says it revises itself; down_revision is what counts.
    .doc = "increase_vim_password_size\n\nRevision ID: 0ad3bbce1c19\nRevises: 0ad3bbce1c19\n"
           "Create Date: 2017-01-17 09:50:46.296206\n\n",
})

}  // namespace dbm::tacker
