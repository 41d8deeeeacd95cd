#!/usr/bin/env bash
# kontakt side by side with Frictionless on the same rows, and the other work issue 11 measures,
# as the README reports it:
#   scripts/bench-frictionless.sh [ROWS...]      (default: 100000 1000000; XLSX up to 100,000)
#
# Makes a venv with frictionless[excel] 5 (target/bench-venv), builds the release binary and the
# generator, and for each size writes the seven regions' files with about 1 % broken e-mail
# addresses and 1 % broken phone numbers (`examples/generate.rs --defects`), plus the same rows
# as one file for Frictionless, checked against scripts/bench/schema.json (the same rules, as
# far as Table Schema can say them). Runs the two interleaved RUNS times (default 3) under
# /usr/bin/time -v. Then, kontakt alone: `build` of 100,000 clean rows into a new folder, a
# 520,000-row Windows-1252 file whose rows share numbers (scripts/bench/shared-cp1252.py), and
# start-up on the shipped input (median of 21 runs). Prints a Markdown table: median wall time,
# largest peak memory, the ratio to Frictionless, and how many of the injected defects each
# reported.
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
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
mb() { echo $(( $1 / 1024 )); }

echo "| work | kontakt | Frictionless 5 | kontakt is | defects found (kontakt / Frictionless) |"
echo "| --- | --- | --- | --- | --- |"
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
    ratio=$(python3 -c "print(f'{$f/$k:.1f}× faster' if $k > 0 else '-')")
    printf '| `check`, %s %s rows | %s s, %s MB | %s s, %s MB | %s | %s / %s of %s |\n' \
      "$n" "${format^^}" "$k" "$(mb "$k_peak")" "$f" "$(mb "$f_peak")" "$ratio" "$kf" "$ff" "$expected"
  done
done

# `build` of 100,000 clean rows (the default exports), each run into a folder of its own.
./target/release/examples/generate 100000 "$work/clean"
b_times=(); b_peak=0
for i in $(seq "$runs"); do
  read -r t m < <(measure /dev/null "$kontakt" build "$work/clean" --out "$work/out-$i" --quiet)
  b_times+=("$t"); [ "$m" -gt "$b_peak" ] && b_peak=$m
done
files=$(find "$work/out-1" -type f | wc -l)
size=$(du -sm "$work/out-1" | cut -f1)
printf '| `build`, 100000 clean rows (%s files, %s MB written) | %s s, %s MB | | | |\n' \
  "$files" "$size" "$(median "${b_times[@]}")" "$(mb "$b_peak")"
# Over the output it wrote before: the folder is checked, replaced, and the change listed.
read -r t m < <(measure /dev/null "$kontakt" build "$work/clean" --out "$work/out-1" --quiet)
printf '| `build` again over that output | %s s, %s MB | | | |\n' "$t" "$(mb "$m")"

# One Windows-1252 file of 520,000 rows sharing numbers, with three errors.
python3 scripts/bench/shared-cp1252.py 520000 "$work/shared.csv"
s_times=(); s_peak=0
for _ in $(seq "$runs"); do
  read -r t m < <(measure "$work/shared.txt" "$kontakt" check "$work/shared.csv" --color never)
  s_times+=("$t"); [ "$m" -gt "$s_peak" ] && s_peak=$m
done
errors=$(grep -c '^[^ ].*: error\[' "$work/shared.txt" || true)
printf '| `check`, 520000-row Windows-1252 CSV (%s MB) with 3 errors | %s s, %s MB; a report of %s lines, %s errors | | | |\n' \
  "$(du -m "$work/shared.csv" | cut -f1)" "$(median "${s_times[@]}")" "$(mb "$s_peak")" \
  "$(wc -l <"$work/shared.txt")" "$errors"

# Start-up: the shipped input, 21 runs (a run is shorter than /usr/bin/time's 10 ms steps, so
# the wall time is taken by Python around each run).
startup=$(python3 - "$kontakt" <<'PY'
import subprocess, sys, time
times = []
for _ in range(21):
    start = time.perf_counter()
    subprocess.run([sys.argv[1], "check", "input"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    times.append(time.perf_counter() - start)
print(f"{sorted(times)[10] * 1000:.1f}")
PY
)
read -r _ m < <(measure /dev/null "$kontakt" check input)
printf '| start-up, `check input` (shipped, 19 contacts) | %s ms, %s MB | | | |\n' "$startup" "$(mb "$m")"
