// The plugin interface: what one service ships to the host. Plain data, built
// once by the plugin's entry function and read by the host for as long as the
// library stays loaded. The plugin's name and version travel in its C entry
// record (dbm/entry.h), readable before any C++ type is touched.
#pragma once

#include <string>
#include <vector>

#include "dbm/revision.h"
#include "dbm/schema.h"

namespace dbm {

/// Where a service keeps its settings, as its own *-db-manage tool reads them.
struct ConfigConventions {
  /// oslo.config's `project`: without --config-file, <project>.conf is looked
  /// for in ~/.<project>/, ~/, /etc/<project>/, /etc/ (and <prog>.conf too).
  std::string config_project{};
  /// `section/option` spellings that may hold the database URL, most preferred
  /// first; later entries are the deprecated spellings oslo.db still accepts.
  std::vector<std::string> url_options = {"database/connection", "DEFAULT/sql_connection",
                                          "database/sql_connection", "sql/connection"};
  /// The version table; alembic_version adopts databases Alembic managed.
  std::string version_table = "alembic_version";
};

struct Plugin {
  std::string description{};
  ConfigConventions config{};
  std::vector<Revision> revisions{};  ///< in revisions.list order; the host builds the graph
  std::vector<Table> models{};        ///< the schema at head, for autogenerate
};

}  // namespace dbm
