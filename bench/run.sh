#!/usr/bin/env bash
# Build-speed benchmark: guardia against Hugo on the same generated bilingual corpus,
# plus guardia serve's one-page rebuild time. See bench/README.md.
#
#   bash bench/run.sh [--quick] [--runs N] [--keep] [PAGES...]
#
#   --quick   only the 1 000-page corpus, 3 timed runs (default: 1 000 and 10 000 pages,
#             5 timed runs at 1 000 and 3 at 10 000)
#   --runs N  timed runs per build, after one warm-up run (or RUNS=N in the environment)
#   --keep    keep the scratch directory (corpora and outputs) and print its path
#   PAGES     corpus sizes to time instead of the default, e.g. `bash bench/run.sh 1000`
#
# Environment: MAKE_CORPUS (default ../shared/bench/make_corpus.py next to the
# repository), BENCH_TMP (where the scratch directory goes, default $TMPDIR or /tmp),
# RUNS. Needs cargo, python3 and Debian's hugo (apt-get install hugo).
# Nothing touches the network; the dev server listens on 127.0.0.1 only.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
quick=0 runs="${RUNS:-}" keep=0 sizes=()
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) quick=1 ;;
        --runs) runs="${2:?--runs needs a number}"; shift ;;
        --keep) keep=1 ;;
        [0-9]*) sizes+=("$1") ;;
        -h | --help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "run.sh: unknown argument $1 (try --help)" >&2; exit 2 ;;
    esac
    shift
done

make_corpus="${MAKE_CORPUS:-$root/../shared/bench/make_corpus.py}"
[ -f "$make_corpus" ] || { echo "run.sh: make_corpus.py not found at $make_corpus (set MAKE_CORPUS)" >&2; exit 2; }
for tool in cargo python3; do
    command -v "$tool" >/dev/null || { echo "run.sh: $tool is required" >&2; exit 2; }
done
have_hugo=1
command -v hugo >/dev/null || { have_hugo=0; echo "run.sh: hugo not found (apt-get install hugo); timing guardia only" >&2; }

scratch="$(mktemp -d "${BENCH_TMP:-${TMPDIR:-/tmp}}/guardia-bench.XXXXXX")"
cleanup() {
    if [ "$keep" = 1 ]; then echo "scratch kept in $scratch"; else rm -rf "$scratch"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ ${#sizes[@]} = 0 ]; then
    if [ "$quick" = 1 ]; then sizes=(1000); else sizes=(1000 10000); fi
fi
runs_for() { if [ -n "$runs" ]; then echo "$runs"; elif [ "$quick" = 1 ]; then echo 3; elif [ "$1" -ge 10000 ]; then echo 3; else echo 5; fi; }

echo "== building guardia (release)"
(cd "$root" && cargo build --release -p guardia)
guardia="${CARGO_TARGET_DIR:-$root/target}/release/guardia"
[ -x "$guardia" ] || { echo "run.sh: $guardia not found after the build" >&2; exit 2; }

# corpus SIZE FLAVOUR -> prints the directory it wrote
corpus() {
    local dir="$scratch/$2-$1"
    python3 "$make_corpus" "$1" "$dir" "$2" >&2
    if [ "$2" = hugo ]; then cp -R "$here/hugo/." "$dir/"; fi
    if [ "$2" = plain ]; then mkdir -p "$dir/runbooks"; fi
    echo "$dir"
}

# field JSON NAME
field() { python3 -c 'import json,sys; print(json.loads(sys.argv[1])[sys.argv[2]])' "$1" "$2"; }

results=()
export GUARDIA_LANG=en HUGO_CACHEDIR="$scratch/hugo-cache"
for n in "${sizes[@]}"; do
    r="$(runs_for "$n")"
    echo "== $n pages: generating corpora"
    plain="$(corpus "$n" plain)"
    echo "== $n pages: guardia build, 1 warm-up + $r runs"
    g="$(python3 "$here/timeit.py" "$r" "$plain/public" -- \
        "$guardia" build --content "$plain/content" --runbooks "$plain/runbooks" --out "$plain/public")"
    "$guardia" build --content "$plain/content" --runbooks "$plain/runbooks" --out "$plain/public" | tail -n 1
    g_html="$(find "$plain/public" -name '*.html' | wc -l)"
    h="" h_html=""
    if [ "$have_hugo" = 1 ]; then
        hugo_dir="$(corpus "$n" hugo)"
        echo "== $n pages: hugo, 1 warm-up + $r runs"
        h="$(python3 "$here/timeit.py" "$r" "$hugo_dir/public" -- \
            hugo --quiet --source "$hugo_dir" --destination "$hugo_dir/public")"
        h_html="$(find "$hugo_dir/public" -name '*.html' | wc -l)"
        rm -rf "$hugo_dir"
    fi
    results+=("$n|$g|$g_html|$h|$h_html")
    if [ "$n" != 1000 ]; then rm -rf "$plain"; fi
done

echo "== guardia serve: one-page rebuild on the 1 000-page corpus (5 body edits)"
plain="$scratch/plain-1000"
[ -d "$plain" ] || corpus 1000 plain >/dev/null
serve="$(python3 "$here/rebuild.py" 5 "$guardia" "$plain/content" "$plain/runbooks" "$scratch/serve-out" \
    pagos/guide-0001.en.md en/pagos/guide-0001/index.html)"

python3 "$here/report.py" "$(nproc 2>/dev/null || echo '?')" "$serve" "${results[@]}"
