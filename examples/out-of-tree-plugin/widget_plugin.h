// The widget plugin, assembled once (plugin.cpp).
#pragma once

#include <dbm/plugin.h>

namespace dbm::widget {

/// Built on first call and kept for the life of the process.
const Plugin& plugin();

}  // namespace dbm::widget
