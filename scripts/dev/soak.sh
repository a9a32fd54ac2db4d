#!/usr/bin/env bash
# The sync soak (tests/benchmarks/tst_soak.cpp): CalendarSync rounds against the demo tenant with 10 % random faults,
# resident set sampled every 500 cycles.
#   scripts/dev/soak.sh [CYCLES]          the ci preset (optimised), default 10,000 cycles
#   scripts/dev/soak.sh --asan [CYCLES]   the asan preset with LeakSanitizer (tests/asan/lsan.supp), default 1,000
# Only the soak benchmark is built (benchmarks_soak), not the whole tree.
set -euo pipefail
cd "$(dirname "$0")/../.."

preset=ci
if [[ "${1:-}" == "--asan" ]]; then
    preset=asan
    shift
fi
cycles="${1:-}"
if [[ -z "$cycles" ]]; then
    [[ "$preset" == asan ]] && cycles=1000 || cycles=10000
fi

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
[[ -f "build/$preset/build.ninja" ]] || cmake --preset "$preset" "${launcher[@]}" >/dev/null
cmake --build "build/$preset" --target benchmarks_soak

export MENTORDESK_SOAK_CYCLES="$cycles" QT_QPA_PLATFORM=offscreen
if [[ "$preset" == asan ]]; then
    export ASAN_OPTIONS="detect_leaks=1:${ASAN_OPTIONS:-}"
    export LSAN_OPTIONS="suppressions=$PWD/tests/asan/lsan.supp:print_suppressions=1:${LSAN_OPTIONS:-}"
fi
exec "build/$preset/tests/benchmarks_soak"
