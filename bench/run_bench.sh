#!/usr/bin/env bash
# The migration benchmark: db-manage against real Alembic 1.8 (Debian's python3-alembic, on the
# identical tree make_alembic_tree.py writes) and against the raw-SQL floor (the same statements,
# one transaction, run by sqlite3 / psql), on the workload of bench/workload.md.
#
#   bench/run_bench.sh [N ...]      default N: 100 1000 (add 10000 for the big run)
#   RUNS=5 bench/run_bench.sh       timed runs per cell (median reported; default 5); the columns
#                                   of an upgrade/downgrade row take turns run by run
#   READ_RUNS=11                    runs of the read-only commands (heads, history, current), which
#                                   take milliseconds, so one slow run at N=10000 (RUNS=1) does not
#                                   make the figure; Alembic's `current` keeps RUNS (82 s a run there)
#
# Every figure is a whole process, wall clock, median of RUNS; memory is the highest peak RSS
# over the runs. Starts throw-away PostgreSQL and MariaDB servers like the test command and
# removes them on exit. Prints a Markdown table.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib/packages.sh
source "$root/scripts/lib/packages.sh"
# shellcheck source=scripts/lib/build.sh
source "$root/scripts/lib/build.sh"
# shellcheck source=bench/lib.sh
source "$root/bench/lib.sh"

