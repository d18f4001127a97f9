// Revision 2a6d0b51f4bb (cisco): the cisco plugin stops using its port
// binding and port profile tables.
//
// Deviations from upstream (ca5a92d8), which cannot run either way (and
// never got this far, since cisco's folsom fails; see folsom_initial.cpp):
// - upgrade: upstream also drops services_bindings, a table no revision
//   creates, so the step fails on every dialect; and it drops portprofiles
//   before portprofile_bindings, which references it (PostgreSQL and MariaDB
//   refuse). We drop the three tables folsom created for cisco,
//   portprofile_bindings before portprofiles.
// - downgrade: upstream re-creates the tables from definitions that cannot
//   be built (portprofile_bindings declares portprofile_id twice and a
//   foreign key on a column 'ports' it does not have; SQLAlchemy refuses, even
//   offline), plus a service_bindings table that did not exist before this
//   revision. The intent is the schema before the revision, so we re-create
//   port_bindings, portprofiles and portprofile_bindings exactly as folsom
//   created them, and no service_bindings.
// Where upstream's steps would succeed, the resulting schema is the same.
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "core_plugins.h"
#include "quantum_tables.h"

namespace dbm::quantum {
namespace {

void upgrade(Operations& op) {
  op.drop_table("port_bindings");
  op.drop_table("portprofile_bindings");
  op.drop_table("portprofiles");
}

void downgrade(Operations& op) {
  op.create_table(cisco_port_bindings_table());
  op.create_table(cisco_portprofiles_table());
  op.create_table(cisco_portprofile_bindings_table());
}

}  // namespace

DBM_REVISION({
    .id = "2a6d0b51f4bb",
    .down = {"1d76643bcec4"},
    .message = "cisco plugin cleanup",
    .create_date = "2013-01-17 22:24:37.730466",
    .upgrade = upgrade,
    .downgrade = downgrade,
    .runs_for = {core_plugin::kCisco},
})

}  // namespace dbm::quantum
