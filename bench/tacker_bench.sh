#!/usr/bin/env bash
# The tacker benchmark: `tacker-db-manage upgrade head` (db-manage with the tacker plugin) against
# real Alembic 1.8.1 (Debian's python3-alembic) running the UNMODIFIED upstream tacker tree, one
# `upgrade head` on an empty database, on PostgreSQL 15, MariaDB and SQLite (db-manage only:
# upstream's tree cannot be run on SQLite, and the script shows it failing there).
#
#   TACKER_SRC=/path/to/checkout bench/tacker_bench.sh
#   RUNS=5                          timed runs per cell (median reported; default 5); db-manage and
#                                   Alembic take turns run by run
#
# TACKER_SRC is a directory holding upstream's tacker/ at the commit the plugin ports, made
# outside this repository (nothing upstream is copied into it), e.g.:
#   mkdir /tmp/tacker_src
#   git -C /work/.mirror/openstack+tacker/repo archive fea54ab7db0bc62865fbdc03cf8317337b73b3f4 \
#     tacker/__init__.py tacker/db | tar -x -C /tmp/tacker_src
# Alembic runs through tests/fixtures/tacker/alembic_harness.py (alembic.ini and env.py written
# to a temporary directory; the revision files and tacker.db.{migration,types} are read from
# TACKER_SRC at run time). From the mirror here, git archive also prints "error: invalid object …
# cirros-0.5.2-x86_64-disk.img" (a blob outside those paths that the mirror lacks); it exits 0.
#
# Every figure is a whole process, wall clock, median of RUNS, each run on a database emptied
# just before it (untimed); memory is the highest peak RSS over the runs (/usr/bin/time). Each
# column gets one untimed warm-up run per dialect first: Python's bytecode cache (kept under the
# work directory through PYTHONPYCACHEPREFIX, so the checkout is not written to) is then warm,
# as in an installed tacker. Starts throw-away PostgreSQL and MariaDB servers like the test
# command and removes them on exit. Prints a Markdown table.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
head_rev=ca2ad037c320  # tacker's head at fea54ab7 (tests/fixtures/tacker/revisions.json)

if [[ -z ${TACKER_SRC:-} ]]; then
  cat >&2 <<'EOF'
tacker_bench.sh: TACKER_SRC is not set. It must name a checkout of upstream tacker at
fea54ab7db0bc62865fbdc03cf8317337b73b3f4, made outside this repository, e.g.:
  mkdir /tmp/tacker_src
  git -C /work/.mirror/openstack+tacker/repo archive fea54ab7db0bc62865fbdc03cf8317337b73b3f4 \
    tacker/__init__.py tacker/db | tar -x -C /tmp/tacker_src
  TACKER_SRC=/tmp/tacker_src bench/tacker_bench.sh
EOF
  exit 2
fi
if [[ ! -d $TACKER_SRC/tacker/db/migration/alembic_migrations/versions ]]; then
  echo "tacker_bench.sh: TACKER_SRC=$TACKER_SRC holds no tacker/db/migration/alembic_migrations/versions" \
    "(see the top of this script for how to make the checkout)" >&2
  exit 2
fi
tacker_src=$(cd "$TACKER_SRC" && pwd)

# shellcheck source=scripts/lib/packages.sh
source "$root/scripts/lib/packages.sh"
# shellcheck source=scripts/lib/build.sh
source "$root/scripts/lib/build.sh"
# shellcheck source=bench/lib.sh
source "$root/bench/lib.sh"

runs=${RUNS:-5}

dbm_ensure_packages "${DBM_BUILD_PACKAGES[@]}" "${DBM_TEST_PACKAGES[@]}" \
  python3-alembic python3-sqlalchemy python3-psycopg2 python3-pymysql python3-oslo.serialization time
# Only what this benchmark runs, when the build tree is already configured.
if [[ -f $root/build/CMakeCache.txt ]]; then
  cmake --build "$root/build" -j2 --target db-manage dbm_plugin_tacker >/dev/null
