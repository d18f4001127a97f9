// Revision 54c2c487e913: the load balancing service's tables. Upstream
// lists no core plugin for it (no plugin implemented the extension yet), so
// it never runs: runs_for is empty, and the step only moves the version row.
// The tables are ported anyway, as the revision describes them. Enum type
// and table names are upstream's, misspellings included
// (sesssionpersistences_type, healthmontiors_type, poolstatisticss): they
// are the names a database that ran it would hold.
//
// Deviations from upstream (ca5a92d8), neither reachable while runs_for is
// empty:
// - upgrade: upstream creates poolmonitorassociations before the pools and
//   healthmonitors it references (PostgreSQL and MariaDB refuse). We create
//   it after both; every other table keeps its place.
// - downgrade: upstream drops healthmonitors and pools before
//   poolmonitorassociations, which references them. We drop the referencing
//   tables first. Upstream also leaves the four PostgreSQL enum types behind
//   (a second upgrade would fail creating them); we drop them after the
//   tables, on PostgreSQL only.
// The resulting schema is the one upstream's tables describe.
#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "quantum_tables.h"

namespace dbm::quantum {
namespace {

constexpr char kProtocols[] = "lb_protocols";  // shared by vips and pools
constexpr char kSessionPersistenceType[] = "sesssionpersistences_type";
constexpr char kLbMethod[] = "pools_lb_method";
constexpr char kMonitorType[] = "healthmontiors_type";

Type protocols() { return types::enumeration(kProtocols, {"HTTP", "HTTPS", "TCP"}); }

// The columns vips, pools, healthmonitors and members start with.
Column tenant_id() { return column("tenant_id", types::string(255)); }
Column id() { return column("id", types::string(36)).not_null(); }
Column status() { return column("status", types::string(16)).not_null(); }
Column admin_state_up() { return column("admin_state_up", types::boolean()).not_null(); }
Column count(const char* name) { return column(name, types::integer()).not_null(); }

void upgrade(Operations& op) {
  op.create_table({
      .name = "vips",
      .columns = {tenant_id(), id(), column("name", types::string(255)), column("description", types::string(255)),
                  column("subnet_id", types::string(36)).not_null(), column("address", types::string(64)),
                  count("port"), column("protocol", protocols()).not_null(),
                  column("pool_id", types::string(36)).not_null(), status(), admin_state_up(),
                  column("connection_limit", types::integer())},
      .primary_key = primary_key({"id"}),
  });
  op.create_table({
      .name = "sessionpersistences",
      .columns = {column("vip_id", types::string(36)).not_null(),
                  column("type",
                         types::enumeration(kSessionPersistenceType, {"SOURCE_IP", "HTTP_COOKIE", "APP_COOKIE"}))
                      .not_null(),
                  column("cookie_name", types::string(1024))},
      .primary_key = primary_key({"vip_id"}),
      .foreign_keys = {foreign_key("vip_id", "vips")},
  });
  op.create_table({
      .name = "pools",
      .columns = {tenant_id(), id(), column("vip_id", types::string(36)), column("name", types::string(255)),
                  column("description", types::string(255)), column("subnet_id", types::string(36)).not_null(),
                  column("protocol", protocols()).not_null(),
                  column("lb_method", types::enumeration(kLbMethod, {"ROUND_ROBIN", "LEAST_CONNECTIONS", "SOURCE_IP"}))
                      .not_null(),
                  status(), admin_state_up()},
      .primary_key = primary_key({"id"}),
      .foreign_keys = {foreign_key("vip_id", "vips")},
  });
  op.create_table({
      .name = "healthmonitors",
      .columns = {tenant_id(), id(),
                  column("type", types::enumeration(kMonitorType, {"PING", "TCP", "HTTP", "HTTPS"})).not_null(),
                  count("delay"), count("timeout"), count("max_retries"), column("http_method", types::string(16)),
                  column("url_path", types::string(255)), column("expected_codes", types::string(64)), status(),
                  admin_state_up()},
      .primary_key = primary_key({"id"}),
  });
  // Upstream's second table; here after the two tables it references.
  op.create_table({
      .name = "poolmonitorassociations",
      .columns = {column("pool_id", types::string(36)).not_null(), column("monitor_id", types::string(36)).not_null()},
      .primary_key = primary_key({"pool_id", "monitor_id"}),
      .foreign_keys = {foreign_key("monitor_id", "healthmonitors"), foreign_key("pool_id", "pools")},
  });
  op.create_table({
      .name = "members",
      .columns = {tenant_id(), id(), column("pool_id", types::string(36)).not_null(),
                  column("address", types::string(64)).not_null(), count("port"), count("weight"), status(),
                  admin_state_up()},
      .primary_key = primary_key({"id"}),
      .foreign_keys = {foreign_key("pool_id", "pools")},
  });
  op.create_table({
      .name = "poolstatisticss",
      .columns = {column("pool_id", types::string(36)).not_null(), count("bytes_in"), count("bytes_out"),
                  count("active_connections"), count("total_connections")},
      .primary_key = primary_key({"pool_id"}),
      .foreign_keys = {foreign_key("pool_id", "pools")},
  });
}

void downgrade(Operations& op) {
  for (const char* table : {"poolstatisticss", "members", "poolmonitorassociations", "healthmonitors", "pools",
                            "sessionpersistences", "vips"}) {
    op.drop_table(table);
  }
  for (const char* type : {kProtocols, kSessionPersistenceType, kLbMethod, kMonitorType}) drop_enum_type(op, type);
}

}  // namespace

DBM_REVISION({
    .id = "54c2c487e913",
    .down = {"38335592a0dc"},
    .message = "'DB support for load balancing service",
    .create_date = "2013-02-04 16:32:32.048731",
    .upgrade = upgrade,
    .downgrade = downgrade,
    .runs_for = {},
})

}  // namespace dbm::quantum
