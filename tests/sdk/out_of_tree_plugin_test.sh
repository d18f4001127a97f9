#!/usr/bin/env bash
# The plugin SDK used as a plugin author outside this repository uses it:
#  1. installs the build tree (every component: the SDK and the db-manage binary),
#     plugins and drivers under the prefix given, where the binary finds them;
#  2. checks the SDK's layout (what the Debian -dev package ships), that component
#     "sdk" holds exactly that, and that the SDK version and plugin ABI number
#     agree everywhere (entry.h as compiled, find_package, pkg-config);
#  3. compiles and links a translation unit with pkg-config's flags alone;
#  4. builds examples/out-of-tree-plugin with find_package alone;
#  5. migrates a real SQLite file with the installed binary and that plugin:
#     upgrade in two steps with rows in between (the data migration), current,
#     history, the tables and indexes made, and downgrade to base;
#  6. `revision -m` into a copy of the example (git status: the new file and
#     the revisions.list line only), rebuilt: heads and history show it;
#  7. the example's models: `check` passes; in another copy the models change,
#     `revision --autogenerate` drafts the revision (without a database, and
#     against one at head, refusing one behind), rebuilt it runs both ways and
#     `check` passes, a second autogenerate is empty; a rename is asked for,
#     and removing a known difference makes `check` fail naming its column; an
#     enum given a label is drafted as one `op.alter_enum` for every dialect.
# Everything goes under one temporary directory, removed however the script ends.
#
# Usage: out_of_tree_plugin_test.sh SOURCE_DIR BUILD_DIR LIBDIR CXX CXX_FLAGS LINK_FLAGS BUILD_TYPE
#   LIBDIR      the build's CMAKE_INSTALL_LIBDIR (relative to the prefix)
#   CXX         the build's C++ compiler: the plugin's build tag must be the host's
#   CXX_FLAGS   the build's compile flags that reach every target (the sanitizers
#               of -DDBM_SANITIZE=ON put ";asan" in the tag), plus warnings as errors
#   LINK_FLAGS  the same for linking
set -euo pipefail

