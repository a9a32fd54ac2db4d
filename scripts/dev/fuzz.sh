#!/usr/bin/env bash
# Runs MentorDesk's fuzz targets (tests/fuzz) with libFuzzer, AddressSanitizer and UndefinedBehaviorSanitizer.
#   scripts/dev/fuzz.sh TARGET MINUTES        fuzz one target, e.g. scripts/dev/fuzz.sh event 5
#   scripts/dev/fuzz.sh --all MINUTES [JOBS]  every target for MINUTES each, JOBS at a time (default 2: one per core)
#   scripts/dev/fuzz.sh --list                the targets
#   scripts/dev/fuzz.sh --seed                rewrite the seeds taken from tests/data (tests/fuzz/seeds.py)
# New inputs that reach new code are merged into tests/fuzz/corpus/TARGET (commit them); a crash, leak, timeout or
# out-of-memory input is copied to tests/fuzz/crashes/TARGET and the script fails. Both are replayed by the normal
# test suite (ctest -L fuzz). Statistics (-print_final_stats) go to build/fuzz/logs/TARGET.log, one summary line per
# run to build/fuzz/logs/summary.tsv.
set -euo pipefail
cd "$(dirname "$0")/../.."

targets=$(sed -n '/^set(mentordesk_fuzz_targets/,/)/p' tests/fuzz/CMakeLists.txt | tr -d '()' | tr ' ' '\n' |
    grep -v -e 'mentordesk_fuzz_targets' -e '^$')

dictionary() {
    case "$1" in
        eventbodysanitizer | messagecomposer) echo tests/fuzz/dict/html.dict ;;
        loopbackcallback | formencoding | httprequest) echo tests/fuzz/dict/form.dict ;;
        *) echo tests/fuzz/dict/json.dict ;;
    esac
}

build() {
    scripts/install-deps.sh --fuzz
    [[ -f build/fuzz/build.ninja ]] || cmake --preset fuzz >/dev/null
    cmake --build build/fuzz --target "$@"
}

run() {
    local target=$1 minutes=$2
    local binary=build/fuzz/tests/fuzz/fuzz_$target work=build/fuzz/corpus/$target artifacts=build/fuzz/artifacts/$target/
    local log=build/fuzz/logs/$target.log
    rm -rf "$artifacts" # only this run's findings are reported and copied
    mkdir -p "$work" "$artifacts" build/fuzz/logs "tests/fuzz/corpus/$target"
    echo "fuzz: $target for $minutes min (log: $log)"
    local status=0
    ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        QT_QPA_PLATFORM=offscreen "$binary" -max_total_time=$((minutes * 60)) -print_final_stats=1 -timeout=10 \
        -rss_limit_mb=2048 -max_len=65536 -dict="$(dictionary "$target")" -artifact_prefix="$artifacts" \
        "$work" "tests/fuzz/corpus/$target" >"$log" 2>&1 || status=$?
    # Keep what reached new code, minimised, in the committed corpus.
    "$binary" -merge=1 "tests/fuzz/corpus/$target" "$work" >>"$log" 2>&1 || true
    local found
    found=$(find "$artifacts" -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \))
    if [[ -n "$found" ]]; then
        mkdir -p "tests/fuzz/crashes/$target"
        cp $found "tests/fuzz/crashes/$target/"
    fi
    local done_line execs speed corpus
    done_line=$(grep -E '^#[0-9]+\s+DONE' "$log" | head -1 || true) # the run's, not the merge's
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    corpus=$(find "tests/fuzz/corpus/$target" -type f | wc -l)
    printf '%s\t%s min\t%s execs\t%s exec/s\tcorpus %s files\t%s\tstatus %s\t%s findings\n' "$target" "$minutes" \
        "${execs:-?}" "${speed:-?}" "$corpus" "$(sed -E 's/^#[0-9]+\s+DONE\s+//' <<<"$done_line")" "$status" \
        "$(wc -w <<<"$found")" | tee -a build/fuzz/logs/summary.tsv
    [[ $status -eq 0 && -z "$found" ]]
}

case "${1:-}" in
    --list) echo "$targets" ;;
    --seed) python3 tests/fuzz/seeds.py ;;
    --all)
        minutes=${2:?minutes}
        jobs=${3:-2}
        build fuzzers
        failed=0
        # shellcheck disable=SC2086
        printf '%s\n' $targets | xargs -P "$jobs" -I{} "$0" --run {} "$minutes" || failed=1
        exit $failed
        ;;
    --run) run "$2" "$3" ;; # one target, already built (used by --all)
    "" | -h | --help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
    *)
        target=$1
        minutes=${2:?minutes}
        grep -qx "$target" <<<"$targets" || { echo "fuzz: unknown target $target (see --list)" >&2; exit 2; }
        build "fuzz_$target"
        run "$target" "$minutes"
        ;;
esac
