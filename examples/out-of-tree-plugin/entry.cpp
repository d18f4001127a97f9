// The one symbol the widget plugin library exports (DBM_PLUGIN): the C record
// the host checks before it touches anything else. "0.1.0" is the plugin's
// own version; `plugins` and `--version`-style listings show it.
#include <dbm/entry.h>

#include "widget_plugin.h"

DBM_PLUGIN("widget", "0.1.0", dbm::widget::plugin)
