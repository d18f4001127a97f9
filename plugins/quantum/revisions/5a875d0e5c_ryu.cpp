// Revision 5a875d0e5c (ryu only): the Ryu plugin's tunnel key tables, added
// after the fact for a plugin change that shipped without a migration.
// Both keys are integers the plugin assigns (no SERIAL / AUTO_INCREMENT).
#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "core_plugins.h"
#include "quantum_tables.h"

namespace dbm::quantum {
namespace {

Column last_key() { return column("last_key", types::integer()).not_null().with_autoincrement(Autoincrement::kNo); }

void upgrade(Operations& op) {
  op.create_table({
      .name = "tunnelkeys",
      .columns = {column("network_id", types::string(36)).not_null(), last_key()},
      .primary_key = primary_key({"last_key"}),
      .foreign_keys = {cascading_key("network_id", "networks")},
  });
  op.create_table({
      .name = "tunnelkeylasts",
      .columns = {last_key()},
      .primary_key = primary_key({"last_key"}),
  });
}

void downgrade(Operations& op) {
  op.drop_table("tunnelkeylasts");
  op.drop_table("tunnelkeys");
}

}  // namespace

DBM_REVISION({
    .id = "5a875d0e5c",
    .down = {"folsom"},
    .message = "ryu",
    .create_date = "2012-12-18 12:32:04.482477",
    .upgrade = upgrade,
    .downgrade = downgrade,
    .runs_for = {core_plugin::kRyu},
    // Upstream's docstring has a second paragraph (the review the revision
    // backfills) between the message and the Revision ID line, which `show`
    // prints; Alembic's template would leave it out.
    .doc = "ryu\n\nThis retroactively provides migration support for\nhttps://review.openstack.org/#/c/11204/\n\n"
           "Revision ID: 5a875d0e5c\nRevises: folsom\nCreate Date: 2012-12-18 12:32:04.482477\n\n",
})

}  // namespace dbm::quantum
