#!/usr/bin/env bash
# Fuzzes db-manage's hostile-input surfaces for a bounded time: builds the
# libFuzzer targets of tests/fuzz into build-fuzz/ (clang, ASan+UBSan,
# -DDBM_FUZZ=ON) and runs each for SECONDS (default 30) on a scratch copy of
# its corpus. Exit status: 0 when no target found anything; 1 when one
# crashed, leaked, hit undefined behaviour, broke an invariant, ran out of
# memory or hung on an input (each is reported, with the input saved).
#
#   scripts/fuzz.sh [SECONDS]          # every target
#   DBM_FUZZ_TARGETS="url cli" scripts/fuzz.sh 60
#   DBM_FUZZ_MAX_LEN=65536 scripts/fuzz.sh 300   # longer inputs (default 4096 bytes)
#
# Where things go (all under build-fuzz/, nothing in the repository):
#   build-fuzz/fuzz-corpus/<target>/   the scratch corpus: the seeds plus what this run found
#   build-fuzz/fuzz-artifacts/<target>/ crash-*, leak-*, oom-*, timeout-* inputs and the log
# A finding is replayed with the target binary (build-fuzz/tests/fuzz/fuzz_<target> FILE)
# or, under GCC, with the normal build's build/tests/fuzz/fuzz_replay_<target> FILE;
# once fixed, copy the input into tests/fuzz/corpus/<target>/ as regress-<what>.
# New interesting inputs are not added to the repository's corpus by this
# script. To keep them, merge (libFuzzer copies only inputs adding coverage):
#   build-fuzz/tests/fuzz/fuzz_<target> -merge=1 tests/fuzz/corpus/<target> build-fuzz/fuzz-corpus/<target>
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib/packages.sh
source "$root/scripts/lib/packages.sh"

seconds=${1:-30}
if ! [[ $seconds =~ ^[0-9]+$ ]] || ((seconds < 1)); then
  echo "usage: $0 [SECONDS per target, at least 1]" >&2
  exit 2
fi

dbm_ensure_packages "${DBM_BUILD_PACKAGES[@]}" "${DBM_FUZZ_PACKAGES[@]}"

build_dir=$root/build-fuzz
mkdir -p "$build_dir"
if ! CC=clang CXX=clang++ cmake -S "$root" -B "$build_dir" -DDBM_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  >"$build_dir/configure.log" 2>&1; then
  cat "$build_dir/configure.log" >&2
  echo "error: cmake configure of the fuzz build failed (log: $build_dir/configure.log)" >&2
  exit 1
fi
cmake --build "$build_dir" -j2 --target dbm_fuzz_targets

targets=()
if [[ -n ${DBM_FUZZ_TARGETS:-} ]]; then
  read -r -a targets <<<"$DBM_FUZZ_TARGETS"
else
  for source in "$root"/tests/fuzz/*_fuzz.cpp; do
    name=$(basename "$source" _fuzz.cpp)
    targets+=("$name")
  done
fi

# Fatal on any report; leaks are checked by libFuzzer itself (-detect_leaks).
export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_stack_use_after_return=1:strict_string_checks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

failed=()
for target in "${targets[@]}"; do
  binary=$build_dir/tests/fuzz/fuzz_$target
  seeds=$root/tests/fuzz/corpus/$target
  if [[ ! -x $binary || ! -d $seeds ]]; then
    echo "error: no fuzz target '$target' (expected $binary and $seeds)" >&2
    failed+=("$target")
    continue
  fi
  corpus=$build_dir/fuzz-corpus/$target
  artifacts=$build_dir/fuzz-artifacts/$target
  rm -rf "$corpus" "$artifacts"
  mkdir -p "$corpus" "$artifacts"
  cp -R "$seeds"/. "$corpus"/
  log=$artifacts/fuzz.log
  echo "fuzz: $target for ${seconds}s (log: $log)"
  # -timeout: one input taking 10 s is a hang. -rss_limit_mb: 2 GB is an
  # input that asks for unbounded memory. -max_len: inputs are made and seeds
  # read up to 4 KiB (DBM_FUZZ_MAX_LEN), which keeps a short run at hundreds
  # or thousands of inputs a second; the big seeds (50,000-byte arguments,
  # a 40,000-part key, a 2 MB manifest) run whole in the normal build's
  # fuzz_replay_* tests. The corpus directory comes first: libFuzzer writes
  # new inputs there, i.e. into the scratch copy.
  rc=0
  "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="${DBM_FUZZ_MAX_LEN:-4096}" \
    -print_final_stats=1 -artifact_prefix="$artifacts/" "$corpus" >"$log" 2>&1 </dev/null || rc=$?
  found=$(find "$artifacts" -maxdepth 1 -type f ! -name fuzz.log | sort)
  if ((rc != 0)) || [[ -n $found ]]; then
    echo "fuzz: $target FAILED (exit status $rc); end of its log:" >&2
    tail -n 40 "$log" >&2
    [[ -n $found ]] && printf 'fuzz: input saved: %s\n' "$found" >&2
    failed+=("$target")
  else
    grep -E '^stat::number_of_executed_units|^#[0-9]+ *DONE' "$log" | tail -n 2 | sed "s/^/fuzz: $target: /"
  fi
done

if ((${#failed[@]} > 0)); then
  echo "fuzz: FAILED: ${failed[*]}" >&2
  exit 1
fi
echo "fuzz: ${#targets[@]} targets, ${seconds}s each: nothing found"
