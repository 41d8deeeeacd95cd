#!/usr/bin/env bash
# The action's check: `kontakt build --check` with GitHub annotations and the job summary. On a
# pull request the summary's directory change is measured from the base branch's
# contacts.json.
#
# In: KONTAKT_INPUT, KONTAKT_OUTPUT, KONTAKT_ARGS (more options, split at spaces),
#     GITHUB_BASE_REF (set on pull requests), RUNNER_TEMP, GITHUB_STEP_SUMMARY.
set -euo pipefail

input=${KONTAKT_INPUT:-input}
output=${KONTAKT_OUTPUT:-output}
read -r -a extra <<< "${KONTAKT_ARGS:-}"
base=()
if [ -n "${GITHUB_BASE_REF:-}" ]; then
  file="${RUNNER_TEMP:-/tmp}/kontakt-base-contacts.json"
  if git fetch --quiet --no-tags --depth=1 origin "$GITHUB_BASE_REF" \
     && git show "FETCH_HEAD:./$output/contacts.json" > "$file" 2>/dev/null; then
    base=(--base "$file")
  else
    echo "kontakt: the base branch $GITHUB_BASE_REF has no $output/contacts.json"
    if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
      echo "The base branch has no $output/contacts.json: the changes below are measured from this pull request's own." >> "$GITHUB_STEP_SUMMARY"
    fi
    rm -f "$file"
  fi
fi
# `${a[@]+"${a[@]}"}`: an empty array under `set -u` in every bash, macOS's 3.2 too.
exec kontakt build --check "$input" --out "$output" --format github \
  ${base[@]+"${base[@]}"} ${extra[@]+"${extra[@]}"}
