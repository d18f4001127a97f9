#!/usr/bin/env bash
# The test command: installs what is missing, builds into build/, starts throw-away PostgreSQL
# and MariaDB servers, runs every test with ctest, and always removes the servers afterwards;
# then fuzzes for a bounded time (scripts/fuzz.sh: build-fuzz/, DBM_FUZZ_SECONDS per target,
# default 30; 0 skips it). Extra arguments go to ctest (e.g. `scripts/test.sh -R e2e`).
# Exit code: ctest's when it failed, else the fuzz run's.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib/packages.sh
source "$root/scripts/lib/packages.sh"
# shellcheck source=scripts/lib/build.sh
source "$root/scripts/lib/build.sh"

dbm_ensure_packages "${DBM_BUILD_PACKAGES[@]}" "${DBM_TEST_PACKAGES[@]}" "${DBM_FUZZ_PACKAGES[@]}"
dbm_build "$root"

servers_dir=$(mktemp -d "${TMPDIR:-/tmp}/dbm-test-servers.XXXXXX")
# shellcheck disable=SC2317  # reached through the EXIT trap
cleanup() {
  "$root/scripts/test-servers.sh" stop "$servers_dir" || true
  rm -rf "$servers_dir"
}
trap cleanup EXIT
# Turn signals into a normal exit so the EXIT trap runs (bash skips it on a fatal signal).
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# An assignment keeps start's exit status, so set -e stops here if a server did not come up.
exports=$("$root/scripts/test-servers.sh" start "$servers_dir")
eval "$exports"

rc=0
ctest --test-dir "$root/build" --output-on-failure --no-tests=error -j2 "$@" </dev/null || rc=$?

fuzz_seconds=${DBM_FUZZ_SECONDS:-30}
if [[ $fuzz_seconds != 0 ]]; then
  fuzz_rc=0
  "$root/scripts/fuzz.sh" "$fuzz_seconds" </dev/null || fuzz_rc=$?
  ((rc != 0)) || rc=$fuzz_rc
fi
exit "$rc"
