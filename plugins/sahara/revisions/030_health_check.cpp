// Revision 030: health-check — a cluster's verifications and their checks.
// Upstream's file is 030-health-check.py, and its docstring still says
// "Revision ID: 029 / Revises: 028" while the module says 030 / 029; Alembic
// follows the module, and `show` prints the docstring as it is, so we keep
// both.
#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "sahara_types.h"

namespace dbm::sahara {

namespace {

void upgrade(Operations& op) {
  op.create_table(
      keyed_table("cluster_verifications",
                  {timestamps(), id(), column("cluster_id", types::string(36)), column("status", types::string(15))},
                  {foreign_key("cluster_id", "clusters")}, {{"id", "cluster_id"}}));
  op.create_table(keyed_table(
      "cluster_health_checks",
      {timestamps(), id(), column("verification_id", types::string(36)), column("status", types::string(15)),
       column("description", types::text()), column("name", types::string(80))},
      {foreign_key("verification_id", "cluster_verifications")}, {{"id", "verification_id"}}));
}

}  // namespace

DBM_REVISION({
    .id = "030",
    .down = {"029"},
    .message = "health-check",
    .create_date = "2016-01-26 16:11:46.008367",
    .upgrade = upgrade,
    .doc = "health-check\n\nRevision ID: 029\nRevises: 028\nCreate Date: 2016-01-26 16:11:46.008367\n\n",
})

}  // namespace dbm::sahara
