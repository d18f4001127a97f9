// Where fenix's models (models.cpp) and the schema its one revision builds
// differ, each with its reason: what `check` sets aside. Upstream states no
// reason for any of them; none of its commits touching the models or 001
// explains the divergence.
#include "fenix_plugin.h"

namespace dbm::fenix {

std::vector<KnownDifference> known_differences() {
  const std::string session_key =
      "upstream's models declare session_id NOT NULL; 001 creates it nullable, and no later revision exists";
  const std::string composite_key =
      "upstream's models key the table on (id, <name>); 001 keys it on id alone and makes the pair unique per "
      "session instead (the lookups fenix's db api makes)";
  const std::string session_unique =
      "001 makes (session_id, <name>) unique, which the models do not declare; the db api looks rows up by it";
  std::vector<KnownDifference> out = {
      {.operation = "modify_nullable", .table = "sessions", .object = "meta",
       .reason = "upstream's model says NOT NULL; 001 creates meta nullable"},
      {.operation = "modify_type", .table = "action_plugin_instances", .object = "state",
       .reason = "upstream's model says String(32); 001 creates a text column"},
      {.operation = "modify_nullable", .table = "projects", .object = "project_id", .reason = composite_key},
      {.operation = "modify_nullable", .table = "instances", .object = "instance_id", .reason = composite_key},
  };
  for (const char* table : {"action_plugins", "action_plugin_instances", "hosts", "projects", "instances"}) {
    out.push_back({.operation = "modify_nullable", .table = table, .object = "session_id", .reason = session_key});
    out.push_back({.operation = "remove_constraint", .table = table, .object = "*", .reason = session_unique});
  }
  for (const char* table : {"hosts", "projects", "instances"}) {
    out.push_back({.operation = "modify_primary_key", .table = table, .object = "PRIMARY KEY", .reason = composite_key});
  }
  return out;
}

}  // namespace dbm::fenix
