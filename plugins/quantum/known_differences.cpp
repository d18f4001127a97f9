// Where quantum's models (models.cpp) and the schema its revisions build at
// head disagree, per core plugin, each with why it is accepted: upstream's
// migrations and models were never compared (quantum had no model/migration
// sync test), so these are upstream's own disagreements, kept as upstream
// ships them. What each names was found by `check` against every core plugin.
#include "core_plugins.h"
#include "models.h"

namespace dbm::quantum {

std::vector<KnownDifference> known_differences() {
  namespace cp = core_plugin;
  const std::string service_key =
      "servicetype_db declares servicedefinitions' key to servicetypes unnamed and ON DELETE CASCADE; "
      "48b6f43f7471 creates it without ON DELETE (named servicedefinitions_ibfk_1 on SQLite and PostgreSQL)";
  const std::string no_l3_for_nvp =
      "the NVP plugin imports l3_db and quota_db, but folsom creates the L3 tables for the other plugins only "
      "and the quotas table for a misspelt NVP class path, and no later revision creates them for NVP";
  const std::string folsom_quota_driver =
      "quota_db declares quotas; folsom creates it only when [QUOTAS] quota_driver names Folsom's "
      "quantum.extensions._quotav2_driver.DbQuotaDriver, which Grizzly no longer has";
  const std::string nec_quota_index =
      "quota_db indexes quotas.tenant_id (ix_quotas_tenant_id); 1b693c095aa3 creates quotas for NEC without it";
  const std::string nec_filter_network =
      "the NEC models declare packetfilters.network_id NOT NULL; folsom creates it nullable";
  const std::string ryu_tunnel_key =
      "the Ryu models key tunnelkeys by tunnel_key with a plain key to networks; 5a875d0e5c creates the column "
      "as last_key, keyed so, with a key to networks that cascades";
  const std::string cisco_nexus =
      "the Cisco models give nexusport_bindings switch_ip and instance_id and a NOT NULL vlan_id; folsom "
      "creates neither column and a nullable vlan_id";
  return {
      {.operation = "add_fk", .table = "servicedefinitions", .object = "*", .reason = service_key},
      {.operation = "remove_fk", .table = "servicedefinitions", .object = "*", .reason = service_key},
      {.operation = "modify_nullable", .table = "nexusport_bindings", .object = "vlan_id", .reason = cisco_nexus,
       .runs_for = {cp::kCisco}},
      {.operation = "add_column", .table = "nexusport_bindings", .object = "switch_ip", .reason = cisco_nexus,
       .runs_for = {cp::kCisco}},
      {.operation = "add_column", .table = "nexusport_bindings", .object = "instance_id", .reason = cisco_nexus,
       .runs_for = {cp::kCisco}},
      {.operation = "add_table", .table = "quotas", .reason = folsom_quota_driver,
       .runs_for = {cp::kLinuxBridge, cp::kOpenVSwitch}},
      {.operation = "add_index", .table = "quotas", .object = "ix_quotas_tenant_id", .reason = nec_quota_index,
       .runs_for = {cp::kNec}},
      {.operation = "modify_nullable", .table = "packetfilters", .object = "network_id", .reason = nec_filter_network,
       .runs_for = {cp::kNec}},
      {.operation = "add_column", .table = "tunnelkeys", .object = "tunnel_key", .reason = ryu_tunnel_key,
       .runs_for = {cp::kRyu}},
      {.operation = "remove_column", .table = "tunnelkeys", .object = "last_key", .reason = ryu_tunnel_key,
       .runs_for = {cp::kRyu}},
      {.operation = "modify_primary_key", .table = "tunnelkeys", .object = "PRIMARY KEY", .reason = ryu_tunnel_key,
       .runs_for = {cp::kRyu}},
      {.operation = "add_fk", .table = "tunnelkeys", .object = "*", .reason = ryu_tunnel_key, .runs_for = {cp::kRyu}},
      {.operation = "remove_fk", .table = "tunnelkeys", .object = "*", .reason = ryu_tunnel_key,
       .runs_for = {cp::kRyu}},
      {.operation = "add_table", .table = "routers", .reason = no_l3_for_nvp, .runs_for = {cp::kNvp}},
      {.operation = "add_table", .table = "externalnetworks", .reason = no_l3_for_nvp, .runs_for = {cp::kNvp}},
      {.operation = "add_table", .table = "floatingips", .reason = no_l3_for_nvp, .runs_for = {cp::kNvp}},
      {.operation = "add_table", .table = "quotas", .reason = no_l3_for_nvp, .runs_for = {cp::kNvp}},
  };
}

}  // namespace dbm::quantum
