// The sahara schema at head as the service's ORM models declare it, for
// autogenerate and for checking a database against the code. Ported (facts
// only) from openstack/sahara tag 16.0.0 (commit 02235e6c, the version of
// Debian's python3-sahara 16.0.0 whose revisions this plugin carries):
// sahara/db/sqlalchemy/models.py, with the columns of model_base.py (oslo.db's
// ModelBase + TimestampMixin) and the column types of types.py. Tables are in
// the order models.py declares them, columns in each model's order.
//
// Where the models and the migrations (001 … 035) disagree:
// - Every column, type, length, nullability, foreign key and unique
//   constraint is the same. Neither side has a server default, an index of its
//   own, a named constraint or an ON DELETE.
// - The key: the models flag `id` as the primary key; the revisions declare
//   `id` NOT NULL and a separate PRIMARY KEY (id). Same key in the database.
// - MySQL table options: the models declare none; the revisions create every
//   table but plugin_data (031) with ENGINE=InnoDB and CHARSET=utf8.
// - Declaration order only, which shows in names MySQL chooses itself:
//   job_interface_arguments declares its unique pairs (job_id, name) then
//   (job_id, order), revision 022 the other way round (so MySQL's `job_id` /
//   `job_id_2` would swap); libs_association, mains_association and
//   job_executions declare their foreign keys in another order than 001 (so
//   MySQL's <table>_ibfk_N numbering would differ); columns the revisions add
//   later come last in the database but in place in the models.
// Client-side defaults (uuid ids, timestamps, is_transient, use_autoconfig,
// boot_from_volume, is_default, anti_affinity_ratio) are not schema and are
// not ported. Knows no revision.
#include "sahara_plugin.h"

#include "sahara_types.h"

