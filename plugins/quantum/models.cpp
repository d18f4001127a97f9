// The quantum schema as quantum-server's SQLAlchemy models declare it
// (openstack/vmware-nsx ca5a92d8), per core plugin: the tables of the model
// modules that importing the core plugin's class registers (what
// quantum/db/migration/alembic_migrations/env.py hands Alembic as its
// metadata), plus quantum/db/servicetype_db.py's, which quantum-server's
// extension loader registers whatever the plugin. The tables are in
// models_core.cpp (quantum/db) and models_plugins.cpp (quantum/plugins);
// this file only says which core plugins get which. Knows no revision.
//
// Not included: what a plugin loads only once running (the metaplugin's
// flavor plugins, cisco's switch plugin), the LBaaS service plugin's
// loadbalancer_db, and hyperv, which core_plugins.h does not list.
//
// Where the models and the revisions' head disagree (facts, for whoever
// lists the known differences):
// - servicetypes / servicedefinitions: env.py's metadata lacks them; against
//   these models, servicedefinitions' key to servicetypes has ON DELETE
//   CASCADE and no name, 48b6f43f7471's no ON DELETE and a name.
// - nvp: routers, externalnetworks, floatingips and quotas have models but no
//   revision creates them (folsom lists NVP under a class path nothing uses).
// - linuxbridge, openvswitch: quotas exists only when folsom's quota driver
//   condition held.
// - nec: 1b693c095aa3 creates quotas without ix_quotas_tenant_id;
//   packetfilters.network_id is NOT NULL here, nullable in folsom.
// - ryu: tunnelkeys is keyed by tunnel_key here, by last_key in 5a875d0e5c,
//   whose key to networks cascades; tunnelkeylasts.last_key is generated here.
// - cisco: nexusport_bindings has switch_ip and instance_id, a NOT NULL
//   vlan_id and MySQL's InnoDB option here, none of which folsom gives it.
#include "models.h"

#include <utility>

#include "core_plugins.h"
#include "models_parts.h"

namespace dbm::quantum {

std::vector<Table> common_models() {
  std::vector<Table> tables = models_parts::models_v2();
  for (Table& t : models_parts::servicetype_db()) tables.push_back(std::move(t));
  return tables;
}

// One entry per model module (cisco's two modules are one), in an order that
// keeps each plugin's tables in its import order. No entry names folsom's
// misspelt NVP path (core_plugin::kNvpAsFolsomSpellsIt): that class cannot
// be imported, so no process has models for it beyond the common ones.
std::vector<SelectedModels> core_plugin_models() {
  namespace cp = core_plugin;
  return {
      {.runs_for = {cp::kLinuxBridge, cp::kMeta, cp::kNec, cp::kOpenVSwitch, cp::kRyu, cp::kNvp},
       .tables = models_parts::l3_db()},
      {.runs_for = {cp::kNvp}, .tables = models_parts::portsecurity_db()},
      {.runs_for = {cp::kLinuxBridge, cp::kNec, cp::kOpenVSwitch, cp::kNvp}, .tables = models_parts::quota_db()},
      {.runs_for = {cp::kLinuxBridge, cp::kNec, cp::kOpenVSwitch, cp::kNvp},
       .tables = models_parts::securitygroups_db()},
      {.runs_for = {cp::kCisco}, .tables = models_parts::cisco()},
      {.runs_for = {cp::kLinuxBridge}, .tables = models_parts::linuxbridge()},
      {.runs_for = {cp::kMeta}, .tables = models_parts::metaplugin()},
      {.runs_for = {cp::kNec}, .tables = models_parts::nec()},
      // cisco's plugin imports the OVS models too (its database layer uses them).
      {.runs_for = {cp::kOpenVSwitch, cp::kCisco}, .tables = models_parts::openvswitch()},
      {.runs_for = {cp::kRyu}, .tables = models_parts::ryu()},
      {.runs_for = {cp::kNvp}, .tables = models_parts::nicira()},
  };
}

}  // namespace dbm::quantum
