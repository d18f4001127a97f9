# shellcheck shell=bash
# Configures and builds the project into build/ (the official build directory).
# Sourced by scripts/demo.sh and scripts/test.sh; knows nothing about packages or servers.

# dbm_build REPO_ROOT [CMAKE_ARGS...] — configure (cheap when nothing changed) and build with
# -j2. DBM_BUILD_TYPE overrides the top-level CMakeLists' default build type; CMAKE_ARGS go to
# the configure step (scripts/test.sh passes -DDBM_WERROR=ON).
dbm_build() {
  local root=$1
  shift
  dbm_build_in "$root" "$root/build" "$@"
}

# dbm_build_in REPO_ROOT BUILD_DIR [CMAKE_ARGS...] — the same into another directory
# (scripts/test.sh's sanitizer build, build-asan/).
dbm_build_in() {
  local root=$1
  local build_dir=$2
  shift 2
  local -a type_arg=()
  [[ -n ${DBM_BUILD_TYPE:-} ]] && type_arg=(-DCMAKE_BUILD_TYPE="$DBM_BUILD_TYPE")
  mkdir -p "$build_dir"
  # Configure output goes to a log so a clean run stays short; shown in full when it fails.
  if ! cmake -S "$root" -B "$build_dir" "${type_arg[@]}" "$@" >"$build_dir/configure.log" 2>&1; then
    cat "$build_dir/configure.log" >&2
    echo "error: cmake configure failed (log: $build_dir/configure.log)" >&2
    return 1
  fi
  cmake --build "$build_dir" -j2
}
