# shellcheck shell=bash
# shellcheck disable=SC2154  # runs, pg_admin, pg_base: set by the sourcing script (see below)
# Helpers shared by the benchmarks (run_bench.sh, tacker_bench.sh). Sourced, not run.
# The sourcing script sets, before calling them:
#   runs       timed runs per cell (RUNS)
#   pg_admin   URL of the PostgreSQL server's `postgres` database (for fresh_pg)
#   pg_base    that URL without its /postgres (for fresh_pg)

# bench_start_servers NAME — a scratch directory `work`, throw-away PostgreSQL and MariaDB
# servers started like the test command's (their own directory: the server users need it),
# both removed on exit; sets DBM_TEST_*_URL, pg_admin and pg_base. Needs `root`.
bench_start_servers() {
  work=$(mktemp -d "${TMPDIR:-/tmp}/$1.XXXXXX")
  servers=$(mktemp -d "${TMPDIR:-/tmp}/$1-servers.XXXXXX")
  # shellcheck disable=SC2317  # reached through the EXIT trap
  cleanup() {
    "$root/scripts/test-servers.sh" stop "$servers" >/dev/null 2>&1 || true
    rm -rf "$work" "$servers"
  }
  trap cleanup EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  local exports
  exports=$("$root/scripts/test-servers.sh" start "$servers" 2>"$work/servers.log") ||
    { cat "$work/servers.log" >&2; exit 1; }
  eval "$exports"
  pg_admin=$DBM_TEST_POSTGRES_URL
  export PGOPTIONS="-c client_min_messages=warning"  # no NOTICE for DROP DATABASE IF EXISTS
  pg_base=${pg_admin%/postgres}
}

# fresh_pg NAME — an empty PostgreSQL database NAME; prints its URL.
fresh_pg() {
  psql -q "$pg_admin" -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1" >/dev/null
  printf '%s/%s\n' "$pg_base" "$1"
}

# timed OUT_PREFIX SETUP -- CMD... — runs SETUP (untimed, may be ":") then CMD, COUNT times
# (default RUNS); appends to OUT_PREFIX.times (seconds, one per run) and OUT_PREFIX.rss (KB).
timed() {
  local prefix=$1 setup=$2 count=${COUNT:-$runs}
  shift 3
  local i start end
  for ((i = 0; i < count; i++)); do
    eval "$setup"
    start=$EPOCHREALTIME
    /usr/bin/time -f '%M' -o "$prefix.rss.one" "$@" >/dev/null 2>"$prefix.err" ||
      { echo "bench: failed: $* (see below)" >&2; tail -5 "$prefix.err" >&2; return 1; }
    end=$EPOCHREALTIME
    awk -v a="$end" -v b="$start" 'BEGIN { printf "%.6f\n", a - b }' >>"$prefix.times"
    cat "$prefix.rss.one" >>"$prefix.rss"
  done
}

# interleaved FN — calls FN, which times each column of a row once (COUNT=1), RUNS times: the
# columns take turns, so a machine that drifts during the row weighs on each of them alike and
# the ratios stay honest.
interleaved() {
  local r
  for ((r = 0; r < runs; r++)); do COUNT=1 "$1"; done
}

median() { sort -g "$1" | awk '{a[NR]=$1} END {printf "%.3f", (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
peak_mb() { sort -g "$1" | tail -1 | awk '{printf "%.0f", $1 / 1024}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else printf "-" }'; }
