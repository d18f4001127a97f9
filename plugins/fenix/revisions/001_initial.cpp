// Revision 001: fenix's whole schema, six tables hanging off sessions.
//
// Deviations from upstream (ac9fe415), both because upstream's revision cannot
// run anywhere:
// - upstream declares instances.instance_id twice (first as a nullable
//   primary-key column, then as a plain nullable column, while the table's
//   PRIMARY KEY names only id); SQLAlchemy refuses to build the table, so
//   Alembic fails on every dialect after creating sessions, hosts and
//   projects. We declare it once, where the second declaration puts it: the
//   intended schema of tests/fixtures/fenix/intended/.
// - upstream's downgrade drops sessions first, which every other table
//   references (PostgreSQL and MariaDB refuse), and never drops
//   action_plugin_instances. We drop all six, children first.
#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "fenix_plugin.h"

namespace dbm::fenix {

namespace {

// Upstream's MediumText() helper: TEXT, MEDIUMTEXT on MySQL.
Column medium_text(std::string name) { return column(std::move(name), types::medium_text()); }
// Unnamed and on the column upstream: PostgreSQL names it <table>_session_id_fkey, MariaDB <table>_ibfk_1.
ForeignKey session_fk() { return foreign_key("session_id", "sessions", "session_id"); }
Column session_id() { return column("session_id", types::string(36)); }

Table sessions() {
  Table t = table("sessions", {timestamps(), column("session_id", types::string(36)).primary(),
                               column("state", types::string(32)), column("maintenance_at", types::date_time()),
                               medium_text("meta"), column("workflow", types::string(255))});
  t.primary_key = primary_key({"session_id"});
  return t;
}

/// A table keyed by id with the session foreign key, as every table but
/// sessions is. Upstream's uuid default for id is client-side only: no DDL.
Table session_child(std::string name, std::vector<Column> own, UniqueConstraint unique) {
  Table t = table(std::move(name), {timestamps(), primary_key_id(), session_id(), std::move(own)});
  t.primary_key = primary_key({"id"});
  t.foreign_keys = {session_fk()};
  t.unique_constraints = {std::move(unique)};
  return t;
}

// Booleans with default=False upstream: a client-side default, so no DDL default.
Table hosts() {
  return session_child("hosts",
                       {column("hostname", types::string(255)).not_null(), column("type", types::string(32)),
                        column("maintained", types::boolean()), column("disabled", types::boolean()),
                        column("details", types::string(255)), column("plugin", types::string(255)),
                        column("plugin_state", types::string(32))},
                       {.name = "_session_host_uc", .columns = {"session_id", "hostname"}});
}

Table projects() {
  return session_child("projects", {column("project_id", types::string(36)), column("state", types::string(37))},
                       {.name = "_session_project_uc", .columns = {"session_id", "project_id"}});
}

Table instances() {
  return session_child("instances",
                       {column("action", types::string(32)), column("project_id", types::string(36)),
                        column("instance_id", types::string(36)), column("project_state", types::string(37)),
                        column("state", types::string(16)), column("instance_name", types::string(255)).not_null(),
                        column("action_done", types::boolean()), column("details", types::string(255)),
                        column("host", types::string(255)).not_null()},
                       {.name = "_session_instance_uc", .columns = {"session_id", "instance_id"}});
}

Table action_plugins() {
  return session_child("action_plugins",
                       {column("plugin", types::string(255)).not_null(), column("type", types::string(32)),
                        medium_text("meta").not_null()},
                       {.name = "_session_plugin_uc", .columns = {"session_id", "plugin"}});
}

Table action_plugin_instances() {
  return session_child("action_plugin_instances",
                       {column("plugin", types::string(255)).not_null(),
                        column("hostname", types::string(255)).not_null(), medium_text("state")},
                       {.name = "_session_plugin_instance_uc", .columns = {"session_id", "plugin", "hostname"}});
}

void upgrade(Operations& op) {
  for (Table& table : initial_tables()) op.create_table(std::move(table));
}

void downgrade(Operations& op) {
  const std::vector<Table> tables = initial_tables();
  for (auto it = tables.rbegin(); it != tables.rend(); ++it) op.drop_table(it->name);
}

}  // namespace

std::vector<Table> initial_tables() {
  return {sessions(), hosts(), projects(), instances(), action_plugins(), action_plugin_instances()};
}

// Upstream's module has no docstring, hence no message and no date: Alembic
// logs "Running upgrade  -> 001" and history shows an empty message.
DBM_REVISION({
    .id = "001",
    .upgrade = upgrade,
    .downgrade = downgrade,
    .doc = " ",
})

}  // namespace dbm::fenix
