// Revision 0ad3bbce1c18: the network service tables: nsd (descriptors), ns
// (instances, referring to their nsd) and nsd_attribute (key/value pairs of
// an nsd). The long text columns are VARCHAR(65535) on PostgreSQL and
// TEXT(65535) elsewhere (text_type_maxlen).
#include <utility>
#include <vector>

#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "tacker_types.h"

namespace dbm::tacker {
namespace {

Table nsd() {
  Table t = table("nsd", {
      column("tenant_id", types::string(64)).not_null(),
      column("id", uuid()).not_null(),
      created_at(),
      updated_at(),
      column("deleted_at", types::date_time()),
      column("name", types::string(255)).not_null(),
      column("description", types::text()),
      column("vnfds", json_text()),
  });
  return keyed(std::move(t), {});
}

Table ns(const Operations& op) {
  Table t = table("ns", {
      column("tenant_id", types::string(64)).not_null(),
      column("id", uuid()).not_null(),
      created_at(),
      updated_at(),
      column("deleted_at", types::date_time()),
      column("nsd_id", uuid()),
      column("vim_id", types::string(64)).not_null(),
      column("name", types::string(255)).not_null(),
      column("description", types::text()),
      column("vnf_ids", text_type_maxlen(op)),
      column("mgmt_urls", text_type_maxlen(op)),
      column("status", types::string(64)).not_null(),
      column("error_reason", types::text()),
  });
  return keyed(std::move(t), {foreign_key("nsd_id", "nsd")});
}

Table nsd_attribute(const Operations& op) {
  Table t = table("nsd_attribute", {
      column("id", uuid()).not_null(),
      column("nsd_id", uuid()).not_null(),
      column("key", types::string(255)).not_null(),
      column("value", text_type_maxlen(op)),
  });
  return keyed(std::move(t), {foreign_key("nsd_id", "nsd")});
}

void upgrade(Operations& op) {
  op.create_table(nsd());
  op.create_table(ns(op));
  op.create_table(nsd_attribute(op));
}

}  // namespace

DBM_REVISION({
    .id = "0ad3bbce1c18",
    .down = {"8f7145914cb0"},
    .message = "create of Network service tables",
    .create_date = "2016-12-17 19:41:01.906138",
    .upgrade = upgrade,
    // Upstream's docstring names 0ae5b1ce3024 as the parent; down_revision is what counts.
    .doc = "create of Network service tables\n\nRevision ID: 0ad3bbce1c18\nRevises: 0ae5b1ce3024\n"
           "Create Date: 2016-12-17 19:41:01.906138\n\n",
})

}  // namespace dbm::tacker
