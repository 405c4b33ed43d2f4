#!/usr/bin/env bash
# Builds viner's libFuzzer targets (FuzzTesting/, with address sanitizer) and runs each one for
# a given number of seconds, one after the other, starting from the seed corpora in
# FuzzTesting/Corpus/<target>/.
#
# Usage: Scripts/fuzz.sh [options] [SECONDS] [TARGET...]
#   SECONDS      time per target (default 60)
#   TARGET       tokenizer, normalizer, legacy, recognizer (default: all four)
#   --debug      build in debug instead of release (slower; keeps assert() checks)
#   --build-only build the targets and stop
#   --no-build   reuse the last build
#   -- ARGS      extra libFuzzer arguments, e.g. -- -max_len=16384 -only_ascii=1
#
# Output lives under .build-fuzz/: grown corpora in corpus/<target>/, crash and timeout
# reproducers in artifacts/<target>/, full logs in logs/<target>.log. The script prints each
# run's executions and exec/s and exits non-zero when any target found something.
# Reproduce a finding with: .build-fuzz/<config>/Fuzz<Target> <artifact file>
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

config=release
build=1
run=1
seconds=60
targets=()
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --debug) config=debug ;;
    --build-only) run=0 ;;
    --no-build) build=0 ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    --) shift; extra=("$@"); break ;;
    [0-9]*) seconds=$1 ;;
    tokenizer|normalizer|legacy|recognizer) targets+=("$1") ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
[ ${#targets[@]} -eq 0 ] && targets=(tokenizer normalizer legacy recognizer)

scratch="$root/.build-fuzz"
if [ "$build" = 1 ]; then
  # -sanitize=fuzzer instruments the Swift code for coverage and links libFuzzer. Each target's
  # main.swift starts libFuzzer through LLVMFuzzerRunDriver: SwiftPM links executables with
  # `--defsym main=<Target>_main`, so libFuzzer's own main (the usual `-parse-as-library`
  # recipe) does not link. gold warns "cannot export local symbol" about the sanitizer's
  # helpers: harmless, filtered out.
  swift build --package-path FuzzTesting --scratch-path "$scratch" -c "$config" \
    --sanitize=address -Xswiftc -sanitize=fuzzer 2>&1 | { grep -v "warning: Cannot export local symbol" || true; }
fi
[ "$run" = 1 ] || exit 0

binary_name() {
  case "$1" in
    tokenizer) echo FuzzTokenizer ;;
    normalizer) echo FuzzNormalizer ;;
    legacy) echo FuzzLegacyDecoding ;;
    recognizer) echo FuzzRecognizer ;;
  esac
}

# Swift's own crash backtracer would hold libFuzzer's pipe open after a crash; ASan reports instead.
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1:symbolize=1}
export ASAN_SYMBOLIZER_PATH=${ASAN_SYMBOLIZER_PATH:-$(dirname "$(readlink -f "$(command -v swift)")")/llvm-symbolizer}

status=0
for target in "${targets[@]}"; do
  name=$(binary_name "$target")
  binary="$scratch/$config/$name"
  corpus="$scratch/corpus/$target"
  artifacts="$scratch/artifacts/$target"
  log="$scratch/logs/$target.log"
  mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
  echo "== $name: ${seconds}s, seeds FuzzTesting/Corpus/$target, log $log"
  # New inputs go to the first corpus folder (the scratch one); the seeds stay untouched.
  set +e
  "$binary" "$corpus" "FuzzTesting/Corpus/$target" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=4096 \
    -print_final_stats=1 -artifact_prefix="$artifacts/" ${extra[@]+"${extra[@]}"} >"$log" 2>&1
  code=$?
  set -e
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)
  rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)
  cov=$(grep -o 'cov: [0-9]* ft: [0-9]*' "$log" | tail -1 || true)
  echo "   exit $code, executions ${runs:-?}, ${rate:-?} exec/s, ${cov:-no coverage line}, corpus $(ls "$corpus" | wc -l) files"
  if [ "$code" != 0 ]; then
    status=1
    echo "   FINDING: $(ls -t "$artifacts" | head -1)" ; grep -m3 -E 'invariant violated|Fatal error|ERROR: (AddressSanitizer|libFuzzer)|SUMMARY' "$log" | sed 's/^/   /'
  fi
done
exit $status
