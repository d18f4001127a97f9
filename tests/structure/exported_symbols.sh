#!/usr/bin/env bash
# Checks that each plugin library given exports exactly its entry function
# (dbm_plugin_entry_v2): no standard-library instance, typeinfo or Boost
# symbol of the plugin's may stand in for the host's.
set -euo pipefail
status=0
for library in "$@"; do
  exported=$(nm -D --defined-only "$library" | awk '{print $3}')
  if [[ $exported != "dbm_plugin_entry_v2" ]]; then
    echo "FAIL: $library exports:" >&2
    printf '  %s\n' $exported >&2
    status=1
  else
    echo "ok: $library exports dbm_plugin_entry_v2 alone"
  fi
done
exit "$status"