if (($# != 7)); then
  echo "usage: $0 SOURCE_DIR BUILD_DIR LIBDIR CXX CXX_FLAGS LINK_FLAGS BUILD_TYPE" >&2
  exit 2
fi
source_dir=$1 build_dir=$2 libdir=$3 cxx=$4 cxx_flags=$5 link_flags=$6 build_type=$7

tmp=$(mktemp -d "${TMPDIR:-/tmp}/dbm-sdk-test.XXXXXX")
# cmake --install writes install_manifest.txt (install_manifest_sdk.txt for
# --component sdk) into the build tree: put back what was there before.
manifests=(install_manifest.txt install_manifest_sdk.txt)
mkdir "$tmp/manifests"
for name in "${manifests[@]}"; do
  [[ ! -e $build_dir/$name ]] || cp -p "$build_dir/$name" "$tmp/manifests/"
done
# shellcheck disable=SC2317  # reached through the EXIT trap
cleanup() {
  for name in "${manifests[@]}"; do
    if [[ -e $tmp/manifests/$name ]]; then
      cp -p "$tmp/manifests/$name" "$build_dir/$name"
    else
      rm -f "$build_dir/$name"
    fi
  done
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

step() { printf '== %s\n' "$*"; }
fail() {
  printf 'FAIL: %s\n' "$*" >&2
  exit 1
}
# expect_equal WHAT EXPECTED ACTUAL
expect_equal() {
  if [[ $2 != "$3" ]]; then
    printf 'FAIL: %s\n--- expected\n%s\n--- actual\n%s\n' "$1" "$2" "$3" >&2
    exit 1
  fi
}

# The install goes to --prefix $prefix under DESTDIR=$stage, so everything,
# the host's plugins and drivers too, lands inside $tmp. The installed tree is
# then $root.
prefix=$tmp/prefix
stage=$tmp/stage
root=$stage$prefix
pkgconfig_dir=$root/$libdir/pkgconfig

step "cmake --install (every component) --prefix $prefix, DESTDIR=$stage"
DESTDIR=$stage cmake --install "$build_dir" --prefix "$prefix" >"$tmp/install.log" ||
  { cat "$tmp/install.log" >&2; fail "cmake --install failed"; }
[[ -x $root/bin/db-manage ]] || fail "no $root/bin/db-manage"
# The tools' names are made by install code, not listed in the manifest: beside the binary.
[[ $(readlink "$root/bin/blazar-db-manage") == db-manage ]] || fail "no $root/bin/blazar-db-manage -> db-manage"

step "the SDK's layout, and component sdk holds it and nothing else"
expected_sdk=$(
  cd "$source_dir/plugin_api/include" && find dbm -type f | sed 's|^|include/|'
  printf '%s\n' \
    "$libdir/libdbm_plugin_api.a" \
    "$libdir/cmake/DbManagePluginApi/DbManagePluginApiConfig.cmake" \
    "$libdir/cmake/DbManagePluginApi/DbManagePluginApiConfigVersion.cmake" \
    "$libdir/cmake/DbManagePluginApi/DbManagePluginApiFunctions.cmake" \
    "$libdir/cmake/DbManagePluginApi/exports.map" \
    "$libdir/cmake/DbManagePluginApi/revision_list.cpp.in" \
    "$libdir/cmake/DbManagePluginApi/revision_list.h.in" \
    "$libdir/pkgconfig/db-manage-plugin-api.pc"
)
# The Targets file is one per configuration: DbManagePluginApiTargets.cmake and
# DbManagePluginApiTargets-<config>.cmake.
sdk_only=$tmp/sdk-only
DESTDIR=$sdk_only cmake --install "$build_dir" --prefix /usr --component sdk >/dev/null
actual_sdk=$(cd "$sdk_only/usr" && find . -type f | sed 's|^\./||' | grep -v '/DbManagePluginApiTargets' | sort)
expect_equal "files of component sdk" "$(sort <<<"$expected_sdk")" "$actual_sdk"
[[ -f $sdk_only/usr/$libdir/cmake/DbManagePluginApi/DbManagePluginApiTargets.cmake ]] ||
  fail "component sdk has no DbManagePluginApiTargets.cmake"
grep -qx "prefix=/usr" "$sdk_only/usr/$libdir/pkgconfig/db-manage-plugin-api.pc" ||
  fail "the .pc of an install with --prefix /usr does not say prefix=/usr"
for file in $expected_sdk; do
  [[ -f $root/$file ]] || fail "the full install has no $file"
done

step "the version and the ABI number: entry.h as compiled, find_package, pkg-config"
# The header's numbers, read by the compiler from the installed entry.h.
cat >"$tmp/numbers.cpp" <<'EOF'
#include <cstdio>
#include <dbm/entry.h>
int main() {
  std::printf("%u.%u %u\n", unsigned{dbm::kSdkVersionMajor}, unsigned{dbm::kSdkVersionMinor},
              unsigned{dbm::kPluginApiVersion});
}
EOF
# shellcheck disable=SC2086  # the flags are words
"$cxx" -std=c++20 $cxx_flags -I"$root/include" "$tmp/numbers.cpp" $link_flags -o "$tmp/numbers"
read -r header_version header_abi < <("$tmp/numbers")
header_major=${header_version%%.*}
echo "entry.h: SDK $header_version, plugin ABI $header_abi"

mkdir -p "$tmp/probe"
cat >"$tmp/probe/CMakeLists.txt" <<'EOF'
cmake_minimum_required(VERSION 3.25)
project(probe NONE)
find_package(DbManagePluginApi ${WANTED} CONFIG REQUIRED)
if(NOT TARGET DbManage::plugin_api OR NOT COMMAND dbm_add_service_plugin OR NOT COMMAND dbm_add_plugin)
  message(FATAL_ERROR "the package gives no DbManage::plugin_api, dbm_add_service_plugin or dbm_add_plugin")
endif()
message(STATUS "found=${DbManagePluginApi_VERSION} ${DbManagePluginApi_ABI_VERSION}")
EOF
probe() { cmake -S "$tmp/probe" -B "$tmp/probe/build-$1" -DWANTED="$1" -DCMAKE_PREFIX_PATH="$root" 2>&1; }
out=$(probe "$header_major.0") || fail "find_package(DbManagePluginApi $header_major.0) failed: $out"
expect_equal "find_package's version and ABI" "$header_version $header_abi" "$(sed -n 's/^-- found=//p' <<<"$out")"
# The next major is another ABI: refused, for its version.
if out=$(probe "$((header_major + 1)).0"); then
  fail "find_package(DbManagePluginApi $((header_major + 1)).0) accepted SDK $header_version: $out"
fi
grep -q "DbManagePluginApiConfig.cmake, version: $header_version\$" <<<"$out" ||
  fail "find_package of the next major failed, but not for its version: $out"

export PKG_CONFIG_PATH=$pkgconfig_dir
export PKG_CONFIG_SYSROOT_DIR=$stage  # the .pc names $prefix; the files are under DESTDIR
unset PKG_CONFIG_LIBDIR
expect_equal "pkg-config --modversion" "$header_version" "$(pkg-config --modversion db-manage-plugin-api)"
expect_equal "pkg-config abi_version" "$header_abi" "$(pkg-config --variable=abi_version db-manage-plugin-api)"
# The prefix of the install (--prefix), not the one configured.
grep -qx "prefix=$prefix" "$pkgconfig_dir/db-manage-plugin-api.pc" ||
  fail "db-manage-plugin-api.pc does not say prefix=$prefix: $(cat "$pkgconfig_dir/db-manage-plugin-api.pc")"

step "a translation unit built with pkg-config's flags alone"
pc_flags=$(pkg-config --cflags --libs db-manage-plugin-api)
echo "pkg-config --cflags --libs: $pc_flags"
cat >"$tmp/uses_sdk.cpp" <<'EOF'
// Includes the SDK and links its library (primary_key_id is compiled there).
#include <cstdio>
#include <dbm/columns.h>
#include <dbm/entry.h>
#include <dbm/plugin.h>
int main() {
  dbm::Plugin plugin{};
  plugin.models.push_back(dbm::table("t", {dbm::primary_key_id()}));
  std::printf("%s %s\n", plugin.models[0].columns[0].name.c_str(), DBM_BUILD_TAG);
}
EOF
# shellcheck disable=SC2086  # the flags are words
"$cxx" $cxx_flags "$tmp/uses_sdk.cpp" $pc_flags $link_flags -o "$tmp/uses_sdk"
"$tmp/uses_sdk" | grep -q '^id ' || fail "the pkg-config-built program did not run"

step "examples/out-of-tree-plugin built against the installed SDK alone"
widget_build=$tmp/widget-build
cmake -S "$source_dir/examples/out-of-tree-plugin" -B "$widget_build" \
  -DCMAKE_PREFIX_PATH="$root" -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE="$build_type" \
  -DCMAKE_CXX_FLAGS="$cxx_flags" -DCMAKE_MODULE_LINKER_FLAGS="$link_flags" \
  -DCMAKE_EXE_LINKER_FLAGS="$link_flags" >"$tmp/widget-configure.log" 2>&1 ||
  { cat "$tmp/widget-configure.log" >&2; fail "configuring the example failed"; }
grep -F -- "-- widget: db-manage plugin SDK $header_version, plugin ABI $header_abi" "$tmp/widget-configure.log" ||
  fail "the example did not find SDK $header_version"
# Nothing of the source tree may be used: the example sees the installed SDK only.
if grep -rqs -- "$source_dir/plugin_api" "$widget_build/CMakeCache.txt" "$widget_build/CMakeFiles"; then
  fail "the example's build refers to the source tree's plugin_api"
fi
cmake --build "$widget_build" --parallel 2 >"$tmp/widget-build.log" 2>&1 ||
  { cat "$tmp/widget-build.log" >&2; fail "building the example failed"; }
module=$widget_build/libdbm_plugin_widget.so
[[ -f $module ]] || fail "no $module"
"$source_dir/tests/structure/exported_symbols.sh" "$module"

step "the installed db-manage migrates a SQLite file with the widget plugin"
db=$tmp/widget.sqlite
conf=$tmp/widget.conf
printf '[database]\nconnection = sqlite:///%s\n' "$db" >"$conf"
db_manage() { env -u DB_MANAGE_PLUGIN_PATH "$root/bin/db-manage" --plugin-dir "$widget_build" "$@"; }
widget() { db_manage --project widget --config-file "$conf" "$@"; }

db_manage plugins | grep -E '^widget +0\.1\.0 ' || { db_manage plugins -v >&2; fail "plugins does not list widget 0.1.0"; }
# The install's own plugin and driver directories, under the prefix it was
# installed to (not the configured one): the binary looks beside itself, so
# a plugin put there is found with no --plugin-dir.
for file in "$libdir/db-manage/plugins/libdbm_plugin_blazar.so" "$libdir/db-manage/drivers/postgresql.so"; do
  [[ -f $root/$file ]] || fail "no $root/$file: cmake --install --prefix did not move it"
done
cp "$module" "$root/$libdir/db-manage/plugins/"
env -u DB_MANAGE_PLUGIN_PATH "$root/bin/db-manage" plugins | grep -E "^widget +0\.1\.0 .*$root/$libdir/db-manage/plugins/" ||
  fail "the installed binary does not find a plugin in its install's plugin directory"
rm "$root/$libdir/db-manage/plugins/libdbm_plugin_widget.so"
expect_equal "history" "$(cat "$source_dir/tests/sdk/widget_history.txt")" "$(widget history)"
expect_equal "heads" "e9d04b7f3a81 (head)" "$(widget heads)"

widget upgrade c5f8a2d9e013
expect_equal "current after upgrade c5f8a2d9e013" "c5f8a2d9e013" "$(widget current 2>/dev/null)"
# Rows for the data migration: the slug rule, and a soft-deleted twin the
# partial unique index allows.
sqlite3 "$db" "INSERT INTO widgets (id, name, deleted) VALUES (1, 'Left Gear, 2nd', 0), (2, 'Spring!', 0), (3, 'Spring!', 3),
                 (4, '--Big  Cog--', 0);
               INSERT INTO parts (widget_id, name) VALUES (1, 'tooth');"
if sqlite3 "$db" "INSERT INTO widgets (id, name, deleted) VALUES (5, 'Spring!', 0);" 2>/dev/null; then
  fail "two live widgets named 'Spring!': the unique index of 7b3e9f0a1c24 is missing"
fi
widget upgrade head 2>"$tmp/upgrade.err" || { cat "$tmp/upgrade.err" >&2; fail "upgrade head failed"; }
grep -q "Running upgrade c5f8a2d9e013 -> e9d04b7f3a81, fill widget slugs" "$tmp/upgrade.err" ||
  fail "upgrade head did not log the step: $(cat "$tmp/upgrade.err")"
expect_equal "current at head" "e9d04b7f3a81 (head)" "$(widget current 2>/dev/null)"
expect_equal "slugs" "$(printf '1|left-gear-2nd\n2|spring\n3|spring\n4|big-cog')" "$(sqlite3 "$db" "SELECT id, slug FROM widgets ORDER BY id")"
expect_equal "tables" "alembic_version parts widgets" \
  "$(sqlite3 "$db" "SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name)")"
expect_equal "indexes" "ix_parts_widget_id ix_widgets_slug uniq_widgets_live_name" \
  "$(sqlite3 "$db" "SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name)")"
# SQLite's branch of 7b3e9f0a1c24 is the partial index.
sqlite3 "$db" "SELECT sql FROM sqlite_master WHERE name = 'uniq_widgets_live_name'" | grep -q "WHERE deleted = 0" ||
  fail "uniq_widgets_live_name is not the partial index"
expect_equal "parts kept" "1|tooth|1" "$(sqlite3 "$db" "SELECT widget_id, name, quantity FROM parts")"

step "offline: --sql refuses the C++ data migration, and says which"
if widget upgrade head --sql >"$tmp/offline.sql" 2>"$tmp/offline.err"; then
  fail "upgrade head --sql wrote a script past a data migration without offline SQL"
fi
grep -q "fill widgets.slug from each widget's name" "$tmp/offline.err" ||
  fail "--sql's refusal does not name the data migration: $(cat "$tmp/offline.err")"

step "downgrade base"
widget downgrade base 2>/dev/null
expect_equal "tables after downgrade base" "alembic_version" \
  "$(sqlite3 "$db" "SELECT group_concat(name, ' ') FROM sqlite_master WHERE type = 'table'")"
expect_equal "current after downgrade base" "" "$(widget current 2>/dev/null)"

step "revision in a copy of the example: one new file and one new line; rebuilt, it is the head"
copy=$tmp/widget-copy
cp -R "$source_dir/examples/out-of-tree-plugin" "$copy"
git -C "$copy" init -q
git -C "$copy" add -A
git -C "$copy" -c user.name=test -c user.email=test@localhost commit -qm "the example as shipped"
out=$(widget revision -m "Add gadgets, and their parts" --source-dir "$copy") || fail "revision failed: $out"
new_id=$(sed -n 's|^Generating .*/revisions/\([0-9a-f]\{12\}\)_add_gadgets_and_their_parts\.cpp \.\.\.  done$|\1|p' <<<"$out")
[[ -n $new_id ]] || fail "revision's output is not Alembic's 'Generating <file> ...  done': $out"
expect_equal "what revision changed (git status)" \
  "$(printf ' M revisions.list\n?? revisions/%s_add_gadgets_and_their_parts.cpp' "$new_id")" \
  "$(git -C "$copy" status --porcelain)"
expect_equal "the line added to revisions.list" "+${new_id}_add_gadgets_and_their_parts" \
  "$(git -C "$copy" diff -U0 revisions.list | grep '^+[^+]')"
# build_copy SOURCE BUILD WHAT: (re)configures and builds a copy of the
# example against the installed SDK, as its maintainer would.
build_copy() {
  cmake -S "$1" -B "$2" \
    -DCMAKE_PREFIX_PATH="$root" -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE="$build_type" \
    -DCMAKE_CXX_FLAGS="$cxx_flags" -DCMAKE_MODULE_LINKER_FLAGS="$link_flags" \
    -DCMAKE_EXE_LINKER_FLAGS="$link_flags" >"$tmp/copy-configure.log" 2>&1 ||
    { cat "$tmp/copy-configure.log" >&2; fail "configuring the copy failed ($3)"; }
  cmake --build "$2" --parallel 2 >"$tmp/copy-build.log" 2>&1 ||
    { cat "$tmp/copy-build.log" >&2; fail "building the copy failed ($3)"; }
}
copy_build=$tmp/widget-copy-build
build_copy "$copy" "$copy_build" "with the new revision"
copy_tool() { env -u DB_MANAGE_PLUGIN_PATH "$root/bin/db-manage" --plugin-dir "$copy_build" --project widget "$@"; }
expect_equal "heads after the rebuild" "$new_id (head)" "$(copy_tool heads)"
expect_equal "history's newest line" "e9d04b7f3a81 -> $new_id (head), Add gadgets, and their parts" \
  "$(copy_tool history | head -n 1)"

step "models: check passes on the example; autogenerate drafts a model change; rebuilt, check passes again"
expect_equal "check on the example as shipped" "No new upgrade operations detected." "$(db_manage --project widget check)"
models=$tmp/widget-models
models_build=$tmp/widget-models-build
cp -R "$source_dir/examples/out-of-tree-plugin" "$models"
git -C "$models" init -q
git -C "$models" add -A
git -C "$models" -c user.name=test -c user.email=test@localhost commit -qm "the example as shipped"
# The maintainer's change: a gadgets table, and parts gain a colour.
sed -i 's|^  std::vector<Table> tables;$|  parts.columns.push_back(column("colour", types::string(32)));\
  Table gadgets = table("gadgets", {column("id", types::integer()).primary(),\
                                    column("label", types::string(80)).not_null(),\
                                    column("kind", types::enumeration("gadget_kind", {"small", "large"}))});\
&|; s|^  tables.push_back(std::move(parts));$|&\
  tables.push_back(std::move(gadgets));|' "$models/models.cpp"
grep -q '"gadgets"' "$models/models.cpp" || fail "the test's edit of models.cpp did not apply"
build_models() { build_copy "$models" "$models_build" "$1"; }
# No --config-file: no database; the revisions are replayed on every dialect.
models_tool() { env -u DB_MANAGE_PLUGIN_PATH "$root/bin/db-manage" --plugin-dir "$models_build" --project widget "$@"; }
build_models "the models changed"
if out=$(models_tool check 2>&1); then fail "check passed with a model change no revision makes: $out"; fi
grep -qF "('add_table', 'gadgets'," <<<"$out" || fail "check does not name the new table: $out"
grep -qF "('add_column', 'parts', 'colour'" <<<"$out" || fail "check does not name the new column: $out"

out=$(models_tool revision -m "gadgets and part colours" --autogenerate --source-dir "$models" 2>"$tmp/autogenerate.err") ||
  fail "revision --autogenerate failed: $out $(cat "$tmp/autogenerate.err")"
auto_id=$(sed -n 's|^Generating .*/revisions/\([0-9a-f]\{12\}\)_gadgets_and_part_colours\.cpp \.\.\.  done$|\1|p' <<<"$out")
[[ -n $auto_id ]] || fail "revision --autogenerate's output is not Alembic's 'Generating <file> ...  done': $out"
grep -qF "[alembic.autogenerate.compare] Detected ('add_table', 'gadgets'," "$tmp/autogenerate.err" ||
  fail "autogenerate did not log what it detected: $(cat "$tmp/autogenerate.err")"
expect_equal "what autogenerate changed (git status)" \
  "$(printf ' M models.cpp\n M revisions.list\n?? revisions/%s_gadgets_and_part_colours.cpp' "$auto_id")" \
  "$(git -C "$models" status --porcelain)"
generated=$models/revisions/${auto_id}_gadgets_and_part_colours.cpp
for statement in 'op.create_table({.name = "gadgets"' 'op.add_column("parts", column("colour", types::string(32)));' \
  'op.drop_column("parts", "colour");' 'op.drop_table("gadgets");'; do
  grep -qF "$statement" "$generated" || fail "the generated revision lacks $statement: $(cat "$generated")"
done
build_models "with the generated revision"
expect_equal "heads with the generated revision" "$auto_id (head)" "$(models_tool heads)"
expect_equal "check with the generated revision" "No new upgrade operations detected." "$(models_tool check)"
git -C "$models" add -A
git -C "$models" -c user.name=test -c user.email=test@localhost commit -qm "gadgets and part colours"
# The generated revision runs, both ways, on a real database.
models_db=$tmp/widget-models.sqlite
printf '[database]\nconnection = sqlite:///%s\n' "$models_db" >"$tmp/widget-models.conf"
models_online() { models_tool --config-file "$tmp/widget-models.conf" "$@"; }
models_online upgrade head 2>/dev/null
expect_equal "gadgets at head" "id|INTEGER|1 label|VARCHAR(80)|1 kind|VARCHAR(5)|0" \
  "$(sqlite3 "$models_db" "SELECT group_concat(name || '|' || type || '|' || \"notnull\", ' ') FROM pragma_table_info('gadgets')")"
# A second autogenerate: the models and head agree, so its file records nothing.
out=$(models_tool revision -m "nothing more" --autogenerate --source-dir "$models" 2>/dev/null) ||
  fail "a second revision --autogenerate failed: $out"
second=$(sed -n 's|^Generating \(.*\.cpp\) \.\.\.  done$|\1|p' <<<"$out")
grep -qF "the models and head agree" "$second" || fail "the second autogenerate is not empty: $(cat "$second")"
if grep -q "op\.[a-z_]*(" "$second"; then fail "the second autogenerate recorded operations: $(cat "$second")"; fi
rm "$second"
git -C "$models" checkout -q revisions.list

step "autogenerate against a database (Alembic's way): at head only; then what the database lacks"
models_online downgrade -1 2>/dev/null
expect_equal "gadgets after the generated downgrade" "" \
  "$(sqlite3 "$models_db" "SELECT name FROM sqlite_master WHERE name = 'gadgets'")"
expect_equal "parts after the generated downgrade" "0" \
  "$(sqlite3 "$models_db" "SELECT count(*) FROM pragma_table_info('parts') WHERE name = 'colour'")"
if out=$(models_online revision -m "behind" --autogenerate --source-dir "$models" 2>&1); then
  fail "autogenerate against a database behind head wrote a revision: $out"
fi
grep -qF "Target database is not up to date." <<<"$out" || fail "not Alembic's refusal: $out"
expect_equal "nothing written when refused" "" "$(git -C "$models" status --porcelain)"
models_online upgrade head 2>/dev/null
out=$(models_online revision -m "from the database" --autogenerate --source-dir "$models" 2>/dev/null) ||
  fail "autogenerate against a database at head failed: $out"
live=$(sed -n 's|^Generating \(.*\.cpp\) \.\.\.  done$|\1|p' <<<"$out")
grep -qF "the models and head agree" "$live" || fail "the database at head differs from the models: $(cat "$live")"
git -C "$models" checkout -q revisions.list
rm "$live"

step "a rename is asked for, never guessed; known differences removed: check names them, a draft branches per dialect"
sed -i 's|column("colour", types::string(32))|column("color", types::string(32))|' "$models/models.cpp"
sed -i '/\.object = "slug"/d; /\.object = "uniq_widgets_live_name"/d' "$models/known_differences.cpp"
expect_equal "the test's edits" "2" "$(git -C "$models" diff --numstat | wc -l)"
build_models "a column renamed, a known difference removed"
if out=$(models_tool revision -m "color" --autogenerate --source-dir "$models" 2>&1); then
  fail "autogenerate took a dropped and an added column of one type as it liked: $out"
fi
grep -qF "parts.colour -> parts.color" <<<"$out" || fail "the refusal does not name the pair: $out"
grep -qF -- "--rename" <<<"$out" || fail "the refusal does not say how to settle it: $out"
expect_equal "nothing written when refused" "" "$(git -C "$models" status --porcelain -- revisions revisions.list)"
out=$(models_tool revision -m "color" --autogenerate --rename parts.colour:color --source-dir "$models" 2>/dev/null) ||
  fail "autogenerate --rename failed: $out"
renamed=$(sed -n 's|^Generating \(.*\.cpp\) \.\.\.  done$|\1|p' <<<"$out")
grep -qF '.column = "colour", .new_name = "color"' "$renamed" || fail "no rename written: $(cat "$renamed")"
if grep -q "drop_column\|add_column" "$renamed"; then fail "the rename was written as a drop and an add: $(cat "$renamed")"; fi
# The partial index is SQLite's alone (replay does not read 7b3e9f0a1c24's
# SQL on the others): what differs per dialect goes under op.dialect().
for statement in 'if (op.dialect() == "sqlite") {' 'if (op.dialect() == "postgresql" || op.dialect() == "mysql") {' \
  'op.drop_index({.name = "uniq_widgets_live_name", .table = "widgets"});'; do
  grep -qF "$statement" "$renamed" || fail "the per-dialect draft lacks $statement: $(cat "$renamed")"
done
if out=$(models_tool check 2>&1); then fail "check passed with the slug's known difference removed: $out"; fi
grep -qF "('modify_nullable', 'widgets', 'slug', 'NULL', 'NOT NULL')" <<<"$out" ||
  fail "check does not name the column whose known difference was removed: $out"

step "an enum's labels changed in the models: the draft alters the type on every dialect"
git -C "$models" checkout -q models.cpp known_differences.cpp revisions.list
rm "$renamed"
sed -i 's|types::enumeration("gadget_kind", {"small", "large"})|types::enumeration("gadget_kind", {"small", "medium", "large"})|' \
  "$models/models.cpp"
expect_equal "the test's edit" "1" "$(git -C "$models" diff --numstat | wc -l)"
build_models "an enum given a label"
if out=$(models_tool check 2>&1); then fail "check passed with an enum label no revision adds: $out"; fi
grep -qF "('modify_type', 'gadgets', 'kind'," <<<"$out" || fail "check does not name the enum column: $out"
out=$(models_tool revision -m "medium gadgets" --autogenerate --source-dir "$models" 2>/dev/null) ||
  fail "autogenerate of an enum label failed: $out"
relabelled=$(sed -n 's|^Generating \(.*\.cpp\) \.\.\.  done$|\1|p' <<<"$out")
for statement in \
  'op.alter_enum({.name = "gadget_kind", .values = {"small", "medium", "large"}, .columns = {{"gadgets", "kind"}}});' \
  'op.alter_enum({.name = "gadget_kind", .values = {"small", "large"}, .columns = {{"gadgets", "kind"}}});'; do
  grep -qF "$statement" "$relabelled" || fail "the enum draft lacks $statement: $(cat "$relabelled")"
done
# The way up is one verb for every dialect; the way back too, but on SQLite,
# whose VARCHAR has lost the old labels (an alter_column back to VARCHAR(5)).
if sed -n '/^void upgrade/,/^}/p' "$relabelled" | grep -q "op.dialect()"; then
  fail "an enum's new labels drafted per dialect: $(cat "$relabelled")"
fi
grep -qF 'if (op.dialect() == "postgresql" || op.dialect() == "mysql") {' "$relabelled" ||
  fail "the enum's way back is not PostgreSQL's and MySQL's alone: $(cat "$relabelled")"
build_models "with the enum revision"
expect_equal "check with the enum revision (replayed on every dialect)" "No new upgrade operations detected." \
  "$(models_tool check)"
models_online upgrade head 2>/dev/null
expect_equal "the enum column at head on SQLite" "VARCHAR(6)" \
  "$(sqlite3 "$models_db" "SELECT type FROM pragma_table_info('gadgets') WHERE name = 'kind'")"

echo "ok"
