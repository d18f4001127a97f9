// The [DEFAULT] core_plugin values the quantum tree tests for: the class
// paths its revisions list (Revision::runs_for) and folsom's own tables. They
// are compared with exact string equality, as upstream compares them.
#pragma once

namespace dbm::quantum::core_plugin {

inline constexpr char kCisco[] = "quantum.plugins.cisco.network_plugin.PluginV2";
inline constexpr char kLinuxBridge[] = "quantum.plugins.linuxbridge.lb_quantum_plugin.LinuxBridgePluginV2";
inline constexpr char kMeta[] = "quantum.plugins.metaplugin.meta_quantum_plugin.MetaPluginV2";
inline constexpr char kNec[] = "quantum.plugins.nec.nec_plugin.NECPluginV2";
inline constexpr char kOpenVSwitch[] = "quantum.plugins.openvswitch.ovs_quantum_plugin.OVSQuantumPluginV2";
inline constexpr char kRyu[] = "quantum.plugins.ryu.ryu_quantum_plugin.RyuQuantumPluginV2";
/// The NVP plugin's real class path, which the Grizzly revisions list.
inline constexpr char kNvp[] = "quantum.plugins.nicira.nicira_nvp_plugin.QuantumPlugin.NvpPluginV2";
/// What folsom lists for NVP instead: slashes, no class name. No working
/// configuration names it, so the real NVP path gets none of folsom's
/// optional tables; kept verbatim because only this exact string matches.
inline constexpr char kNvpAsFolsomSpellsIt[] = "quantum.plugins.nicira/nicira_nvp_plugin/QuantumPlugin";

}  // namespace dbm::quantum::core_plugin
