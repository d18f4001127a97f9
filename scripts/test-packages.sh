#!/usr/bin/env bash
# shellcheck disable=SC2016  # dpkg-query formats and the scripts run in the root are meant literally
# Builds the Debian packages (packaging/debian) from this tree with dpkg-buildpackage, checks
# them with lintian, and tests them installed in a scratch Debian bookworm root (debootstrap,
# made once per run while the packages build, deleted at the end):
#   - the installed host finds the installed plugins with no environment variable;
#     blazar-db-manage upgrades blazar to head on SQLite and PostgreSQL (and MariaDB when
#     DBM_TEST_MYSQL_URL is set) from the installed files only;
#   - the plugin ABI token: the host Provides it, every plugin Depends on it; a plugin package
#     carrying another token is refused by apt, a plugin copied in by hand with another build
#     tag is refused by the loader and named by `db-manage plugins -v`;
#   - the packaged host and drivers name no build directory (DBM_SEARCH_BUILD_TREE=OFF);
#   - dh_db-manage-plugin, as installed: the substvar it writes, and its refusal of a plugin
#     built with another build tag;
#   - bash completion of commands, options and revision ids;
#   - removing a plugin package takes it out of `db-manage plugins` and leaves nothing behind
#     (dpkg's lists and the file system agree, before and after);
#   - db-manage-sahara-compat with Debian's own sahara-common, installed in both orders, removed
#     and purged: the diversion of /usr/bin/sahara-db-manage comes and goes, and sahara-common's
#     postinst migrates its database through db-manage. python3-sahara is replaced by an empty
#     stand-in package (the OpenStack Python stack is not needed for what is tested, and with the
#     stand-in, upstream's Python tool cannot run: a migration that succeeds ran through db-manage).
# PostgreSQL: the server of DBM_TEST_POSTGRES_URL (scripts/test.sh exports it), else a throw-away
# one from scripts/test-servers.sh. Needs root and Debian's mirror (DBM_DEBIAN_MIRROR).
# Exit code 0 when every check passed; the first failing check stops the run. Everything it made
# (work directory, scratch root, scratch databases, servers it started) is removed on exit;
# DBM_KEEP_WORK=1 keeps the work directory (the logs, the packages) for a look;
# DBM_PREBUILT_PACKAGES=DIR tests the packages of an earlier build in DIR instead of building
# (for working on this script; it says so loudly).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib/packages.sh
source "$root/scripts/lib/packages.sh"

