#include "support/quantum_target.h"

#include <fstream>
#include <stdexcept>

namespace dbm::e2e {

namespace {

constexpr const char* kDatabaseQuotaDriver = "quantum.extensions._quotav2_driver.DbQuotaDriver";
constexpr const char* kOpenvswitch = "quantum.plugins.openvswitch.ovs_quantum_plugin.OVSQuantumPluginV2";

void write_file(const std::filesystem::path& path, const std::string& text) {
  std::ofstream out(path);
  out << text;
  if (!out.flush()) throw std::runtime_error("cannot write " + path.string());
}

}  // namespace

const std::vector<QuantumConfiguration>& quantum_configurations() {
  static const std::vector<QuantumConfiguration> all = {
      {"ovs", kOpenvswitch},
      {"ovs_dbquota", kOpenvswitch, kDatabaseQuotaDriver},
      {"nec", "quantum.plugins.nec.nec_plugin.NECPluginV2"},
      {"lbr", "quantum.plugins.linuxbridge.lb_quantum_plugin.LinuxBridgePluginV2"},
      {"ryu", "quantum.plugins.ryu.ryu_quantum_plugin.RyuQuantumPluginV2"},
      {"meta", "quantum.plugins.metaplugin.meta_quantum_plugin.MetaPluginV2"},
      {"nvp", "quantum.plugins.nicira.nicira_nvp_plugin.QuantumPlugin.NvpPluginV2"},
      {"bigswitch", "quantum.plugins.bigswitch.plugin.QuantumRestProxyV2"},
      {"cisco", "quantum.plugins.cisco.network_plugin.PluginV2"},
  };
  return all;
}

const QuantumConfiguration& quantum_configuration(const std::string& name) {
  for (const auto& configuration : quantum_configurations()) {
    if (configuration.name == name) return configuration;
  }
  throw std::invalid_argument("no quantum configuration named " + name);
}

QuantumTarget::QuantumTarget(const QuantumConfiguration& configuration, const std::string& dialect)
    : target_(dialect, "unused.conf"),
      quantum_conf_(target_.dir().path() / "quantum.conf"),
      plugin_ini_(target_.dir().path() / "config.ini") {
  std::string quantum = "[DEFAULT]\ncore_plugin = " + configuration.core_plugin + "\n";
  if (!configuration.quota_driver.empty()) quantum += "\n[QUOTAS]\nquota_driver = " + configuration.quota_driver + "\n";
  write_file(quantum_conf_, quantum);
  write_file(plugin_ini_, "[DATABASE]\nsql_connection = " + target_.url() + "\n");
}

RunResult QuantumTarget::run(const std::vector<std::string>& args) const {
  std::vector<std::string> full{"--config-file", quantum_conf_.string(), "--config-file", plugin_ini_.string()};
  full.insert(full.end(), args.begin(), args.end());
  RunOptions options;
  options.program = "quantum-db-manage";
  options.unset_env = {"DB_MANAGE_PLUGIN_PATH"};
  return run_db_manage(full, options);
}

}  // namespace dbm::e2e
