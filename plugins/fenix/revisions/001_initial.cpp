// Revision 001: fenix's whole schema, six tables hanging off sessions.
//
// Deviations from upstream (ac9fe415), both because upstream's revision cannot
// run anywhere:
// - upstream declares instances.instance_id twice (first as a nullable
//   primary-key column, then as a plain nullable column, while the table's
//   PRIMARY KEY names only id); SQLAlchemy refuses to build the table, so
//   Alembic fails on every dialect after creating sessions, hosts and
//   projects. We declare it once, where the second declaration puts it: the
//   intended schema of shared/reference/fenix/intended/.
// - upstream's downgrade drops sessions first, which every other table
//   references (PostgreSQL and MariaDB refuse), and never drops
//   action_plugin_instances. We drop all six, children first.
#include "../revisions.h"

namespace dbm::fenix {

namespace {

Column created_at() { return column("created_at", types::date_time()); }
Column updated_at() { return column("updated_at", types::date_time()); }
// Upstream's uuid default for id is client-side only: no DDL.
Column id() { return column("id", types::string(36)).primary(); }
// Upstream's MediumText() helper: TEXT, MEDIUMTEXT on MySQL.
Column medium_text(std::string name) { return column(std::move(name), types::medium_text()); }
// Unnamed and on the column upstream: PostgreSQL names it <table>_session_id_fkey, MariaDB <table>_ibfk_1.
ForeignKey session_fk() { return {{}, {"session_id"}, "sessions", {"session_id"}, {}, {}}; }
Column session_id() { return column("session_id", types::string(36)); }

Table table_named(std::string name, std::vector<Column> columns) {
  Table t{};
  t.name = std::move(name);
  t.columns = std::move(columns);
  return t;
}

Table sessions() {
  Table t = table_named("sessions", {created_at(), updated_at(), column("session_id", types::string(36)).primary(),
                                     column("state", types::string(32)), column("maintenance_at", types::date_time()),
                                     medium_text("meta"), column("workflow", types::string(255))});
  t.primary_key = {{}, {"session_id"}};
  return t;
}

/// A table keyed by id with the session foreign key, as every table but sessions is.
Table session_child(std::string name, std::vector<Column> own, UniqueConstraint unique) {
  std::vector<Column> columns{created_at(), updated_at(), id(), session_id()};
  columns.insert(columns.end(), own.begin(), own.end());
  Table t = table_named(std::move(name), std::move(columns));
  t.primary_key = {{}, {"id"}};
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
                       {"_session_host_uc", {"session_id", "hostname"}});
}

Table projects() {
  return session_child("projects", {column("project_id", types::string(36)), column("state", types::string(37))},
                       {"_session_project_uc", {"session_id", "project_id"}});
}

Table instances() {
  return session_child("instances",
                       {column("action", types::string(32)), column("project_id", types::string(36)),
                        column("instance_id", types::string(36)), column("project_state", types::string(37)),
                        column("state", types::string(16)), column("instance_name", types::string(255)).not_null(),
                        column("action_done", types::boolean()), column("details", types::string(255)),
                        column("host", types::string(255)).not_null()},
                       {"_session_instance_uc", {"session_id", "instance_id"}});
}

Table action_plugins() {
  return session_child("action_plugins",
                       {column("plugin", types::string(255)).not_null(), column("type", types::string(32)),
                        medium_text("meta").not_null()},
                       {"_session_plugin_uc", {"session_id", "plugin"}});
}

Table action_plugin_instances() {
  return session_child("action_plugin_instances",
                       {column("plugin", types::string(255)).not_null(),
                        column("hostname", types::string(255)).not_null(), medium_text("state")},
                       {"_session_plugin_instance_uc", {"session_id", "plugin", "hostname"}});
}

}  // namespace

std::vector<Table> initial_tables() {
  return {sessions(), hosts(), projects(), instances(), action_plugins(), action_plugin_instances()};
}

Revision rev_001() {
  Revision r{};
  r.id = "001";
  // Upstream's module has no docstring, hence no message and no date: Alembic
  // logs "Running upgrade  -> 001" and history shows an empty message.
  r.doc = " ";
  r.upgrade = [](Operations& op) {
    for (Table& table : initial_tables()) op.create_table(std::move(table));
  };
  r.downgrade = [](Operations& op) {
    const std::vector<Table> tables = initial_tables();
    for (auto it = tables.rbegin(); it != tables.rend(); ++it) op.drop_table(it->name);
  };
  return r;
}

}  // namespace dbm::fenix
