#!/usr/bin/env bash
# The test command: installs what is missing, builds into build/, starts throw-away PostgreSQL
# and MariaDB servers, runs every test with ctest; builds the whole project again with
# AddressSanitizer and UndefinedBehaviorSanitizer into build-asan/ and runs every test there but
# the conformance and exhaustive ones against the same servers (DBM_SANITIZED_SUITE=0 skips it); builds the Debian packages and
# tests them installed in a scratch root (scripts/test-packages.sh; DBM_PACKAGE_TESTS=0 skips
# it); always removes the servers afterwards; then fuzzes for a bounded time (scripts/fuzz.sh:
# build-fuzz/, DBM_FUZZ_SECONDS per target, default 30; 0 skips it). Extra arguments go to both
# ctest runs (e.g. `scripts/test.sh -R e2e`).
# Exit code: the first failing step's (ctest, the sanitized ctest, the packages, the fuzz run),
# else 0.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib/packages.sh
source "$root/scripts/lib/packages.sh"
# shellcheck source=scripts/lib/build.sh
source "$root/scripts/lib/build.sh"

dbm_ensure_packages "${DBM_BUILD_PACKAGES[@]}" "${DBM_TEST_PACKAGES[@]}" "${DBM_FUZZ_PACKAGES[@]}" \
  "${DBM_PACKAGING_PACKAGES[@]}"
# Warnings are errors here: this is the CI and developer build (see CMakeLists.txt, DBM_WERROR).
dbm_build "$root" -DDBM_WERROR=ON

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

# The sanitized suite: every target (plugins and driver modules too, so the
# build tag the loader checks agrees), the same tests except those labelled
# `conformance` (each step of every tree against real Alembic's dumps) and
# `exhaustive` (the crash matrix, every kill point; the data-bearing walk,
# every step of every tree): the code paths of the other e2e tests again, at
# three quarters of the sanitized run's time, which the 60-minute CI bound cannot
# spare. Any report stops the process that made it with a non-zero status, so
# the test that ran it fails.
if [[ ${DBM_SANITIZED_SUITE:-1} != 0 ]]; then
  asan_rc=0
  dbm_build_in "$root" "$root/build-asan" -DDBM_WERROR=ON -DDBM_SANITIZE=ON || asan_rc=$?
  if ((asan_rc == 0)); then
    ASAN_OPTIONS=halt_on_error=1:abort_on_error=0:detect_leaks=1:detect_stack_use_after_return=1 \
      UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
      ctest --test-dir "$root/build-asan" --output-on-failure --no-tests=error -j2 -LE 'conformance|exhaustive' "$@" </dev/null ||
      asan_rc=$?
  fi
  ((rc != 0)) || rc=$asan_rc
fi

# The Debian packages: built, linted and tested installed in a scratch root, against the same
# servers (DBM_PACKAGE_TESTS=0 skips it).
if [[ ${DBM_PACKAGE_TESTS:-1} != 0 ]]; then
  package_rc=0
  "$root/scripts/test-packages.sh" </dev/null || package_rc=$?
  ((rc != 0)) || rc=$package_rc
fi

fuzz_seconds=${DBM_FUZZ_SECONDS:-30}
if [[ $fuzz_seconds != 0 ]]; then
  fuzz_rc=0
  "$root/scripts/fuzz.sh" "$fuzz_seconds" </dev/null || fuzz_rc=$?
  ((rc != 0)) || rc=$fuzz_rc
fi
exit "$rc"