readonly mirror=${DBM_DEBIAN_MIRROR:-http://deb.debian.org/debian}
readonly security_mirror=${DBM_DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}
readonly suite=bookworm
readonly services=(blazar fenix quantum sahara tacker)
# What the scratch root needs besides our packages' own dependencies (apt fetches those):
# sahara-common's dependencies but python3-sahara, the SQLite client to read the databases,
# and bash-completion for the completion test.
readonly root_packages=(adduser dbconfig-common dbconfig-sqlite3 sqlite3 python3 bash-completion)

started=$SECONDS
log() { printf 'test-packages [%4ds]: %s\n' "$((SECONDS - started))" "$*" >&2; }
fail() {
  log "FAIL: $*"
  exit 1
}

((EUID == 0)) || fail "must run as root (debootstrap, chroot, apt-get)"
dbm_ensure_packages "${DBM_BUILD_PACKAGES[@]}" "${DBM_TEST_PACKAGES[@]}" "${DBM_PACKAGING_PACKAGES[@]}"

multiarch=$(dpkg-architecture -qDEB_HOST_MULTIARCH)
plugin_dir=/usr/lib/$multiarch/db-manage/plugins
work=$(mktemp -d "${TMPDIR:-/tmp}/dbm-test-packages.XXXXXX")
chroot_dir=$work/root
bootstrap_pid=""
servers_dir=""
scratch_databases=() # "pg NAME" / "mysql NAME"

# shellcheck disable=SC2317  # reached through the EXIT trap
cleanup() {
  local rc=$? entry kind name
  if [[ -n $bootstrap_pid ]] && kill -0 "$bootstrap_pid" 2>/dev/null; then
    # debootstrap runs in its own process group (setsid): end it and its dpkg children.
    kill -TERM -- "-$bootstrap_pid" 2>/dev/null || true
    wait "$bootstrap_pid" 2>/dev/null || true
  fi
  for entry in "${scratch_databases[@]}"; do
    read -r kind name <<<"$entry"
    drop_database "$kind" "$name" || log "could not drop scratch database $name ($kind)"
  done
  if [[ -n $servers_dir ]]; then
    "$root/scripts/test-servers.sh" stop "$servers_dir" || true
    rm -rf "$servers_dir"
  fi
  if mountpoint -q "$chroot_dir/proc"; then umount "$chroot_dir/proc" || umount -l "$chroot_dir/proc"; fi
  if findmnt -rn -o TARGET | grep "^$work/" >/dev/null; then
    log "something is still mounted under $work; not deleting it"
    return "$rc"
  fi
  if [[ ${DBM_KEEP_WORK:-0} == 1 ]]; then
    log "kept $work"
  else
    rm -rf --one-file-system "$work"
  fi
  return "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# in_root CMD... — runs CMD in the scratch root with a clean environment: nothing of this
# machine's (no DB_MANAGE_PLUGIN_PATH, no build tree) reaches the installed programs.
in_root() {
  chroot "$chroot_dir" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LC_ALL=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive DEBCONF_NONINTERACTIVE_SEEN=true "$@"
}

# apt_in_root ARGS... — apt-get in the scratch root, its output in the log unless it fails.
apt_in_root() {
  if ! in_root apt-get -y -q -o Dpkg::Use-Pty=0 "$@" >"$work/apt.log" 2>&1; then
    tail -n 40 "$work/apt.log" >&2
    return 1
  fi
}

# ---------------------------------------------------------------------------------------------
# The scratch root, made in the background while the packages build (it waits on the network,
# the build on the CPU).
log "debootstrap $suite into $chroot_dir (background)"
setsid debootstrap --variant=minbase --include="$(IFS=,; echo "${root_packages[*]}")" \
  "$suite" "$chroot_dir" "$mirror" >"$work/debootstrap.log" 2>&1 </dev/null &
bootstrap_pid=$!

# ---------------------------------------------------------------------------------------------
# The packages: from the working tree as it is (tracked and new files, not ignored ones such as
# build/), with packaging/debian as debian/.
debs=$work/src
build_seconds=0
if [[ -n ${DBM_PREBUILT_PACKAGES:-} ]]; then
  # For working on this script only: test the packages of an earlier build instead.
  log "NOT building: testing the packages in $DBM_PREBUILT_PACKAGES (DBM_PREBUILT_PACKAGES)"
  debs=$DBM_PREBUILT_PACKAGES
else
  git -C "$root" rev-parse --git-dir >/dev/null 2>&1 || fail "$root is not a git checkout (the tree to package is what git lists)"
  log "building the packages (dpkg-buildpackage -b; log: $work/build.log)"
  src=$work/src/db-manage
  mkdir -p "$src"
  (cd "$root" && git ls-files -z -c -o --exclude-standard | tar -c --null --ignore-failed-read -T - 2>/dev/null) |
    tar -x -C "$src"
  cp -a "$src/packaging/debian" "$src/debian"
  build_start=$SECONDS
  # noautodbgsym: the debug symbol packages are not tested, and making them costs time.
  if ! (cd "$src" && DEB_BUILD_OPTIONS="parallel=2 noautodbgsym ${DEB_BUILD_OPTIONS:-}" \
    dpkg-buildpackage -us -uc -b) >"$work/build.log" 2>&1 </dev/null; then
    tail -n 60 "$work/build.log" >&2
    fail "dpkg-buildpackage failed"
  fi
  build_seconds=$((SECONDS - build_start))
  log "packages built in ${build_seconds}s"
  grep -q 'DBM_BUILD_TESTS=OFF' "$work/build.log" || fail "the package build did not turn the test suite off"
  if grep -q -- '-Werror ' "$work/build.log"; then fail "the package build compiled with -Werror"; fi
fi
changes=$(ls "$debs"/db-manage_*.changes)
deb() { ls "$debs/$1"_*.deb; }
for pkg in db-manage db-manage-plugin-dev db-manage-sahara-compat "${services[@]/#/db-manage-plugin-}"; do
  [[ -f $(deb "$pkg") ]] || fail "no $pkg package was built"
done

log "lintian"
mkdir -p "$work/tmp"
# TMPDIR: lintian leaves its caches (mldbm-*) there.
if ! TMPDIR=$work/tmp lintian --fail-on error,warning --info "$changes" >"$work/lintian.log" 2>&1; then
  cat "$work/lintian.log" >&2
  fail "lintian reports errors or warnings"
fi
sed 's/^/  lintian: /' "$work/lintian.log" >&2

# What the packages say about the plugin ABI (checked again once installed).
token=$(dpkg-deb -f "$(deb db-manage)" Provides)
[[ $token =~ ^db-manage-plugin-abi-[0-9]+-[a-z0-9.+-]+$ ]] || fail "db-manage Provides '$token', not one ABI token"
version=$(dpkg-deb -f "$(deb db-manage)" Version)
for service in "${services[@]}"; do
  depends=$(dpkg-deb -f "$(deb "db-manage-plugin-$service")" Depends)
  [[ ", $depends, " == *", $token, "* && $depends == *"db-manage (>= ${version%%-*})"* ]] ||
    fail "db-manage-plugin-$service depends on '$depends', not on db-manage and $token"
done
log "ABI token: $token"

# ---------------------------------------------------------------------------------------------
log "waiting for debootstrap"
if ! wait "$bootstrap_pid"; then
  bootstrap_pid=""
  tail -n 30 "$work/debootstrap.log" >&2
  fail "debootstrap failed"
fi
bootstrap_pid=""
# The suites this machine builds against: a package built here may need a library from them.
cat >"$chroot_dir/etc/apt/sources.list" <<EOF
deb $mirror $suite main
deb $mirror $suite-updates main
deb $security_mirror $suite-security main
EOF
printf '#!/bin/sh\nexit 101\n' >"$chroot_dir/usr/sbin/policy-rc.d"
chmod +x "$chroot_dir/usr/sbin/policy-rc.d"
mount -t proc proc "$chroot_dir/proc"
apt_in_root update
mkdir -p "$chroot_dir/tmp/debs"
cp "$debs"/*.deb "$chroot_dir/tmp/debs/"
in_debs() { printf '/tmp/debs/%s\n' "$(basename "$(deb "$1")")"; }

# check_files_agree — dpkg's lists and the file system agree for everything of ours: every file
# of every installed package is there unchanged (dpkg --verify), and every file in our
# directories belongs to an installed package.
check_files_agree() {
  local -a ours=() paths=()
  local unowned
  mapfile -t ours < <(in_root dpkg-query -W -f '${db:Status-Abbrev} ${Package}\n' 'db-manage*' 2>/dev/null |
    awk '$1 ~ /^.i/ { print $2 }')
  if ((${#ours[@]} > 0)); then
    in_root dpkg --verify "${ours[@]}" >"$work/verify.log" 2>&1 || true
    [[ ! -s $work/verify.log ]] || { cat "$work/verify.log" >&2; return 1; }
  fi
  mapfile -t paths < <(cd "$chroot_dir" && {
    find "./usr/lib/$multiarch/db-manage" ./usr/include/dbm ./usr/share/db-manage-plugin-dev 2>/dev/null
    find ./usr/bin ./usr/share/bash-completion/completions ./usr/share/man/man1 -maxdepth 1 -name '*db-manage*'
    find ./usr/share/doc -path './usr/share/doc/*db-manage*'
  } | sed 's/^\.//')
  ((${#paths[@]} > 0)) || return 0
  unowned=$(in_root dpkg -S "${paths[@]}" 2>&1 >/dev/null | grep 'no path found' || true)
  [[ -z $unowned ]] || { printf '%s\n' "$unowned" >&2; return 1; }
}

# ---------------------------------------------------------------------------------------------
log "installing the host, the SDK and every plugin package"
install_all=(db-manage db-manage-plugin-dev "${services[@]/#/db-manage-plugin-}")
mapfile -t install_debs < <(for pkg in "${install_all[@]}"; do in_debs "$pkg"; done)
apt_in_root install --no-install-recommends "${install_debs[@]}"
check_files_agree || fail "installed files and dpkg's lists disagree"
[[ $(cat "$chroot_dir/usr/share/db-manage-plugin-dev/plugin-abi") == "$token" ]] ||
  fail "db-manage-plugin-dev ships another token than db-manage Provides"
[[ -d $chroot_dir$plugin_dir ]] || fail "no $plugin_dir"
# The SDK a plugin packager builds against: headers, library, CMake package, pkg-config file.
for file in /usr/include/dbm/plugin.h "/usr/lib/$multiarch/libdbm_plugin_api.a" \
  "/usr/lib/$multiarch/cmake/DbManagePluginApi/DbManagePluginApiConfig.cmake" \
  "/usr/lib/$multiarch/cmake/DbManagePluginApi/DbManagePluginApiFunctions.cmake" \
  "/usr/lib/$multiarch/pkgconfig/db-manage-plugin-api.pc"; do
  in_root dpkg -S "$file" 2>/dev/null | grep -q '^db-manage-plugin-dev: ' || fail "db-manage-plugin-dev does not ship $file"
done
grep -qx 'prefix=/usr' "$chroot_dir/usr/lib/$multiarch/pkgconfig/db-manage-plugin-api.pc" ||
  fail "the packaged db-manage-plugin-api.pc does not say prefix=/usr"
# The packaged host searches no build directory: none is even named in it (a developer build's
# binary holds its build/plugins and build/drivers paths).
host_files=("$chroot_dir/usr/bin/db-manage" "$chroot_dir/usr/lib/$multiarch/db-manage/drivers/"{postgresql,mysql}.so)
for file in "${host_files[@]}"; do
  [[ -f $file ]] || fail "${file#"$chroot_dir"} is not installed"
  if grep -aF "/obj-$(dpkg-architecture -qDEB_HOST_GNU_TYPE)" "$file" >/dev/null; then
    fail "${file#"$chroot_dir"} names the package's build directory"
  fi
done
[[ ! -e $chroot_dir/usr/bin/sahara-db-manage ]] ||
  fail "/usr/bin/sahara-db-manage is installed without db-manage-sahara-compat"

# plugin_names — `db-manage plugins` run from the installed files: the names it lists.
# The table's rows end with the plugin's path; a last line may count the refused libraries.
plugin_names() { in_root db-manage plugins | awk 'NR > 1 && $NF ~ /^\// { print $1 }' | sort | tr '\n' ' '; }
listed=$(plugin_names)
[[ $listed == "blazar fenix quantum sahara tacker " ]] || fail "db-manage plugins lists '$listed'"
in_root db-manage plugins | awk -v dir="$plugin_dir/" 'NR > 1 && index($NF, dir) != 1 { bad = 1 } END { exit bad }' ||
  fail "a plugin was found outside $plugin_dir"
in_root db-manage plugins --verbose >"$work/plugins.log" 2>&1
if grep -qi 'refused' "$work/plugins.log"; then cat "$work/plugins.log" >&2; fail "plugins refused"; fi
# The man page, and its names for the service commands.
[[ -f $chroot_dir/usr/share/man/man1/db-manage.1.gz ]] || fail "no db-manage(1)"
zcat "$chroot_dir/usr/share/man/man1/db-manage.1.gz" | grep 'upgrade' >/dev/null || fail "db-manage(1) lacks the commands"
[[ -e $chroot_dir/usr/share/man/man1/blazar-db-manage.1.gz ]] || fail "no blazar-db-manage(1)"

# ---------------------------------------------------------------------------------------------
# blazar-db-manage upgrade head, on each database, from the installed files only.
head_of() { in_root db-manage --project "$1" heads | awk '{ print $1 }'; }
blazar_head=$(head_of blazar)
[[ -n $blazar_head ]] || fail "no blazar head"

# migrate_blazar LABEL URL — upgrade head, then current must be the head.
migrate_blazar() {
  local label=$1 url=$2 current
  printf '[database]\nconnection = %s\n' "$url" >"$chroot_dir/tmp/blazar-$label.conf"
  in_root blazar-db-manage --config-file "/tmp/blazar-$label.conf" upgrade head >"$work/upgrade.log" 2>&1 ||
    { cat "$work/upgrade.log" >&2; fail "blazar-db-manage upgrade head failed on $label"; }
  current=$(in_root blazar-db-manage --config-file "/tmp/blazar-$label.conf" current 2>/dev/null | awk '{ print $1 }')
  [[ $current == "$blazar_head" ]] || fail "blazar on $label is at '$current' after upgrade head, not $blazar_head"
  log "blazar-db-manage upgrade head on $label: at $current"
}

# drop_database pg|mysql NAME
drop_database() {
  case $1 in
    pg) psql -X -q "$DBM_TEST_POSTGRES_URL" -v ON_ERROR_STOP=1 -c "DROP DATABASE IF EXISTS $2 WITH (FORCE)" ;;
    mysql) mysql_client -e "DROP DATABASE IF EXISTS $2" ;;
  esac
}
mysql_client() {
  [[ $DBM_TEST_MYSQL_URL =~ ^mysql[^:]*://([^:]+):([^@]+)@([^:/]+):([0-9]+)/ ]] || fail "cannot read DBM_TEST_MYSQL_URL"
  MYSQL_PWD=${BASH_REMATCH[2]} mariadb --no-defaults -h "${BASH_REMATCH[3]}" -P "${BASH_REMATCH[4]}" \
    -u "${BASH_REMATCH[1]}" "$@"
}

migrate_blazar sqlite "sqlite:////tmp/blazar.sqlite"

if [[ -z ${DBM_TEST_POSTGRES_URL:-} ]]; then
  log "no DBM_TEST_POSTGRES_URL: starting throw-away servers"
  # Beside the work directory, not in it: mktemp's 0700 would keep the postgres user out.
  servers_dir=$(mktemp -d "${TMPDIR:-/tmp}/dbm-test-servers.XXXXXX")
  exports=$("$root/scripts/test-servers.sh" start "$servers_dir")
  eval "$exports"
fi
database=dbm_packages_$$
scratch_databases+=("pg $database")
psql -X -q "$DBM_TEST_POSTGRES_URL" -v ON_ERROR_STOP=1 -c "CREATE DATABASE $database" ||
  fail "cannot create a scratch database on $DBM_TEST_POSTGRES_URL"
migrate_blazar postgresql "${DBM_TEST_POSTGRES_URL%/*}/$database"

# A relocated install: the binary and its lib/<multiarch>/db-manage moved together (the
# layout `cmake --install --prefix` gives any prefix). It looks beside itself first, so it
# finds its own plugins and driver modules with the packaged directories gone.
log "a relocated install finds its own plugins and drivers"
moved=/opt/moved
mkdir -p "$chroot_dir$moved/bin" "$chroot_dir$moved/lib/$multiarch"
cp -a "$chroot_dir/usr/bin/db-manage" "$chroot_dir$moved/bin/"
mv "$chroot_dir/usr/lib/$multiarch/db-manage" "$chroot_dir$moved/lib/$multiarch/"
moved_listing=$(in_root "$moved/bin/db-manage" plugins) || fail "the relocated db-manage plugins failed"
awk -v dir="$moved/lib/$multiarch/db-manage/plugins/" 'NR > 1 && $NF ~ /^\// && index($NF, dir) != 1 { bad = 1 }
  END { exit bad }' <<<"$moved_listing" || fail "the relocated binary found plugins elsewhere: $moved_listing"
[[ $(awk 'NR > 1 && $NF ~ /^\// { print $1 }' <<<"$moved_listing" | sort | tr '\n' ' ') == "$listed" ]] ||
  fail "the relocated binary lists other plugins: $moved_listing"
moved_current=$(in_root "$moved/bin/db-manage" --project blazar --config-file /tmp/blazar-postgresql.conf current \
  2>"$work/moved.log" | awk '{ print $1 }')
[[ $moved_current == "$blazar_head" ]] ||
  { cat "$work/moved.log" >&2; fail "the relocated binary could not read PostgreSQL (its driver): '$moved_current'"; }
mv "$chroot_dir$moved/lib/$multiarch/db-manage" "$chroot_dir/usr/lib/$multiarch/"
rm -r "${chroot_dir:?}$moved"
if [[ -n ${DBM_TEST_MYSQL_URL:-} ]]; then
  scratch_databases+=("mysql $database")
  mysql_client -e "CREATE DATABASE $database" || fail "cannot create a scratch database on $DBM_TEST_MYSQL_URL"
  migrate_blazar mariadb "${DBM_TEST_MYSQL_URL%/*}/$database"
fi

# ---------------------------------------------------------------------------------------------
log "bash completion"
# complete_line WORDS... — what completing the last word (possibly empty) offers, as bash
# would: bash-completion loads the completion for the command name on demand.
complete_line() {
  local line="$*"
  chroot "$chroot_dir" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LC_ALL=C.UTF-8 \
    LINE="$line" bash -c '
    . /usr/share/bash-completion/bash_completion
    __load_completion "$1" || exit 3
    COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE=$LINE; COMP_POINT=${#LINE}
    complete_fn=$(complete -p "$1" | sed -n "s/.* -F \([^ ]*\) .*/\1/p")
    "$complete_fn" "$1" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
    printf "%s\n" "${COMPREPLY[@]}"' complete "$@"
}
# offers WORD WORDS... — completing WORDS offers WORD (the whole list is read: under pipefail,
# grep -q stopping early would fail the pipeline whenever the writer is still writing).
offers() {
  local word=$1 list
  shift
  list=$(complete_line "$@")
  grep -Fx -- "$word" <<<"$list" >/dev/null
}
offers upgrade db-manage up || fail "completion: 'db-manage up' does not offer upgrade"
offers --config-file db-manage --config- || fail "completion: no --config-file"
offers --sql blazar-db-manage upgrade --sq || fail "completion: no upgrade --sql"
offers "$blazar_head" blazar-db-manage --config-file /tmp/blazar-sqlite.conf downgrade "" ||
  fail "completion: blazar-db-manage downgrade does not offer the revision $blazar_head"
offers "$blazar_head" db-manage --project blazar show "${blazar_head:0:4}" ||
  fail "completion: db-manage --project blazar show does not complete $blazar_head"

# ---------------------------------------------------------------------------------------------
log "plugin ABI: a plugin package with another token is not installable"
# As a plugin built for the next plugin API version would carry it.
api_version=${token#db-manage-plugin-abi-}
api_version=${api_version%%-*}
wrong_token=db-manage-plugin-abi-$((api_version + 1))-${token#db-manage-plugin-abi-"$api_version"-}
[[ $wrong_token != "$token" ]] || fail "could not make a wrong token from $token"
unpacked=$work/wrong-abi
dpkg-deb -R "$(deb db-manage-plugin-fenix)" "$unpacked"
sed -i -e "s/^Version: .*/&+otherabi1/" -e "/^Depends:/s/$token/$wrong_token/" "$unpacked/DEBIAN/control"
dpkg-deb --root-owner-group -b "$unpacked" "$chroot_dir/tmp/debs/wrong-abi.deb" >/dev/null
if in_root apt-get install -y -q /tmp/debs/wrong-abi.deb >"$work/wrong-abi.log" 2>&1; then
  fail "apt installed a plugin package that depends on $wrong_token"
fi
grep -q "$wrong_token" "$work/wrong-abi.log" || { cat "$work/wrong-abi.log" >&2; fail "apt refused it for another reason"; }
[[ $(in_root dpkg-query -W -f '${Version}' db-manage-plugin-fenix) == "$version" ]] ||
  fail "the refused package replaced the installed fenix plugin"

log "plugin ABI: a plugin copied in by hand with another build tag is refused and named"
# Built here against the installed SDK headers, in C++23 mode: same compiler, another build tag.
mkdir -p "$work/probe/include"
cp -a "$chroot_dir/usr/include/dbm" "$work/probe/include/"
cat >"$work/probe/probe.cpp" <<'EOF'
#include "dbm/entry.h"
#include "dbm/plugin.h"
namespace {
const dbm::Plugin& build() {
  static const dbm::Plugin plugin{};
  return plugin;
}
}  // namespace
DBM_PLUGIN("abiprobe", "1", build)
EOF
g++ -std=c++2b -shared -fPIC -fvisibility=hidden -Wl,--no-undefined -I "$work/probe/include" \
  "$work/probe/probe.cpp" -o "$chroot_dir$plugin_dir/libdbm_plugin_abiprobe.so"
in_root db-manage plugins --verbose >"$work/plugins.log" 2>&1 || true
grep -F "$plugin_dir/libdbm_plugin_abiprobe.so" "$work/plugins.log" | grep "c++202100L" >/dev/null ||
  { cat "$work/plugins.log" >&2; fail "db-manage plugins -v does not name the probe's build tag"; }
[[ $(plugin_names) == "blazar fenix quantum sahara tacker " ]] || fail "the probe was loaded"
# The file check must notice a file no package owns (else it could not fail below).
if check_files_agree 2>/dev/null; then fail "check_files_agree missed a file no package owns"; fi

log "dh_db-manage-plugin (as installed) on a plugin package"
# helper_on LIBRARY — runs the installed helper on a package "probe" that ships LIBRARY.
helper_on() {
  local tree=$work/helper
  rm -rf "$tree"
  mkdir -p "$tree/debian/probe/usr/lib/$multiarch/db-manage/plugins"
  printf 'Source: probe\n\nPackage: probe\nArchitecture: any\nDepends: ${db-manage:Depends}\n' >"$tree/debian/control"
  echo 13 >"$tree/debian/compat"
  cp "$1" "$tree/debian/probe/usr/lib/$multiarch/db-manage/plugins/"
  (cd "$tree" && perl "$chroot_dir/usr/bin/dh_db-manage-plugin" -pprobe \
    --sdk-data="$chroot_dir/usr/share/db-manage-plugin-dev") >"$work/helper.log" 2>&1
}
helper_on "$chroot_dir$plugin_dir/libdbm_plugin_blazar.so" || { cat "$work/helper.log" >&2; fail "dh_db-manage-plugin failed"; }
grep -Fx "db-manage:Depends=db-manage (>= ${version%%-*}), $token" "$work/helper/debian/probe.substvars" >/dev/null ||
  fail "dh_db-manage-plugin wrote '$(cat "$work/helper/debian/probe.substvars")'"
if helper_on "$chroot_dir$plugin_dir/libdbm_plugin_abiprobe.so"; then
  fail "dh_db-manage-plugin accepted a plugin with another build tag"
fi
grep -F "not built with the SDK's build tag" "$work/helper.log" >/dev/null || { cat "$work/helper.log" >&2; fail "dh_db-manage-plugin failed for another reason"; }
rm "$chroot_dir$plugin_dir/libdbm_plugin_abiprobe.so"
check_files_agree || fail "files and dpkg's lists disagree"

# ---------------------------------------------------------------------------------------------
log "removing db-manage-plugin-fenix"
mapfile -t fenix_files < <(in_root dpkg -L db-manage-plugin-fenix)
apt_in_root purge db-manage-plugin-fenix
[[ $(plugin_names) == "blazar quantum sahara tacker " ]] || fail "db-manage plugins still lists fenix: $(plugin_names)"
for path in "${fenix_files[@]}"; do
  [[ $path != /. ]] || continue # dpkg -L's first line: the root
  [[ -e $chroot_dir$path || -L $chroot_dir$path ]] || continue
  [[ -d $chroot_dir$path && ! -L $chroot_dir$path ]] || fail "$path is left after purging db-manage-plugin-fenix"
  in_root dpkg -S "$path" >/dev/null 2>&1 || fail "directory $path is left, owned by no package"
done
check_files_agree || fail "files and dpkg's lists disagree after the removal"

# ---------------------------------------------------------------------------------------------
# db-manage-sahara-compat and sahara-common.
log "sahara-common and db-manage-sahara-compat"
# From the scratch root's own package lists (this machine's may be stale or absent).
in_root sh -c 'cd /tmp && apt-get download -q sahara-common' >"$work/download.log" 2>&1 ||
  { cat "$work/download.log" >&2; fail "apt-get download sahara-common failed"; }
mv "$chroot_dir"/tmp/sahara-common_*.deb "$chroot_dir/tmp/debs/sahara-common.deb"
sahara_deb=$chroot_dir/tmp/debs/sahara-common.deb
sahara_version=$(dpkg-deb -f "$sahara_deb" Version)
# Upstream's tool as sahara-common ships it, to recognise it wherever it ends up.
dpkg-deb --fsys-tarfile "$sahara_deb" | tar -xO ./usr/bin/sahara-db-manage >"$work/upstream-sahara-db-manage"
# The stand-in for python3-sahara: sahara-common's exact dependency, with no files.
stub=$work/python3-sahara
mkdir -p "$stub/DEBIAN"
cat >"$stub/DEBIAN/control" <<EOF
Package: python3-sahara
Version: $(dpkg-deb -f "$sahara_deb" Depends | sed -n 's/.*python3-sahara (= \([^)]*\)).*/\1/p')
Architecture: all
Maintainer: db-manage tests <tests@invalid>
Description: empty stand-in for python3-sahara (scripts/test-packages.sh)
 Satisfies sahara-common's dependency; holds no Python code.
EOF
dpkg-deb --root-owner-group -b "$stub" "$chroot_dir/tmp/debs/python3-sahara.deb" >/dev/null
sahara_head=$(head_of sahara)

# preseed_sahara true|false — whether sahara-common's postinst sets up and migrates a database
# (SQLite, through dbconfig-common). With false, nothing runs upstream's tool.
preseed_sahara() {
  in_root debconf-set-selections <<EOF
sahara-common sahara/configure_db boolean $1
sahara-common sahara/configure_rabbit boolean false
sahara-common sahara/configure_ksat boolean false
sahara-common sahara-common/dbconfig-install boolean $1
sahara-common sahara-common/database-type select sqlite3
EOF
}
is_upstream_tool() { cmp -s "$chroot_dir$1" "$work/upstream-sahara-db-manage"; }
is_our_link() { [[ -L $chroot_dir$1 && $(readlink "$chroot_dir$1") == db-manage ]]; }
diversions() { in_root dpkg-divert --list | grep -i 'db-manage' || true; }
# sahara_migrated_by_db_manage — sahara-common's database is at sahara's head.
sahara_migrated_by_db_manage() {
  local url file version_num
  url=$(sed -n 's/^connection *= *//p' "$chroot_dir/etc/sahara/sahara.conf" | tail -n 1)
  [[ $url == sqlite:///* ]] || fail "sahara.conf's connection is '$url', not a SQLite file"
  file=${url#sqlite://}
  while [[ $file == //* ]]; do file=${file#/}; done
  version_num=$(in_root sqlite3 "$file" 'SELECT version_num FROM alembic_version')
  [[ $version_num == "$sahara_head" ]] || fail "sahara's database ($file) is at '$version_num', not $sahara_head"
  log "  sahara-common's postinst migrated $file to $version_num through db-manage"
}
compat_deb=$(in_debs db-manage-sahara-compat)
sahara_debs=(/tmp/debs/sahara-common.deb /tmp/debs/python3-sahara.deb)

log "order 1: sahara-common, then db-manage-sahara-compat"
preseed_sahara false
apt_in_root install --no-install-recommends "${sahara_debs[@]}"
is_upstream_tool /usr/bin/sahara-db-manage || fail "sahara-common's tool is not at /usr/bin/sahara-db-manage"
# With the stand-in, upstream's tool cannot run: so a migration that succeeds below ran through db-manage.
if in_root /usr/bin/sahara-db-manage --help >/dev/null 2>&1; then
  fail "upstream's sahara-db-manage runs here: the test could not tell it from db-manage"
fi
apt_in_root install "$compat_deb"
is_our_link /usr/bin/sahara-db-manage || fail "db-manage-sahara-compat did not take /usr/bin/sahara-db-manage"
is_upstream_tool /usr/bin/sahara-db-manage.distrib || fail "sahara-common's tool was not diverted"
[[ -n $(diversions) ]] || fail "no diversion listed"
check_files_agree || fail "files and dpkg's lists disagree"
preseed_sahara true
in_root dpkg-reconfigure -f noninteractive sahara-common >"$work/reconfigure.log" 2>&1 ||
  { tail -n 30 "$work/reconfigure.log" >&2; fail "sahara-common's postinst failed"; }
sahara_migrated_by_db_manage
apt_in_root remove db-manage-sahara-compat
is_upstream_tool /usr/bin/sahara-db-manage || fail "removing the compat package did not give the name back"
[[ ! -e $chroot_dir/usr/bin/sahara-db-manage.distrib ]] || fail "the diverted name is left"
[[ -z $(diversions) ]] || fail "diversion left after removal: $(diversions)"
in_root dpkg --verify sahara-common || fail "sahara-common's files are not as shipped"
apt_in_root purge db-manage-sahara-compat
apt_in_root purge sahara-common python3-sahara
[[ ! -e $chroot_dir/usr/bin/sahara-db-manage ]] || fail "/usr/bin/sahara-db-manage left after purging both"
[[ -z $(diversions) ]] || fail "diversion left: $(diversions)"
check_files_agree || fail "files and dpkg's lists disagree"

log "order 2: db-manage-sahara-compat, then sahara-common"
apt_in_root install "$compat_deb"
is_our_link /usr/bin/sahara-db-manage || fail "db-manage-sahara-compat did not install /usr/bin/sahara-db-manage"
preseed_sahara true
apt_in_root install --no-install-recommends "${sahara_debs[@]}" ||
  fail "sahara-common did not install beside db-manage-sahara-compat"
is_our_link /usr/bin/sahara-db-manage || fail "sahara-common's tool replaced ours"
is_upstream_tool /usr/bin/sahara-db-manage.distrib || fail "sahara-common's tool was not diverted on unpack"
sahara_migrated_by_db_manage
check_files_agree || fail "files and dpkg's lists disagree"
apt_in_root remove sahara-common
apt_in_root purge sahara-common python3-sahara
[[ ! -e $chroot_dir/usr/bin/sahara-db-manage.distrib ]] || fail "the diverted tool is left after purging sahara-common"
is_our_link /usr/bin/sahara-db-manage || fail "purging sahara-common took our sahara-db-manage"
apt_in_root remove db-manage-sahara-compat
apt_in_root purge db-manage-sahara-compat
[[ ! -e $chroot_dir/usr/bin/sahara-db-manage ]] || fail "/usr/bin/sahara-db-manage left after purging both"
[[ -z $(diversions) ]] || fail "diversion left: $(diversions)"
log "  sahara-common $sahara_version: both orders installed, removed and purged"

# ---------------------------------------------------------------------------------------------
log "purging every db-manage package"
mapfile -t ours < <(in_root dpkg-query -W -f '${db:Status-Abbrev} ${Package}\n' 'db-manage*' |
  awk '$1 ~ /^.i/ { print $2 }')
apt_in_root purge "${ours[@]}"
left=$(find "$chroot_dir/usr/lib/$multiarch/db-manage" "$chroot_dir/usr/include/dbm" \
  "$chroot_dir/usr/share/db-manage-plugin-dev" "$chroot_dir"/usr/bin/*db-manage* \
  "$chroot_dir"/usr/share/bash-completion/completions/*db-manage* "$chroot_dir"/usr/share/man/man1/*db-manage* \
  "$chroot_dir"/usr/share/doc/db-manage* 2>/dev/null || true)
[[ -z $left ]] || fail "left after purging everything: $left"
[[ -z $(diversions) ]] || fail "diversion left: $(diversions)"

log "PASS in $((SECONDS - started))s (of which the package build ${build_seconds}s)"