namespace dbm::sahara {

namespace {

// Every model: TimestampMixin's created_at / updated_at, then a String(36) id
// flagged primary_key=True (its uuid default is client-side).
Table model(std::string name, std::vector<Column> columns, std::vector<ForeignKey> foreign_keys = {},
            std::vector<std::vector<std::string>> unique = {}) {
  Table t = table(std::move(name), {timestamps(), primary_key_id(), std::move(columns)});
  t.foreign_keys = std::move(foreign_keys);
  for (auto& key_columns : unique) t.unique_constraints.push_back({.columns = std::move(key_columns)});
  return t;
}

Column string(std::string name, int length) { return column(std::move(name), types::string(length)); }
Column text(std::string name) { return column(std::move(name), types::text()); }
Column integer(std::string name) { return column(std::move(name), types::integer()); }
Column boolean(std::string name) { return column(std::move(name), types::boolean()); }
// JsonDictType / JsonListType: JSON kept in TEXT, as the revisions create them.
Column json(std::string name) { return column(std::move(name), json_encoded()); }

const std::vector<std::string> kNameTenant = {"name", "tenant_id"};

Table clusters() {
  return model("clusters",
               {string("name", 80).not_null(),
                text("description"),
                tenant_id(),
                string("trust_id", 36),
                boolean("is_transient"),
                string("plugin_name", 80).not_null(),
                string("hadoop_version", 80).not_null(),
                json("cluster_configs"),
                string("default_image_id", 36),
                string("neutron_management_network", 36),
                json("anti_affinity"),
                integer("anti_affinity_ratio"),
                text("management_private_key").not_null(),
                text("management_public_key").not_null(),
                string("user_keypair_id", 80),
                string("status", 80),
                column("status_description", long_text()),
                json("info"),
                json("extra"),
                json("rollback_info"),
                json("sahara_info"),
                boolean("use_autoconfig"),
                string("cluster_template_id", 36),
                json("shares"),
                boolean("is_public"),
                boolean("is_protected"),
                string("domain_name", 255)},
               {foreign_key("cluster_template_id", "cluster_templates")}, {kNameTenant});
}

Table node_groups() {
  return model("node_groups",
               {string("name", 80).not_null(),
                tenant_id(),
                string("flavor_id", 36).not_null(),
                string("image_id", 36),
                string("image_username", 36),
                json("node_processes"),
                json("node_configs"),
                integer("volumes_per_node"),
                integer("volumes_size"),
                string("volumes_availability_zone", 255),
                string("volume_mount_prefix", 80),
                string("volume_type", 255),
                boolean("boot_from_volume").not_null(),
                string("boot_volume_type", 255),
                string("boot_volume_availability_zone", 255),
                boolean("boot_volume_local_to_instance"),
                integer("count").not_null(),
                boolean("use_autoconfig"),
                string("cluster_id", 36),
                string("node_group_template_id", 36),
                string("floating_ip_pool", 36),
                json("security_groups"),
                boolean("auto_security_group"),
                string("availability_zone", 255),
                json("open_ports"),
                boolean("is_proxy_gateway"),
                boolean("volume_local_to_instance"),
                json("shares")},
               {foreign_key("cluster_id", "clusters"), foreign_key("node_group_template_id", "node_group_templates")},
               {{"name", "cluster_id"}});
}

Table instances() {
  return model("instances",
               {tenant_id(),
                string("node_group_id", 36),
                string("instance_id", 36),
                string("instance_name", 80).not_null(),
                string("internal_ip", 45),
                string("management_ip", 45),
                json("volumes"),
                integer("storage_devices_number"),
                string("dns_hostname", 255)},
               {foreign_key("node_group_id", "node_groups")}, {{"instance_id", "node_group_id"}});
}

Table cluster_templates() {
  return model("cluster_templates",
               {string("name", 80).not_null(),
                text("description"),
                json("cluster_configs"),
                string("default_image_id", 36),
                json("anti_affinity"),
                tenant_id(),
                string("neutron_management_network", 36),
                string("plugin_name", 80).not_null(),
                string("hadoop_version", 80).not_null(),
                boolean("is_default"),
                boolean("use_autoconfig"),
                json("shares"),
                boolean("is_public"),
                boolean("is_protected"),
                string("domain_name", 255)},
               {}, {kNameTenant});
}

Table node_group_templates() {
  return model("node_group_templates",
               {string("name", 80).not_null(),
                text("description"),
                tenant_id(),
                string("flavor_id", 36).not_null(),
                string("image_id", 36),
                string("plugin_name", 80).not_null(),
                string("hadoop_version", 80).not_null(),
                json("node_processes"),
                json("node_configs"),
                integer("volumes_per_node").not_null(),
                integer("volumes_size"),
                string("volumes_availability_zone", 255),
                string("volume_mount_prefix", 80),
                string("volume_type", 255),
                boolean("boot_from_volume").not_null(),
                string("boot_volume_type", 255),
                string("boot_volume_availability_zone", 255),
                boolean("boot_volume_local_to_instance"),
                string("floating_ip_pool", 36),
                json("security_groups"),
                boolean("auto_security_group"),
                string("availability_zone", 255),
                boolean("is_proxy_gateway"),
                boolean("volume_local_to_instance"),
                boolean("is_default"),
                boolean("use_autoconfig"),
                json("shares"),
                boolean("is_public"),
                boolean("is_protected")},
               {}, {kNameTenant});
}

Table templates_relations() {
  return model("templates_relations",
               {tenant_id(),
                string("name", 80).not_null(),
                string("flavor_id", 36).not_null(),
                string("image_id", 36),
                json("node_processes"),
                json("node_configs"),
                integer("volumes_per_node"),
                integer("volumes_size"),
                string("volumes_availability_zone", 255),
                string("volume_mount_prefix", 80),
                string("volume_type", 255),
                boolean("boot_from_volume").not_null(),
                string("boot_volume_type", 255),
                string("boot_volume_availability_zone", 255),
                boolean("boot_volume_local_to_instance"),
                integer("count").not_null(),
                boolean("use_autoconfig"),
                string("cluster_template_id", 36),
                string("node_group_template_id", 36),
                string("floating_ip_pool", 36),
                json("security_groups"),
                boolean("auto_security_group"),
                string("availability_zone", 255),
                boolean("is_proxy_gateway"),
                boolean("volume_local_to_instance"),
                json("shares")},
               {foreign_key("cluster_template_id", "cluster_templates"),
                foreign_key("node_group_template_id", "node_group_templates")});
}

Table data_sources() {
  return model("data_sources",
               {tenant_id(),
                string("name", 80).not_null(),
                text("description"),
                string("type", 80).not_null(),
                string("url", 256).not_null(),
                json("credentials"),
                boolean("is_public"),
                boolean("is_protected")},
               {}, {kNameTenant});
}

Table job_executions() {
  return model("job_executions",
               {tenant_id(),
                string("job_id", 36),
                string("input_id", 36),
                string("output_id", 36),
                column("start_time", types::date_time()),
                column("end_time", types::date_time()),
                string("cluster_id", 36),
                json("info"),
                string("engine_job_id", 100),
                string("return_code", 80),
                json("job_configs"),
                json("extra"),
                json("data_source_urls"),
                boolean("is_public"),
                boolean("is_protected")},
               {foreign_key("job_id", "jobs"), foreign_key("input_id", "data_sources"),
                foreign_key("output_id", "data_sources"), foreign_key("cluster_id", "clusters")});
}

// mains_association / libs_association: plain tables (no model class, so no
// timestamps and no key), a job's binaries.
Table association(std::string name) {
  Table t = table(std::move(name), {string("Job_id", 36), string("JobBinary_id", 36)});
  t.foreign_keys = {foreign_key("Job_id", "jobs"), foreign_key("JobBinary_id", "job_binaries")};
  return t;
}

Table jobs() {
  return model("jobs",
               {tenant_id(),
                string("name", 80).not_null(),
                text("description"),
                string("type", 80).not_null(),
                boolean("is_public"),
                boolean("is_protected")},
               {}, {kNameTenant});
}

Table job_interface_arguments() {
  return model("job_interface_arguments",
               {string("job_id", 36).not_null(),
                tenant_id(),
                string("name", 80).not_null(),
                text("description"),
                string("mapping_type", 80).not_null(),
                text("location").not_null(),
                string("value_type", 80).not_null(),
                boolean("required").not_null(),
                column("order", types::small_integer()).not_null(),
                text("default")},
               {foreign_key("job_id", "jobs")}, {{"job_id", "name"}, {"job_id", "order"}});
}

Table job_binary_internal() {
  return model("job_binary_internal",
               {tenant_id(),
                string("name", 80).not_null(),
                column("data", large_binary()),
                column("datasize", types::big_integer()),
                boolean("is_public"),
                boolean("is_protected")},
               {}, {kNameTenant});
}

Table job_binaries() {
  return model("job_binaries",
               {tenant_id(),
                string("name", 80).not_null(),
                text("description"),
                string("url", 256).not_null(),
                json("extra"),
                boolean("is_public"),
                boolean("is_protected")},
               {}, {kNameTenant});
}

Table cluster_events() {
  return model("cluster_events",
               {string("node_group_id", 36),
                string("instance_id", 36),
                string("instance_name", 80),
                text("event_info"),
                boolean("successful").not_null(),
                string("step_id", 36)},
               {foreign_key("step_id", "cluster_provision_steps")}, {{"id", "step_id"}});
}

Table cluster_provision_steps() {
  return model("cluster_provision_steps",
               {string("cluster_id", 36),
                tenant_id(),
                string("step_name", 80),
                string("step_type", 36),
                integer("total"),
                boolean("successful")},
               {foreign_key("cluster_id", "clusters")}, {{"id", "cluster_id"}});
}

Table cluster_verifications() {
  return model("cluster_verifications", {string("cluster_id", 36), string("status", 15)},
               {foreign_key("cluster_id", "clusters")}, {{"id", "cluster_id"}});
}

Table cluster_health_checks() {
  return model("cluster_health_checks",
               {string("verification_id", 36), string("status", 15), text("description"), string("name", 80)},
               {foreign_key("verification_id", "cluster_verifications")}, {{"id", "verification_id"}});
}

Table plugin_data() {
  return model("plugin_data",
               {tenant_id().not_null(),
                string("name", 15).not_null(),
                json("plugin_labels"),
                json("version_labels")},
               {}, {kNameTenant});
}

}  // namespace

std::vector<Table> models() {
  return {clusters(),
          node_groups(),
          instances(),
          cluster_templates(),
          node_group_templates(),
          templates_relations(),
          data_sources(),
          job_executions(),
          association("mains_association"),
          association("libs_association"),
          jobs(),
          job_interface_arguments(),
          job_binary_internal(),
          job_binaries(),
          cluster_events(),
          cluster_provision_steps(),
          cluster_verifications(),
          cluster_health_checks(),
          plugin_data()};
}

}  // namespace dbm::sahara
