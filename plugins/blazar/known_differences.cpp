// Where blazar's models (models.cpp) and the schema its revisions build at
// head differ, each with its reason: what `check` sets aside.
#include "blazar_plugin.h"

namespace dbm::blazar {

std::vector<KnownDifference> known_differences() {
  const std::string leases_rebuild =
      "on SQLite, 2bcfe76b0474 rebuilds leases by hand with CREATE TABLE AS SELECT (as upstream does, and "
      "as real Alembic's SQLite database has it), which keeps no declared types, NOT NULL or primary key";
  return {
      {.operation = "modify_type", .table = "computehost_extra_capabilities", .object = "property_id",
       .reason = "upstream's model says String(36); 02e2f2186d98 created VARCHAR(255) and no revision changed it"},
      {.operation = "modify_type", .table = "leases", .object = "*", .dialects = {"sqlite"}, .reason = leases_rebuild},
      {.operation = "modify_nullable", .table = "leases", .object = "*", .dialects = {"sqlite"},
       .reason = leases_rebuild},
      {.operation = "modify_primary_key", .table = "leases", .object = "PRIMARY KEY", .dialects = {"sqlite"},
       .reason = leases_rebuild},
      {.operation = "modify_nullable", .table = "computehosts", .object = "trust_id", .dialects = {"sqlite"},
       .reason = "1fd6c2eded89 makes trust_id NOT NULL everywhere but SQLite, where upstream skips the ALTER; "
                 "real Alembic's SQLite database has it nullable too"},
  };
}

}  // namespace dbm::blazar
