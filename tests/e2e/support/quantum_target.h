// A quantum deployment for one test, as quantum-db-manage's README sets one
// up: a scratch database, quantum.conf naming the core plugin (and the quota
// driver), and the plugin's config.ini holding [DATABASE] sql_connection;
// every command gets both files. The nine core-plugin configurations the
// reference data covers are listed here, by the names its folders use.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "support/run_db_manage.h"
#include "support/scratch_target.h"

namespace dbm::e2e {

/// One configuration of the quantum tree: the reference data's folder name,
/// `[DEFAULT] core_plugin` and `[QUOTAS] quota_driver` (empty: unset).
struct QuantumConfiguration {
  std::string name;
  std::string core_plugin;
  std::string quota_driver{};
};

/// ovs, ovs_dbquota, nec, lbr, ryu, meta, nvp, bigswitch, cisco.
const std::vector<QuantumConfiguration>& quantum_configurations();
const QuantumConfiguration& quantum_configuration(const std::string& name);

class QuantumTarget {
 public:
  /// Fails the test (throws) when the dialect's server is not available.
  QuantumTarget(const QuantumConfiguration& configuration, const std::string& dialect);

  /// `quantum-db-manage --config-file quantum.conf --config-file config.ini ARGS...`
  RunResult run(const std::vector<std::string>& args) const;

  const ScratchTarget& database() const { return target_; }
  const std::filesystem::path& quantum_conf() const { return quantum_conf_; }
  const std::filesystem::path& plugin_ini() const { return plugin_ini_; }

 private:
  ScratchTarget target_;
  std::filesystem::path quantum_conf_;
  std::filesystem::path plugin_ini_;
};

}  // namespace dbm::e2e
