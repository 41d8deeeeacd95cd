#!/usr/bin/env bash
# Fuzz kontakt's readers: every cargo-fuzz target for SECONDS each (default 900: 15 minutes),
# seeded from the fixtures. Needs the nightly toolchain and cargo-fuzz
# (`cargo install cargo-fuzz`). A crash, panic, hang (over 30 s for one input: generous, so that
# a busy CI machine is not a hang) or allocation over 2 GiB stops the run with exit 1 and leaves
# the input in fuzz/artifacts/<target>/; turn it into a regression test before fixing it.
#
#   scripts/fuzz.sh            # each target 15 minutes
#   scripts/fuzz.sh 30         # each target 30 seconds (what CI runs)
#   scripts/fuzz.sh 900 email_cell phone_cell
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-900}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(csv_file workbook phone_cell email_cell lan_cell export_roundtrip dav_answer fixed_workbook)
fi

seed() {
  local target=$1 dir=fuzz/corpus/$1
  mkdir -p "$dir"
  case $target in
    csv_file)
      for f in input/*.csv tests/fixtures/headers/*/*.csv; do cp "$f" "$dir/${f//\//_}"; done ;;
    workbook)
      # The first byte chooses the name the file claims (0: .xlsx), the rest is the file.
      for f in input/*.xlsx; do { printf '\0'; cat "$f"; } > "$dir/$(basename "$f")"; done ;;
    phone_cell)
      python3 - "$dir" <<'PY'
import csv, hashlib, sys
for name in ("tests/data/phone-cells.csv", "tests/data/phone-corpus.csv"):
    for row in csv.reader(open(name, encoding="utf-8")):
        if row:
            data = row[0].encode()
            open(f"{sys.argv[1]}/{hashlib.sha1(data).hexdigest()}", "wb").write(data)
PY
      ;;
    email_cell)
      python3 - "$dir" <<'PY'
import csv, hashlib, sys
for row in csv.reader(open("tests/data/email-cells.csv", encoding="utf-8")):
    data = row[0].encode()
    open(f"{sys.argv[1]}/{hashlib.sha1(data).hexdigest()}", "wb").write(data)
PY
      ;;
    lan_cell)
      python3 - "$dir" <<'PY'
import hashlib, json, sys
lan = json.load(open("schemas/lan.json", encoding="utf-8"))["lan"]
cells = [l["name"] for l in lan] + [l["short"] for l in lan] + ["Dalarna, Värmland och Örebro",
         "Västra Götland", "Stockholm/Gotland", "14", "AB; C", "Jämtland\nNorrbotten"]
for c in cells:
    data = c.encode()
    open(f"{sys.argv[1]}/{hashlib.sha1(data).hexdigest()}", "wb").write(data)
PY
      ;;
    fixed_workbook)
      # The first byte chooses the name the file claims (0: .xlsx, 1: .csv), the rest is the file.
      for f in input/*.xlsx; do { printf '\0'; cat "$f"; } > "$dir/$(basename "$f")"; done
      for f in input/*.csv; do { printf '\1'; cat "$f"; } > "$dir/$(basename "$f")"; done ;;
    export_roundtrip) ;;
    dav_answer)
      # A multistatus as Radicale answers a multiget, and the shipped cards.
      cp tests/data/multistatus.xml "$dir/multistatus.xml"
      cp output/vcard/all.vcf "$dir/all.vcf" ;;
  esac
}

cargo +nightly fuzz build -O
for target in "${targets[@]}"; do
  seed "$target"
  rm -rf "fuzz/artifacts/$target"
  echo "== $target: ${seconds} s"
  # rust_xlsxwriter writes a workbook's sheets on threads of their own (thread::scope): now and
  # then LeakSanitizer takes a 32-byte allocation of a thread still ending for a leak, which the
  # same input never gives again. fixed_workbook is run without leak detection; memory that
  # grows is still caught by -rss_limit_mb and -malloc_limit_mb.
  leaks=1
  [ "$target" = fixed_workbook ] && leaks=0
  cargo +nightly fuzz run -O "$target" -- \
    -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2048 -malloc_limit_mb=2048 \
    -detect_leaks="$leaks" \
    -print_final_stats=1 2>&1 | grep -E '^(Done|stat::number_of_executed_units|stat::peak_rss_mb|==[0-9]+==|SUMMARY|thread .* panicked)|ERROR|Test unit written' || true
  # crash-, timeout-, oom- and leak- inputs are failures; slow-unit- ones are only reported.
  if ls "fuzz/artifacts/$target" 2>/dev/null | grep -qvE '^slow-unit-'; then
    echo "fuzz: $target found a failing input in fuzz/artifacts/$target" >&2
    exit 1
  fi
done
echo "fuzz: ${#targets[@]} targets, ${seconds} s each, no failure"
