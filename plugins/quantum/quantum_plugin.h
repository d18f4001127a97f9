// The quantum plugin's entry point inside the library, shared by the exported
// entry (entry.cpp) and the plugin's tests.
#pragma once

#include <dbm/plugin.h>

namespace dbm::quantum {

/// The plugin, built once on first use.
const Plugin& plugin();

}  // namespace dbm::quantum
