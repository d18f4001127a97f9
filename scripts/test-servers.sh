#!/usr/bin/env bash
# Starts and stops the throw-away PostgreSQL 15 and MariaDB servers the tests run against.
# Everything lives under one directory; no system cluster or system config is read or touched.
# Usage: test-servers.sh start DIR   (prints `export DBM_TEST_...` lines on stdout)
#        test-servers.sh stop DIR    (stops both servers, removes what start created)
set -euo pipefail

readonly kPassword=dbm-secret
readonly kUser=dbm
readonly kStartTimeout=60
readonly kMarker=.dbm-test-servers
readonly kPgBin=/usr/lib/postgresql/15/bin

log() { printf 'test-servers: %s\n' "$*" >&2; }

# die SERVER LOGFILE MESSAGE — fail loudly with the tail of the server's log.
die() {
  local server=$1 logfile=$2
  shift 2
  log "ERROR: $server: $*"
  if [[ -f $logfile ]]; then
    log "last lines of $logfile:"
    tail -n 30 "$logfile" >&2
  fi
  exit 1
}

# port_in_use PORT — true when something accepts connections on 127.0.0.1:PORT.
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# free_port — a random port below Linux's ephemeral range (32768+) with nothing listening on it.
free_port() {
  local port tries
  for tries in $(seq 1 50); do
    port=$((20000 + RANDOM % 12000))
    port_in_use "$port" || { echo "$port"; return 0; }
  done
  log "ERROR: no free port found after $tries tries"
  return 1
}

