// Assembles the tacker plugin: tacker-db-manage's config conventions and
// options, its declared head, its maintenance commands, the revisions of
// revisions.list and the models of the schema at head.
#include "tacker_plugin.h"

#include "declared_head.h"
#include "revision_list.h"
#include "tacker_commands.h"

namespace dbm::tacker {

namespace {

Plugin build() {
  Plugin p{};
  p.description = "OpenStack Tacker (NFV orchestration) database migrations";
  // tacker-db-manage reads its own option set, not oslo.db's: the URL only in
  // [database] connection or its deprecated name [database] sql_connection,
  // and without --config-file only tacker-db-manage.conf in ~/ and /etc/
  // (no project, so no ~/.tacker/ or /etc/tacker/).
  p.config.config_project = "";
  p.config.url_options = {"database/connection", "database/sql_connection"};
  p.config.version_table = "alembic_version";
  p.config.cli_options = {
      {"database-connection", "database", "connection", "The SQLAlchemy connection string for the database."},
      {"sql_connection", "database", "connection", "Deprecated name of --database-connection."},
      {"database-engine", "database", "engine",
       "Database engine for which a script is generated when --sql is used without a connection string."},
  };
  p.config.offline_dialect_option = "database/engine";
  p.declared_head = kDeclaredHead;  // HEAD, as upstream's versions/HEAD
  p.revisions = listed_revisions();
  p.models = models();
  p.known_differences = known_differences();
  p.commands = {purge_deleted_command(), generate_secret_key_command(), migrate_to_v2_command()};
  return p;
}

}  // namespace

const Plugin& plugin() {
  static const Plugin instance = build();
  return instance;
}

}  // namespace dbm::tacker
