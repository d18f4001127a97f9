// Revision 001 (Icehouse release): the thirteen tables sahara started with.
// Every table is InnoDB/utf8 on MySQL; every constraint is unnamed, so the
// database names it; libs_association and mains_association have no key.
#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "sahara_types.h"

namespace dbm::sahara {

namespace {

Column text(std::string name) { return column(std::move(name), types::text()); }
Column json(std::string name) { return column(std::move(name), json_encoded()); }
Column string(std::string name, int length) { return column(std::move(name), types::string(length)); }
Column integer(std::string name) { return column(std::move(name), types::integer()); }
const std::vector<std::string> kNameTenant = {"name", "tenant_id"};

Table jobs() {
  return keyed_table("jobs",
                     {timestamps(), id(), tenant_id(), string("name", 80).not_null(), text("description"),
                      string("type", 80).not_null()},
                     {}, {kNameTenant});
}

Table node_group_templates() {
  return keyed_table("node_group_templates",
                     {timestamps(), id(), string("name", 80).not_null(), text("description"), tenant_id(),
                      string("flavor_id", 36).not_null(), string("image_id", 36), string("plugin_name", 80).not_null(),
                      string("hadoop_version", 80).not_null(), json("node_processes"), json("node_configs"),
                      integer("volumes_per_node").not_null(), integer("volumes_size"),
                      string("volume_mount_prefix", 80), string("floating_ip_pool", 36)},
                     {}, {kNameTenant});
}

Table cluster_templates() {
  return keyed_table(
      "cluster_templates",
      {timestamps(), id(), string("name", 80).not_null(), text("description"), json("cluster_configs"),
       string("default_image_id", 36), json("anti_affinity"), tenant_id(), string("neutron_management_network", 36),
       string("plugin_name", 80).not_null(), string("hadoop_version", 80).not_null()},
      {}, {kNameTenant});
}

Table job_binary_internal() {
  return keyed_table("job_binary_internal",
                     {timestamps(), id(), tenant_id(), string("name", 80).not_null(), column("data", large_binary()),
                      column("datasize", types::big_integer())},
                     {}, {kNameTenant});
}

Table job_binaries() {
  return keyed_table("job_binaries",
                     {timestamps(), id(), tenant_id(), string("name", 80).not_null(), text("description"),
                      string("url", 256).not_null(), json("extra")},
                     {}, {kNameTenant});
}

Table data_sources() {
  return keyed_table("data_sources",
                     {timestamps(), id(), tenant_id(), string("name", 80).not_null(), text("description"),
                      string("type", 80).not_null(), string("url", 256).not_null(), json("credentials")},
                     {}, {kNameTenant});
}

/// libs_association and mains_association: a job's binaries, no key of their own.
Table association(std::string name) {
  Table t = keyed_table(std::move(name), {string("Job_id", 36), string("JobBinary_id", 36)},
                        {foreign_key("JobBinary_id", "job_binaries"), foreign_key("Job_id", "jobs")});
  t.primary_key = {};
  return t;
}

Table clusters() {
  return keyed_table(
      "clusters",
      {timestamps(), id(), string("name", 80).not_null(), text("description"), tenant_id(), string("trust_id", 36),
       column("is_transient", types::boolean()), string("plugin_name", 80).not_null(),
       string("hadoop_version", 80).not_null(), json("cluster_configs"), string("default_image_id", 36),
       string("neutron_management_network", 36), json("anti_affinity"), text("management_private_key").not_null(),
       text("management_public_key").not_null(), string("user_keypair_id", 80), string("status", 80),
       string("status_description", 200), json("info"), json("extra"), string("cluster_template_id", 36)},
      {foreign_key("cluster_template_id", "cluster_templates")}, {kNameTenant});
}

Table templates_relations() {
  return keyed_table(
      "templates_relations",
      {timestamps(), id(), tenant_id(), string("name", 80).not_null(), string("flavor_id", 36).not_null(),
       string("image_id", 36), json("node_processes"), json("node_configs"), integer("volumes_per_node"),
       integer("volumes_size"), string("volume_mount_prefix", 80), integer("count").not_null(),
       string("cluster_template_id", 36), string("node_group_template_id", 36), string("floating_ip_pool", 36)},
      {foreign_key("cluster_template_id", "cluster_templates"),
       foreign_key("node_group_template_id", "node_group_templates")});
}

Table job_executions() {
  return keyed_table(
      "job_executions",
      {timestamps(), id(), tenant_id(), string("job_id", 36), string("input_id", 36), string("output_id", 36),
       column("start_time", types::date_time()), column("end_time", types::date_time()), string("cluster_id", 36),
       json("info"), column("progress", types::floating()), string("oozie_job_id", 100), string("return_code", 80),
       json("job_configs"), json("extra")},
      {foreign_key("cluster_id", "clusters"), foreign_key("input_id", "data_sources"), foreign_key("job_id", "jobs"),
       foreign_key("output_id", "data_sources")});
}

Table node_groups() {
  return keyed_table(
      "node_groups",
      {timestamps(), id(), string("name", 80).not_null(), tenant_id(), string("flavor_id", 36).not_null(),
       string("image_id", 36), string("image_username", 36), json("node_processes"), json("node_configs"),
       integer("volumes_per_node"), integer("volumes_size"), string("volume_mount_prefix", 80),
       integer("count").not_null(), string("cluster_id", 36), string("node_group_template_id", 36),
       string("floating_ip_pool", 36)},
      {foreign_key("cluster_id", "clusters"), foreign_key("node_group_template_id", "node_group_templates")},
      {{"name", "cluster_id"}});
}

Table instances() {
  return keyed_table(
      "instances",
      {timestamps(), id(), tenant_id(), string("node_group_id", 36), string("instance_id", 36),
       string("instance_name", 80).not_null(), string("internal_ip", 15), string("management_ip", 15), json("volumes")},
      {foreign_key("node_group_id", "node_groups")}, {{"instance_id", "node_group_id"}});
}

void upgrade(Operations& op) {
  for (Table& table :
       std::vector<Table>{jobs(), node_group_templates(), cluster_templates(), job_binary_internal(), job_binaries(),
                          data_sources(), association("libs_association"), clusters(), templates_relations(),
                          association("mains_association"), job_executions(), node_groups(), instances()}) {
    op.create_table(std::move(table));
  }
}

}  // namespace

DBM_REVISION({
    .id = "001",
    .message = "Icehouse release",
    .create_date = "2014-04-01 20:46:25.783444",
    .upgrade = upgrade,
})

}  // namespace dbm::sahara