sizes=("$@")
((${#sizes[@]})) || sizes=(100 1000)
runs=${RUNS:-5}
read_runs=${READ_RUNS:-$((runs > 11 ? runs : 11))}

dbm_ensure_packages "${DBM_BUILD_PACKAGES[@]}" "${DBM_TEST_PACKAGES[@]}" time
dbm_build "$root" >/dev/null

bench_start_servers dbm-bench

ours_bin=$root/build/bin/db-manage
make_tree=$root/bench/make_alembic_tree.py

# pg_table_count URL — tables in the public schema.
pg_table_count() {
  psql -qtA "$1" -c "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
}

rows=()
# row N WHAT OURS_PREFIX ALEMBIC_PREFIX FLOOR_PREFIX (a prefix may be "-")
row() {
  local n=$1 what=$2 ours=$3 alembic=$4 floor=$5
  local o a f om am
  o=$(median "$ours.times")
  om=$(peak_mb "$ours.rss")
  a=-
  am=-
  f=-
  [[ $alembic != - ]] && a=$(median "$alembic.times") && am=$(peak_mb "$alembic.rss")
  [[ $floor != - ]] && f=$(median "$floor.times")
  rows+=("| $n | $what | $o | $a | $f | $( [[ $f != - ]] && ratio "$o" "$f" || echo -) | $( [[ $a != - ]] && ratio "$a" "$o" || echo -) | $om | $am |")
}

for n in "${sizes[@]}"; do
  dir=$work/n$n
  mkdir -p "$dir"
  export DBM_BENCH_REVISIONS=$n
  /usr/bin/python3 "$make_tree" "$n" "$dir/alembic" >/dev/null
  alembic=(/usr/bin/python3 -m alembic -c "$dir/alembic/alembic.ini")
  lite=$dir/ours.sqlite
  printf '[database]\nconnection = sqlite:///%s\n' "$lite" >"$dir/sqlite.conf"
  ours=("$ours_bin" -q --plugin-dir "$root/build/bench/plugins" --project bench)
  ours_lite=("${ours[@]}" --config-file "$dir/sqlite.conf")
  per_migration=()
  alembic_per_migration=()
  if ((n >= 10000)); then
    # One PostgreSQL transaction cannot hold the locks of ~3334 new tables: see below.
    per_migration=(--transaction-per-migration)
    alembic_per_migration=(-x per_migration=1)
  fi

  echo "bench: N=$n" >&2
  # The floor's statements: Alembic's own offline scripts (identical to ours, byte for byte).
  "${alembic[@]}" -x url="sqlite:///$dir/unused.sqlite" upgrade head --sql 2>/dev/null >"$dir/up.sqlite.sql"
  { echo "BEGIN;"; cat "$dir/up.sqlite.sql"; echo "COMMIT;"; } >"$dir/up.sqlite.tx.sql"
  "${alembic[@]}" -x url="$pg_base/unused" "${alembic_per_migration[@]}" upgrade head --sql 2>/dev/null >"$dir/up.pg.sql"

  # Read-only commands over the tree.
  COUNT=$read_runs timed "$dir/heads.ours" ":" -- "${ours_lite[@]}" heads
  COUNT=$read_runs timed "$dir/heads.alembic" ":" -- "${alembic[@]}" heads
  row "$n" heads "$dir/heads.ours" "$dir/heads.alembic" -
  COUNT=$read_runs timed "$dir/history.ours" ":" -- "${ours_lite[@]}" history
  COUNT=$read_runs timed "$dir/history.alembic" ":" -- "${alembic[@]}" history
  row "$n" history "$dir/history.ours" "$dir/history.alembic" -

  # upgrade head on a fresh SQLite file.
  up_lite_round() {
    timed "$dir/up_lite.ours" "rm -f '$lite'" -- "${ours_lite[@]}" upgrade head
    timed "$dir/up_lite.alembic" "rm -f '$dir/alembic.sqlite'" -- \
      "${alembic[@]}" -x url="sqlite:///$dir/alembic.sqlite" upgrade head
    timed "$dir/up_lite.floor" "rm -f '$dir/floor.sqlite'" -- \
      sh -c 'exec sqlite3 "$0" < "$1"' "$dir/floor.sqlite" "$dir/up.sqlite.tx.sql"
  }
  interleaved up_lite_round
  row "$n" "upgrade head, SQLite" "$dir/up_lite.ours" "$dir/up_lite.alembic" "$dir/up_lite.floor"

  COUNT=$read_runs timed "$dir/current.ours" ":" -- "${ours_lite[@]}" current
  timed "$dir/current.alembic" ":" -- "${alembic[@]}" -x url="sqlite:///$dir/alembic.sqlite" current
  row "$n" "current, SQLite" "$dir/current.ours" "$dir/current.alembic" -

  if ((n <= 1000)); then
    "${alembic[@]}" -x url="sqlite:///$dir/unused.sqlite" downgrade head:base --sql 2>/dev/null >"$dir/down.sqlite.sql"
    { echo "BEGIN;"; cat "$dir/down.sqlite.sql"; echo "COMMIT;"; } >"$dir/down.sqlite.tx.sql"
    cp "$lite" "$dir/at_head.sqlite"
    down_lite_round() {
      timed "$dir/down_lite.ours" "cp '$dir/at_head.sqlite' '$lite'" -- "${ours_lite[@]}" downgrade base
      timed "$dir/down_lite.alembic" "cp '$dir/at_head.sqlite' '$dir/alembic.sqlite'" -- \
        "${alembic[@]}" -x url="sqlite:///$dir/alembic.sqlite" downgrade base
      timed "$dir/down_lite.floor" "cp '$dir/at_head.sqlite' '$dir/floor.sqlite'" -- \
        sh -c 'exec sqlite3 "$0" < "$1"' "$dir/floor.sqlite" "$dir/down.sqlite.tx.sql"
    }
    interleaved down_lite_round
    row "$n" "downgrade base, SQLite" "$dir/down_lite.ours" "$dir/down_lite.alembic" "$dir/down_lite.floor"
  fi

  # upgrade head on a fresh PostgreSQL database.
  printf '[database]\nconnection = %s/bench_ours\n' "$pg_base" >"$dir/pg.conf"
  up_pg_round() {
    timed "$dir/up_pg.ours" "fresh_pg bench_ours >/dev/null" -- \
      "${ours[@]}" --config-file "$dir/pg.conf" upgrade head "${per_migration[@]}"
    timed "$dir/up_pg.alembic" "fresh_pg bench_alembic >/dev/null" -- \
      "${alembic[@]}" -x url="$pg_base/bench_alembic" "${alembic_per_migration[@]}" upgrade head
    timed "$dir/up_pg.floor" "fresh_pg bench_floor >/dev/null" -- \
      psql -q -v ON_ERROR_STOP=1 "$pg_base/bench_floor" -f "$dir/up.pg.sql"
  }
  interleaved up_pg_round
  label="upgrade head, PostgreSQL"
  ((n >= 10000)) && label="$label (per migration)"
  row "$n" "$label" "$dir/up_pg.ours" "$dir/up_pg.alembic" "$dir/up_pg.floor"

  if ((n >= 10000)); then
    # The default single transaction must fail cleanly: the server's lock table is too small.
    url=$(fresh_pg bench_single)
    printf '[database]\nconnection = %s\n' "$url" >"$dir/single.conf"
    if "${ours[@]}" --config-file "$dir/single.conf" upgrade head 2>"$dir/single.err"; then
      single="unexpectedly succeeded"
    else
      single="failed as expected; tables left: $(pg_table_count "$url"); message: $(cut -c1-400 "$dir/single.err")"
    fi
  fi
done

cat <<EOF

db-manage benchmark — $(date -u +%Y-%m-%d), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(free -g | awk '/Mem:/ {print $2}') GB RAM, $(. /etc/os-release && echo "$PRETTY_NAME"); median of $runs runs ($read_runs for heads, history and db-manage's current), seconds

| N | command | db-manage | Alembic 1.8.1 | raw-SQL floor | db-manage / floor | Alembic / db-manage | db-manage peak MB | Alembic peak MB |
|---|---|---|---|---|---|---|---|---|
EOF
printf '%s\n' "${rows[@]}"
if [[ -n ${single:-} ]]; then
  printf '\nN=10000, PostgreSQL, default single transaction: %s\n' "$single"
fi