# as_pg CMD... — PostgreSQL refuses to run as root, so root runs it as the postgres user.
as_pg() {
  if ((EUID == 0)); then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

ensure_postgres_user() {
  ((EUID == 0)) || return 0
  getent passwd postgres >/dev/null || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
}

start_postgres() {
  local dir=$1/pg port
  local data=$dir/data run=$dir/run logfile=$dir/server.log
  port=$(free_port)
  mkdir -p "$run"
  if ((EUID == 0)); then
    ensure_postgres_user
    chown -R postgres: "$dir"
    as_pg test -w "$dir" || die postgresql "" "user postgres cannot write to $dir (is a parent directory private?)"
  fi
  as_pg "$kPgBin/initdb" -D "$data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    --encoding=UTF8 --locale=C --no-sync >"$dir/initdb.log" 2>&1 ||
    die postgresql "$dir/initdb.log" "initdb failed"
  # Durability is worthless for throw-away data and costs test time. No
  # autovacuum: its workers run as the superuser, so a scratch database's
  # DROP ... WITH (FORCE) by the unprivileged test role failed ("must be a
  # member of the role whose process is being terminated") when one was busy.
  as_pg "$kPgBin/pg_ctl" -D "$data" -l "$logfile" -w -t "$kStartTimeout" \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $run -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c autovacuum=off" \
    start >"$dir/pg_ctl.log" 2>&1 ||
    die postgresql "$logfile" "server did not start on 127.0.0.1:$port within ${kStartTimeout}s ($(tail -n 1 "$dir/pg_ctl.log"))"
  psql -X -q -h "$run" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 \
    -c "CREATE ROLE $kUser LOGIN CREATEDB PASSWORD '$kPassword'" >"$dir/setup.log" 2>&1 ||
    die postgresql "$dir/setup.log" "could not create role $kUser"
  # Prove the URL the tests get works: TCP, password authentication.
  PGPASSWORD=$kPassword PGCONNECT_TIMEOUT=10 psql -X -q -h 127.0.0.1 -p "$port" -U "$kUser" -d postgres \
    -v ON_ERROR_STOP=1 -c 'SELECT 1' >>"$dir/setup.log" 2>&1 ||
    die postgresql "$dir/setup.log" "cannot log in as $kUser over TCP on 127.0.0.1:$port"
  echo "$port" >"$dir/port"
  log "postgresql 15 listening on 127.0.0.1:$port"
}

start_mariadb() {
  local dir=$1/mysql port pid waited
  local data=$dir/data logfile=$dir/server.log socket=$dir/mysqld.sock
  local -a user_arg=()
  ((EUID == 0)) && user_arg=(--user=root)
  port=$(free_port)
  mkdir -p "$data"
  mariadb-install-db --no-defaults "${user_arg[@]}" --datadir="$data" \
    --auth-root-authentication-method=normal --skip-test-db --skip-name-resolve >"$dir/install.log" 2>&1 ||
    die mariadb "$dir/install.log" "mariadb-install-db failed"
  # --no-defaults: never read /etc/mysql. Charset as Debian's server config sets it (the reference
  # runs used utf8mb4); durability off for speed.
  setsid mariadbd --no-defaults "${user_arg[@]}" --datadir="$data" --bind-address=127.0.0.1 \
    --port="$port" --socket="$socket" --pid-file="$dir/mysqld.pid" --log-error="$logfile" \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_general_ci \
    --innodb-flush-log-at-trx-commit=0 --innodb-doublewrite=0 --innodb-buffer-pool-size=64M \
    --skip-log-bin --skip-name-resolve </dev/null >>"$logfile" 2>&1 &
  pid=$!
  echo "$pid" >"$dir/mysqld.launcher.pid"
  for ((waited = 0; ; waited++)); do
    if mariadb-admin --no-defaults --socket="$socket" -uroot --connect-timeout=2 ping >/dev/null 2>&1; then
      break
    fi
    kill -0 "$pid" 2>/dev/null || die mariadb "$logfile" "mariadbd exited during start-up (port $port)"
    ((waited < kStartTimeout)) || die mariadb "$logfile" "server did not accept connections within ${kStartTimeout}s"
    sleep 1
  done
  mariadb --no-defaults --socket="$socket" -uroot >"$dir/setup.log" 2>&1 <<SQL ||
CREATE USER '$kUser'@'127.0.0.1' IDENTIFIED BY '$kPassword';
CREATE USER '$kUser'@'localhost' IDENTIFIED BY '$kPassword';
GRANT ALL PRIVILEGES ON *.* TO '$kUser'@'127.0.0.1' WITH GRANT OPTION;
GRANT ALL PRIVILEGES ON *.* TO '$kUser'@'localhost' WITH GRANT OPTION;
SQL
    die mariadb "$dir/setup.log" "could not create user $kUser"
  mariadb --no-defaults -h 127.0.0.1 -P "$port" -u"$kUser" -p"$kPassword" --connect-timeout=10 \
    -e 'SELECT 1' >>"$dir/setup.log" 2>&1 ||
    die mariadb "$dir/setup.log" "cannot log in as $kUser over TCP on 127.0.0.1:$port"
  echo "$port" >"$dir/port"
  log "mariadb $(mariadbd --version | awk '{print $3}') listening on 127.0.0.1:$port"
}

print_exports() {
  local root=$1
  local pg_port my_port
  pg_port=$(cat "$root/pg/port")
  my_port=$(cat "$root/mysql/port")
  cat <<EOF
export DBM_TEST_POSTGRES_URL='postgresql://$kUser:$kPassword@127.0.0.1:$pg_port/postgres'
export DBM_TEST_MYSQL_URL='mysql+pymysql://$kUser:$kPassword@127.0.0.1:$my_port/mysql'
EOF
}

stop_postgres() {
  local dir=$1/pg pid
  [[ -d $dir ]] || return 0
  if [[ -f $dir/data/postmaster.pid ]]; then
    if ! as_pg "$kPgBin/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >/dev/null 2>&1; then
      pid=$(head -n 1 "$dir/data/postmaster.pid" 2>/dev/null || true)
      if [[ -n $pid ]]; then kill -KILL "$pid" 2>/dev/null || true; fi
      log "postgresql did not stop cleanly; killed"
    fi
  fi
  rm -rf "$dir"
}

stop_mariadb() {
  local dir=$1/mysql pid waited
  [[ -d $dir ]] || return 0
  pid=$(cat "$dir/mysqld.pid" 2>/dev/null || cat "$dir/mysqld.launcher.pid" 2>/dev/null || true)
  if [[ -n $pid ]] && kill -TERM "$pid" 2>/dev/null; then
    for ((waited = 0; waited < 30; waited++)); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 1
    done
    if kill -0 "$pid" 2>/dev/null; then
      kill -KILL "$pid" 2>/dev/null || true
      log "mariadb did not stop cleanly; killed"
    fi
  fi
  rm -rf "$dir"
}

cmd_start() {
  local root=$1
  mkdir -p "$root"
  root=$(cd "$root" && pwd)
  [[ -e $root/pg || -e $root/mysql ]] && { log "ERROR: $root already holds servers; stop them first"; exit 1; }
  touch "$root/$kMarker"
  # The postgres user must be able to reach its data dir; mktemp -d makes 0700 directories.
  chmod a+x "$root"
  # A half-started pair is not left behind: stop whatever came up if the other fails.
  trap 'stop_postgres "$root"; stop_mariadb "$root"' EXIT
  start_postgres "$root"
  start_mariadb "$root"
  trap - EXIT
  print_exports "$root" | tee "$root/env.sh"
}

cmd_stop() {
  local root=$1
  [[ -d $root ]] || return 0
  # Only a directory that start prepared is emptied.
  [[ -f $root/$kMarker ]] || { log "ERROR: $root was not prepared by '$0 start'"; exit 1; }
  stop_postgres "$root"
  stop_mariadb "$root"
  rm -f "$root/env.sh" "$root/$kMarker"
  rmdir "$root" 2>/dev/null || true
}

main() {
  if (($# != 2)) || [[ $1 != start && $1 != stop ]]; then
    echo "usage: $0 start|stop DIR" >&2
    exit 2
  fi
  "cmd_$1" "$2"
}

main "$@"
