// Revision 48b6f43f7471 (every plugin): service types and the service
// definitions that belong to them. servicetypes has a column named
// `default` (the host quotes it where the dialect reserves the word); the
// definitions' foreign key is named servicedefinitions_ibfk_1 upstream, on
// every dialect.
#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

namespace dbm::quantum {
namespace {

void upgrade(Operations& op) {
  op.create_table({
      .name = "servicetypes",
      .columns = {column("tenant_id", types::string(255)), column("id", types::string(36)).not_null(),
                  column("name", types::string(255)), column("description", types::string(255)),
                  column("default", types::boolean()).not_null(), column("num_instances", types::integer())},
      .primary_key = primary_key({"id"}),
  });
  op.create_table({
      .name = "servicedefinitions",
      .columns = {column("id", types::string(36)).not_null(), column("service_class", types::string(255)).not_null(),
                  column("plugin", types::string(255)), column("driver", types::string(255)),
                  column("service_type_id", types::string(36)).not_null()},
      .primary_key = primary_key({"id", "service_class", "service_type_id"}),
      .foreign_keys = {{.name = "servicedefinitions_ibfk_1",
                        .columns = {"service_type_id"},
                        .ref_table = "servicetypes",
                        .ref_columns = {"id"}}},
  });
}

void downgrade(Operations& op) {
  op.drop_table("servicedefinitions");
  op.drop_table("servicetypes");
}

}  // namespace

DBM_REVISION({
    .id = "48b6f43f7471",
    .down = {"5a875d0e5c"},
    .message = "DB support for service types",
    .create_date = "2013-01-07 13:47:29.093160",
    .upgrade = upgrade,
    .downgrade = downgrade,
})

}  // namespace dbm::quantum
