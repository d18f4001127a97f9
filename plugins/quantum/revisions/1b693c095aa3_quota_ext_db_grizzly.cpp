// Revision 1b693c095aa3 (nec): the quotas table for the NEC plugin, which
// folsom did not give one (no index on tenant_id here, unlike folsom's).
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "core_plugins.h"
#include "quantum_tables.h"

namespace dbm::quantum {
namespace {

void upgrade(Operations& op) { op.create_table(quotas_table(/*tenant_id_indexed=*/false)); }

void downgrade(Operations& op) { op.drop_table("quotas"); }

}  // namespace

DBM_REVISION({
    .id = "1b693c095aa3",
    .down = {"2a6d0b51f4bb"},
    .message = "Quota ext support added in Grizzly",
    .create_date = "2013-01-19 02:58:17.667524",
    .upgrade = upgrade,
    .downgrade = downgrade,
    .runs_for = {core_plugin::kNec},
    // Upstream's docstring names 1d76643bcec4 as the parent; down_revision
    // (2a6d0b51f4bb) is what Alembic follows, and `show` prints the docstring.
    .doc = "Quota ext support added in Grizzly\n\nRevision ID: 1b693c095aa3\nRevises: 1d76643bcec4\n"
           "Create Date: 2013-01-19 02:58:17.667524\n\n",
})

}  // namespace dbm::quantum
