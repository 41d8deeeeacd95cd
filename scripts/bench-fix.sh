#!/usr/bin/env bash
# Wall time and peak memory of `kontakt fix` on synthetic inputs with about 1 % broken e-mail
# addresses and phone numbers (every region has findings, so every region's workbook is made:
# each file read again as written, each cell planned, seven workbooks written).
#   scripts/bench-fix.sh [ROWS]      (default: 100000)
# Builds the release binary and the generator, writes each input once (CSV and XLSX), runs
# `fix` 3 times each with /usr/bin/time -v and prints the median wall time and the largest
# peak RSS, and the size of what was written.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet --bin kontakt --example generate
rows=${1:-100000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '%-8s %-7s %10s %12s %12s\n' rows format median_s peak_rss_MB written_MB
for format in csv xlsx; do
  dir="$work/$format/input"
  mkdir -p "$dir"
  ./target/release/examples/generate "$rows" "$dir" $([ "$format" = xlsx ] && echo xlsx) --defects
  times=(); peak=0
  for _ in 1 2 3; do
    rm -rf "$work/$format/fixed"
    out=$( { /usr/bin/time -v ./target/release/kontakt fix "$dir" --month 2021-10 >/dev/null; } 2>&1 )
    t=$(grep 'Elapsed (wall clock)' <<<"$out" | awk '{print $NF}' | awk -F: '{print $(NF-1)*60+$NF}')
    m=$(grep 'Maximum resident' <<<"$out" | awk '{print $NF}')
    times+=("$t"); [ "$m" -gt "$peak" ] && peak=$m
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 2p)
  written=$(du -sm "$work/$format/fixed" | cut -f1)
  printf '%-8s %-7s %10s %12d %12s\n' "$rows" "$format" "$median" $((peak / 1024)) "$written"
done
