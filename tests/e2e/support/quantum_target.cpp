#include "support/quantum_target.h"

#include <stdexcept>

namespace dbm::e2e {

namespace {

constexpr const char* kDatabaseQuotaDriver = "quantum.extensions._quotav2_driver.DbQuotaDriver";
constexpr const char* kOpenvswitch = "quantum.plugins.openvswitch.ovs_quantum_plugin.OVSQuantumPluginV2";


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
    : target_(dialect, "unused.conf") {
  std::string quantum = "[DEFAULT]\ncore_plugin = " + configuration.core_plugin + "\n";
  if (!configuration.quota_driver.empty()) quantum += "\n[QUOTAS]\nquota_driver = " + configuration.quota_driver + "\n";
  quantum_conf_ = target_.dir().write_file("quantum.conf", quantum);
  plugin_ini_ = target_.dir().write_file("config.ini", "[DATABASE]\nsql_connection = " + target_.url() + "\n");
}

RunResult QuantumTarget::run(const std::vector<std::string>& args) const {
  return run_service_tool("quantum", {quantum_conf_, plugin_ini_}, args);
}

}  // namespace dbm::e2e
