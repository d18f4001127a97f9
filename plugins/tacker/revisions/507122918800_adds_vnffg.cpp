// Revision 507122918800: the VNF forwarding graph tables: vnffgtemplates,
// vnffgs, vnffgnfps, vnffgchains, vnffgclassifiers and aclmatchcriterias.
// `symmetrical` is SMALLINT on PostgreSQL and BOOLEAN elsewhere (deleted_type);
// its default of false is applied by the ORM, so no server default is created.
#include <string>
#include <utility>
#include <vector>

#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "tacker_types.h"

namespace dbm::tacker {
namespace {

// Every table here has a VARCHAR(36) id, NOT NULL, keyed by a PRIMARY KEY
// constraint of its own (not a primary_key=True column).
Column id() { return column("id", types::string(36)).not_null(); }

Column required(std::string name, Type type) { return column(std::move(name), std::move(type)).not_null(); }

Table finished(Table t, std::vector<ForeignKey> keys, bool innodb = true) {
  t.primary_key = primary_key({"id"});
  t.foreign_keys = std::move(keys);
  if (innodb) t.options = {{"mysql_engine", "InnoDB"}};
  return t;
}

Table vnffgtemplates() {
  Table t = table("vnffgtemplates", {
      id(),
      required("tenant_id", types::string(64)),
      required("name", types::string(255)),
      column("description", types::string(255)),
      column("template", json_text()),
  });
  return finished(std::move(t), {});
}

Table vnffgs() {
  Table t = table("vnffgs", {
      id(),
      required("tenant_id", types::string(64)),
      required("name", types::string(255)),
      column("description", types::string(255)),
      required("vnffgd_id", types::string(36)),
      required("status", types::string(255)),
      column("vnf_mapping", json_text()),
  });
  return finished(std::move(t), {foreign_key("vnffgd_id", "vnffgtemplates")});
}

Table vnffgnfps(const Operations& op) {
  Table t = table("vnffgnfps", {
      id(),
      required("tenant_id", types::string(64)),
      required("vnffg_id", types::string(36)),
      required("name", types::string(255)),
      required("status", types::string(255)),
      required("path_id", types::string(255)),
      column("symmetrical", deleted_type(op)),
  });
  return finished(std::move(t), {foreign_key("vnffg_id", "vnffgs")});
}

Table vnffgchains(const Operations& op) {
  Table t = table("vnffgchains", {
      id(),
      required("tenant_id", types::string(64)),
      column("instance_id", types::string(255)),
      required("nfp_id", types::string(36)),
      required("status", types::string(255)),
      required("path_id", types::string(255)),
      column("symmetrical", deleted_type(op)),
      column("chain", json_text()),
  });
  return finished(std::move(t), {foreign_key("nfp_id", "vnffgnfps")});
}

Table vnffgclassifiers() {
  Table t = table("vnffgclassifiers", {
      id(),
      required("tenant_id", types::string(64)),
      required("nfp_id", types::string(36)),
      column("instance_id", types::string(255)),
      required("chain_id", types::string(36)),
      required("status", types::string(255)),
  });
  return finished(std::move(t), {foreign_key("nfp_id", "vnffgnfps"), foreign_key("chain_id", "vnffgchains")});
}

// The ACL match fields of a classifier; all optional. Upstream gives this
// table no mysql_engine.
Table aclmatchcriterias() {
  const Type s36 = types::string(36);
  const Type i = types::integer();
  Table t = table("aclmatchcriterias", {
      id(),
      required("vnffgc_id", s36),
      column("eth_src", s36),
      column("eth_dst", s36),
      column("eth_type", s36),
      column("vlan_id", i),
      column("vlan_pcp", i),
      column("mpls_label", i),
      column("mpls_tc", i),
      column("ip_dscp", i),
      column("ip_ecn", i),
      column("ip_src_prefix", s36),
      column("ip_dst_prefix", s36),
      column("source_port_min", i),
      column("source_port_max", i),
      column("destination_port_min", i),
      column("destination_port_max", i),
      column("ip_proto", i),
      column("network_id", s36),
      column("network_src_port_id", s36),
      column("network_dst_port_id", s36),
      column("tenant_id", types::string(64)),
      column("icmpv4_type", i),
      column("icmpv4_code", i),
      column("arp_op", i),
      column("arp_spa", i),
      column("arp_tpa", i),
      column("arp_sha", i),
      column("arp_tha", i),
      column("ipv6_src", s36),
      column("ipv6_dst", s36),
      column("ipv6_flabel", i),
      column("icmpv6_type", i),
      column("icmpv6_code", i),
      column("ipv6_nd_target", s36),
      column("ipv6_nd_sll", s36),
      column("ipv6_nd_tll", s36),
  });
  return finished(std::move(t), {foreign_key("vnffgc_id", "vnffgclassifiers")}, /*innodb=*/false);
}

void upgrade(Operations& op) {
  op.create_table(vnffgtemplates());
  op.create_table(vnffgs());
  op.create_table(vnffgnfps(op));
  op.create_table(vnffgchains(op));
  op.create_table(vnffgclassifiers());
  op.create_table(aclmatchcriterias());
}

}  // namespace

DBM_REVISION({
    .id = "507122918800",
    .down = {"4ee19c8a6d0a"},
    .message = "adds_VNFFG",
    .create_date = "2016-07-29 21:48:18.816277",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