else
  dbm_build "$root" >/dev/null
fi

bench_start_servers dbm-tacker-bench
my_base=${DBM_TEST_MYSQL_URL%/mysql}
[[ $DBM_TEST_MYSQL_URL =~ ^[^:]+://([^:]+):([^@]+)@([^:/]+):([0-9]+)/ ]] ||
  { echo "tacker_bench.sh: cannot read $DBM_TEST_MYSQL_URL" >&2; exit 1; }
my_client=(mariadb --no-defaults -N -B -h "${BASH_REMATCH[3]}" -P "${BASH_REMATCH[4]}"
  -u "${BASH_REMATCH[1]}" -p"${BASH_REMATCH[2]}")

# fresh_my NAME — an empty MariaDB database NAME; prints its URL.
fresh_my() {
  "${my_client[@]}" -e "DROP DATABASE IF EXISTS $1; CREATE DATABASE $1"
  printf '%s/%s\n' "$my_base" "$1"
}

# state_pg URL, state_my NAME, state_lite FILE — "<tables> tables at <alembic_version>".
state_pg() {
  psql -qtA "$1" -c "SELECT (SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public')
    || ' tables at ' || (SELECT string_agg(version_num, ',') FROM alembic_version)"
}
state_my() {
  "${my_client[@]}" -e "SELECT CONCAT((SELECT count(*) FROM information_schema.tables WHERE table_schema = '$1'),
    ' tables at ', (SELECT GROUP_CONCAT(version_num) FROM $1.alembic_version))"
}
state_lite() {
  sqlite3 "$1" "SELECT (SELECT count(*) FROM sqlite_master WHERE type = 'table') || ' tables at '
    || (SELECT group_concat(version_num) FROM alembic_version)"
}

# Alembic: one harness per dialect (the URL lives in its alembic.ini); bytecode cached in $work.
export PYTHONPYCACHEPREFIX=$work/pycache
harness=$root/tests/fixtures/tacker/alembic_harness.py
alembic_for() {  # alembic_for DIALECT URL — writes $work/alembic_DIALECT, prints the command line
  /usr/bin/python3 "$harness" "$work/alembic_$1" "$tacker_src" "$2"
}
mapfile -t alembic_pg <<<"$(alembic_for pg "$pg_base/tacker_alembic")"
mapfile -t alembic_my <<<"$(alembic_for my "$my_base/tacker_alembic")"
mapfile -t alembic_lite <<<"$(alembic_for lite "sqlite:///$work/alembic.sqlite")"

# db-manage: the tacker plugin from this build, one config file per dialect.
ours=("$root/build/bin/tacker-db-manage" --plugin-dir "$root/build/plugins")
printf '[database]\nconnection = %s/tacker_ours\n' "$pg_base" >"$work/pg.conf"
printf '[database]\nconnection = %s/tacker_ours\n' "$my_base" >"$work/my.conf"
printf '[database]\nconnection = sqlite:///%s\n' "$work/ours.sqlite" >"$work/lite.conf"

rows=()
checks=()
# row DIALECT OURS_PREFIX ALEMBIC_PREFIX|- [ALEMBIC_CELL]
row() {
  local what=$1 ours_prefix=$2 alembic_prefix=$3 alembic_cell=${4:-}
  local o om a=- am=- r=-
  o=$(median "$ours_prefix.times")
  om=$(peak_mb "$ours_prefix.rss")
  if [[ $alembic_prefix != - ]]; then
    a=$(median "$alembic_prefix.times")
    am=$(peak_mb "$alembic_prefix.rss")
    r=$(ratio "$a" "$o")
  else
    a=$alembic_cell
  fi
  rows+=("| $what | $o | $a | $r | $om | $am |")
}

# check DIALECT OURS_STATE ALEMBIC_STATE|- — what the last timed runs left behind.
check() {
  local line="$1: db-manage $2"
  [[ $3 != - ]] && line+=", Alembic $3"
  if [[ $2 != *" at $head_rev" || ($3 != - && $3 != "$2") ]]; then line+="  <-- MISMATCH"; fi
  checks+=("$line")
}

# PostgreSQL
echo "tacker_bench: PostgreSQL" >&2
pg_version=$(psql -qtA "$pg_admin" -c "SHOW server_version" | awk '{print $1}')
up_pg_round() {
  timed "$work/pg.ours" "fresh_pg tacker_ours >/dev/null" -- "${ours[@]}" --config-file "$work/pg.conf" upgrade head
  timed "$work/pg.alembic" "fresh_pg tacker_alembic >/dev/null" -- "${alembic_pg[@]}" upgrade head
}
runs=1 interleaved up_pg_round  # warm-up, not reported
rm -f "$work"/pg.*.times "$work"/pg.*.rss
interleaved up_pg_round
row "PostgreSQL $pg_version" "$work/pg.ours" "$work/pg.alembic"
check PostgreSQL "$(state_pg "$pg_base/tacker_ours")" "$(state_pg "$pg_base/tacker_alembic")"

# MariaDB
echo "tacker_bench: MariaDB" >&2
my_version=$("${my_client[@]}" -e "SELECT VERSION()" | cut -d- -f1)
up_my_round() {
  timed "$work/my.ours" "fresh_my tacker_ours >/dev/null" -- "${ours[@]}" --config-file "$work/my.conf" upgrade head
  timed "$work/my.alembic" "fresh_my tacker_alembic >/dev/null" -- "${alembic_my[@]}" upgrade head
}
runs=1 interleaved up_my_round
rm -f "$work"/my.*.times "$work"/my.*.rss
interleaved up_my_round
row "MariaDB $my_version" "$work/my.ours" "$work/my.alembic"
check MariaDB "$(state_my tacker_ours)" "$(state_my tacker_alembic)"

# SQLite: db-manage only. Alembic is run once, untimed, to show where upstream's tree fails.
echo "tacker_bench: SQLite" >&2
lite_version=$(sqlite3 --version | awk '{print $1}')
rm -f "$work/alembic.sqlite"
if "${alembic_lite[@]}" upgrade head >/dev/null 2>"$work/lite.alembic.err"; then
  lite_alembic="succeeded (not expected: upstream's tree fails on SQLite; not timed)"
else
  step=$(grep -c 'Running upgrade' "$work/lite.alembic.err" || true)
  failed_rev=$(sed -n 's/.*Running upgrade [0-9a-f]* -> \([0-9a-f]*\).*/\1/p' "$work/lite.alembic.err" | tail -1)
  error=$(grep -m1 '^sqlalchemy\.exc\.' "$work/lite.alembic.err" | sed -e 's/^[^:]*: //' -e 's/^([^)]*) //' -e 's/|/\\|/g')
  lite_alembic="fails at #$step \`$failed_rev\`: $error (upstream's tree cannot do SQLite; not timed)"
fi
up_lite_round() {
  timed "$work/lite.ours" "rm -f '$work/ours.sqlite'" -- "${ours[@]}" --config-file "$work/lite.conf" upgrade head
}
runs=1 interleaved up_lite_round
rm -f "$work"/lite.ours.times "$work"/lite.ours.rss
interleaved up_lite_round
row "SQLite $lite_version" "$work/lite.ours" - "$lite_alembic"
check SQLite "$(state_lite "$work/ours.sqlite")" -

cat <<EOF

tacker benchmark — $(date -u +%Y-%m-%d), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(free -g | awk '/Mem:/ {print $2}') GB RAM, $(. /etc/os-release && echo "$PRETTY_NAME"); \`upgrade head\` of tacker's 72 revisions (fea54ab7) on an empty database, whole process, median of $runs runs after one warm-up, seconds

| dialect | db-manage | Alembic 1.8.1 | Alembic / db-manage | db-manage peak MB | Alembic peak MB |
|---|---|---|---|---|---|
EOF
printf '%s\n' "${rows[@]}"
printf '\nAfter the last run:\n'
printf -- '- %s\n' "${checks[@]}"
