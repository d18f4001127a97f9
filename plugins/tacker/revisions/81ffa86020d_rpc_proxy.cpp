// Revision 81ffa86020d: proxymgmtports and proxyserviceports, each keyed by
// its first column through an unnamed PRIMARY KEY constraint (which makes
// that column NOT NULL).
#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "tacker_types.h"

namespace dbm::tacker {
namespace {

Column string(std::string name, int length) { return column(std::move(name), types::string(length)); }

Table proxymgmtports() {
  Table t = table("proxymgmtports", {
      string("device_id", 255),
      string("port_id", 36).not_null(),
      string("dst_transport_url", 255),
      string("svr_proxy_id", 36),
      string("svr_ns_proxy_id", 36),
      string("clt_proxy_id", 36),
      string("clt_ns_proxy_id", 36),
  });
  t.primary_key = primary_key({"device_id"});
  return t;
}

Table proxyserviceports() {
  Table t = table("proxyserviceports", {
      string("service_instance_id", 255),
      string("svr_proxy_id", 36),
      string("svr_ns_proxy_id", 36),
      string("clt_proxy_id", 36),
      string("clt_ns_proxy_id", 36),
  });
  t.primary_key = primary_key({"service_instance_id"});
  return t;
}

void upgrade(Operations& op) {
  op.create_table(proxymgmtports());
  op.create_table(proxyserviceports());
}

}  // namespace

DBM_REVISION({
    .id = "81ffa86020d",
    .down = {"1c6b0d82afcd"},
    .message = "rpc_proxy",
    .create_date = "2014-03-19 15:50:11.712686",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
