// Assembles the widget plugin: where widget-db-manage finds its database, and
// the revisions of revisions.list.
#include "widget_plugin.h"

#include "revision_list.h"

namespace dbm::widget {

namespace {

Plugin build() {
  Plugin p{};
  p.description = "Widget (an example service) database migrations";
  // Without --config-file, oslo.config's default files for project "widget":
  // ~/.widget/widget.conf, ~/widget.conf, /etc/widget/widget.conf, /etc/widget.conf.
  p.config.config_project = "widget";
  // The URL is [database] connection, as oslo.db reads it; the deprecated
  // spellings oslo.db still accepts are the defaults after it. A new service
  // has no old spellings to honour.
  p.config.url_options = {"database/connection"};
  // Alembic's table, so a database Alembic managed could be adopted as it is.
  p.config.version_table = "alembic_version";
  // `widget-db-manage --database-connection URL upgrade head`, above every file.
  p.config.cli_options = {{.flag = "database-connection",
                           .section = "database",
                           .option = "connection",
                           .help = "The database URL; overrides [database] connection"}};
  p.revisions = listed_revisions();
  // What `check` and `revision --autogenerate` compare the revisions with.
  p.models = models();
  p.known_differences = known_differences();
  return p;
}

}  // namespace

const Plugin& plugin() {
  // Never destroyed before the process ends (the host keeps the library loaded
  // and runs no destructors): it holds memory only.
  static const Plugin instance = build();
  return instance;
}

}  // namespace dbm::widget
