// The fenix schema at head as the service's ORM models declare it, for
// autogenerate. Facts ported from openstack/fenix ac9fe415e63d (the commit
// revision 001 ports): fenix/db/sqlalchemy/models.py, whose base class
// (model_base.py) mixes in oslo.db's ModelBase and TimestampMixin, so every
// table starts with created_at and updated_at. Knows no revision.
//
// The models and revision 001 (as plugins/fenix builds it: upstream's
// declares instances.instance_id twice, see its notes) do not describe the
// same tables; upstream gives no reason:
// - hosts, projects and instances: the models make hostname, project_id and
//   instance_id a second primary-key column after id (hence NOT NULL); the
//   revision keys each table on id alone and leaves project_id and
//   instance_id nullable.
// - every table but sessions: the models require session_id (NOT NULL); the
//   revision lets it be NULL.
// - the models declare no unique constraint; the revision adds a named one to
//   each table but sessions (_session_host_uc, _session_project_uc,
//   _session_instance_uc, _session_plugin_uc, _session_plugin_instance_uc).
// - sessions.meta: NOT NULL in the models, nullable in the revision.
// - action_plugin_instances.state: VARCHAR(32) in the models, MediumText in
//   the revision.
// - column order differs in action_plugin_instances and instances.
// The models are what is ported here. Booleans' default=False and the uuid
// default of id are client-side: no DDL.
#include "fenix_plugin.h"

#include <dbm/columns.h>

namespace dbm::fenix {

namespace {

// Upstream's MediumText(): TEXT, MEDIUMTEXT on MySQL.
Column medium_text(std::string name) { return column(std::move(name), types::medium_text()); }
Column string(std::string name, int length) { return column(std::move(name), types::string(length)); }
Column boolean(std::string name) { return column(std::move(name), types::boolean()); }

/// A model keyed by a uuid id that belongs to a session: timestamps, id,
/// a required session_id referencing sessions (unnamed, on the column), then
/// the model's own columns.
Table session_child(std::string name, std::vector<Column> own) {
  Table t = table(std::move(name),
                  {timestamps(), primary_key_id(), string("session_id", 36).not_null(), std::move(own)});
  t.foreign_keys = {foreign_key("session_id", "sessions", "session_id")};
  return t;
}

}  // namespace

std::vector<Table> models() {
  std::vector<Table> tables;

  tables.push_back(table("sessions", {
      timestamps(),
      string("session_id", 36).primary(),
      string("state", 32),
      column("maintenance_at", types::date_time()),
      medium_text("meta").not_null(),
      string("workflow", 255),
  }));

  tables.push_back(session_child("action_plugins", {
      string("plugin", 255).not_null(),
      string("type", 32),
      medium_text("meta").not_null(),
  }));

  tables.push_back(session_child("action_plugin_instances", {
      string("hostname", 255).not_null(),
      string("plugin", 255).not_null(),
      string("state", 32),
  }));

  tables.push_back(session_child("hosts", {
      string("hostname", 255).primary(),
      string("type", 32),
      boolean("maintained"),
      boolean("disabled"),
      string("details", 255),
      string("plugin", 255),
      string("plugin_state", 32),
  }));

  tables.push_back(session_child("projects", {
      string("project_id", 36).primary(),
      string("state", 37),
  }));

  tables.push_back(session_child("instances", {
      string("instance_id", 36).primary(),
      string("state", 16),
      string("action", 32),
      string("project_id", 36),
      string("project_state", 37),
      string("instance_name", 255).not_null(),
      boolean("action_done"),
      string("host", 255).not_null(),
      string("details", 255),
  }));

  return tables;
}

}  // namespace dbm::fenix
