#!/usr/bin/env bash
# kontakt `check` side by side with Frictionless on the same rows, as the README reports it.
#   scripts/bench-frictionless.sh [ROWS...]      (default: 100000 1000000; XLSX up to 100,000)
#
# Makes a venv with frictionless[excel] 5 (target/bench-venv), builds the release binary and the
# generator, and for each size writes the seven regions' files with about 1 % broken e-mail
# addresses and 1 % broken phone numbers (`examples/generate.rs --defects`), plus the same rows
# as one file for Frictionless, checked against scripts/bench/schema.json (the same rules, as
# far as Table Schema can say them). Runs the two interleaved RUNS times (default 3) under
# /usr/bin/time -v and prints the median wall time, the largest peak memory, the ratios, and
# how many of the injected defects each one reported.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-3}
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(100000 1000000)

venv=target/bench-venv
if [ ! -x "$venv/bin/frictionless" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet 'frictionless[excel]==5.*'
fi
cargo build --release --quiet --bin kontakt --example generate
kontakt=./target/release/kontakt
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# `wall_seconds peak_kb` of a command run under /usr/bin/time -v; its stdout goes to $1.
measure() {
  local out=$1; shift
  /usr/bin/time -v -o "$work/time.log" "$@" >"$out" 2>/dev/null || true
  local t m
  t=$(grep 'Elapsed (wall clock)' "$work/time.log" | awk '{print $NF}' | awk -F: '{print $(NF-1)*60+$NF}')
  m=$(grep 'Maximum resident' "$work/time.log" | awk '{print $NF}')
  echo "$t $m"
}

printf '%-9s %-5s %-13s %9s %9s %9s %14s\n' rows format tool median_s peak_MB ratio "defects found"
for n in "${sizes[@]}"; do
  for format in csv xlsx; do
    [ "$format" = xlsx ] && [ "$n" -gt 100000 ] && continue
    dir="$work/$format-$n"
    all="$work/all-$n.$format"
    ./target/release/examples/generate "$n" "$dir" $([ "$format" = xlsx ] && echo xlsx) \
      --defects --combined "$all"
    # The injected defects: every 100th row from 17 (e-mail) and from 59 (phone).
    expected=$(python3 -c "n=$n; print(sum(1 for i in range(n) if i%100==17) + sum(1 for i in range(n) if i%100==59))")
    k_times=(); f_times=(); k_peak=0; f_peak=0
    for _ in $(seq "$runs"); do
      read -r t m < <(measure "$work/k.json" "$kontakt" check "$dir" --format json --quiet)
      k_times+=("$t"); [ "$m" -gt "$k_peak" ] && k_peak=$m
      read -r t m < <(measure "$work/f.json" "$venv/bin/frictionless" validate "$all" \
        --schema scripts/bench/schema.json --limit-errors 100000000 --json --trusted)
      f_times+=("$t"); [ "$m" -gt "$f_peak" ] && f_peak=$m
    done
    median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
    k=$(median "${k_times[@]}"); f=$(median "${f_times[@]}")
    found=$(python3 - "$work/k.json" "$work/f.json" <<'PY'
import json, sys
k = json.load(open(sys.argv[1]))
kf = sum(f.get("count", 1) for f in k["findings"] if f["code"] in ("email-invalid", "phone-invalid"))
try:
    f = json.load(open(sys.argv[2]))
    tasks = f.get("tasks", [])
    ff = sum(1 for t in tasks for e in t.get("errors", []) if e.get("fieldName") in ("email", "phone"))
except Exception:
    ff = -1
print(kf, ff)
PY
)
    read -r kf ff <<<"$found"
    ratio=$(python3 -c "print(f'{$f/$k:.1f}x' if $k > 0 else '-')")
    printf '%-9s %-5s %-13s %9s %9d %9s %14s\n' "$n" "$format" kontakt "$k" $((k_peak / 1024)) "$ratio" "$kf/$expected"
    printf '%-9s %-5s %-13s %9s %9d %9s %14s\n' "$n" "$format" frictionless "$f" $((f_peak / 1024)) "" "$ff/$expected"
  done
done
