#!/usr/bin/env bash
# Wall time and peak memory of `kontakt check` on synthetic inputs, as the README reports them.
#   scripts/bench.sh [ROWS...]      (default: 1000 10000 100000)
# Builds the release binary and the generator, writes each input once, runs each check 7 times
# with /usr/bin/time -v and prints the median wall time and the largest peak RSS.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet --bin kontakt --example generate
rows=("${@:-1000 10000 100000}")
[ $# -eq 0 ] && rows=(1000 10000 100000)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '%-8s %-7s %12s %12s\n' rows format median_s peak_rss_MB
for n in "${rows[@]}"; do
  for format in csv xlsx; do
    [ "$format" = xlsx ] && [ "$n" -gt 10000 ] && continue
    dir="$work/$format-$n"
    ./target/release/examples/generate "$n" "$dir" $([ "$format" = xlsx ] && echo xlsx)
    times=(); peak=0
    for _ in 1 2 3 4 5 6 7; do
      out=$( { /usr/bin/time -v ./target/release/kontakt check "$dir" >/dev/null; } 2>&1 )
      t=$(grep 'Elapsed (wall clock)' <<<"$out" | awk '{print $NF}' | awk -F: '{print $(NF-1)*60+$NF}')
      m=$(grep 'Maximum resident' <<<"$out" | awk '{print $NF}')
      times+=("$t"); [ "$m" -gt "$peak" ] && peak=$m
    done
    median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 4p)
    printf '%-8s %-7s %12s %12d\n' "$n" "$format" "$median" $((peak / 1024))
  done
done
