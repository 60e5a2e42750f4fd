#!/usr/bin/env bash
# Builds one libFuzzer target (-sanitize=fuzzer,address, release) and runs it for SECONDS.
#   Fuzz/run.sh query|page|plan SECONDS [extra libFuzzer flags]
# The seed corpus is read only; new inputs go to .build-fuzz/corpus/TARGET,
# crashes and timeouts to .build-fuzz/artifacts/TARGET/, the log to .build-fuzz/TARGET-DATE.log.
set -euo pipefail
cd "$(dirname "$0")"
export PATH="/opt/swift/usr/bin:$PATH"

target=${1:?usage: run.sh query|page|plan SECONDS}
seconds=${2:?usage: run.sh query|page|plan SECONDS}
shift 2
# The page target's seeds are the pages of imports/, read in place (libFuzzer reads folders
# recursively); the others' are made by make-seeds.sh.
case "$target" in
    query) product=FuzzQuery; max_len=4096; seeds=Seeds/query ;;
    page) product=FuzzPage; max_len=65536; seeds=../imports ;;
    plan) product=FuzzPlan; max_len=16384; seeds=Seeds/plan ;;
    *) echo "unknown target $target: query, page or plan" >&2; exit 2 ;;
esac

scratch=.build-fuzz
swift build -c release --scratch-path "$scratch" --product "$product" \
    -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address
binary="$scratch/release/$product"

corpus="$scratch/corpus/$target"
artifacts="$scratch/artifacts/$target/"
mkdir -p "$corpus" "$artifacts"
log="$scratch/$target-$(date -u +%Y%m%dT%H%M%S).log"
echo "fuzzing $target for $seconds s; log $log"
# One process on purpose: the machine's two cores are shared. ASan's leak check is off because
# the targets keep their fixtures in globals for the whole run.
ASAN_OPTIONS=detect_leaks=0 nice -n 10 "$binary" "$corpus" "$seeds" \
    -max_total_time="$seconds" -max_len="$max_len" -timeout=30 -rss_limit_mb=2048 \
    -artifact_prefix="$artifacts" -print_final_stats=1 "$@" 2>&1 | tee "$log" | grep -E '^#[0-9]+.*(pulse|DONE)|ERROR|stat::' || true
