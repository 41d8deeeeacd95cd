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
# Every word of every line (a YAML `args: |` block has several).
read -r -d '' -a extra <<< "${KONTAKT_ARGS:-}" || true
base=()
if [ -n "${GITHUB_BASE_REF:-}" ]; then
  file="${RUNNER_TEMP:-/tmp}/kontakt-base-contacts.json"
  why=""
  # Shallow only in a shallow clone (checkout's default): a full clone stays whole.
  depth=()
  if [ "$(git rev-parse --is-shallow-repository)" = true ]; then depth=(--depth=1); fi
  if ! git fetch --quiet --no-tags ${depth[@]+"${depth[@]}"} origin "$GITHUB_BASE_REF"; then
    why="the base branch $GITHUB_BASE_REF cannot be fetched (see the git error above)"
  elif ! git show "FETCH_HEAD:./$output/contacts.json" > "$file" 2>/dev/null; then
    why="the base branch $GITHUB_BASE_REF has no $output/contacts.json"
  else
    base=(--base "$file")
  fi
  if [ -n "$why" ]; then
    echo "kontakt: $why"
    if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
      echo "Note: $why; the changes below are measured from this pull request's own $output/contacts.json." >> "$GITHUB_STEP_SUMMARY"
    fi
    rm -f "$file"
  fi
fi
# `${a[@]+"${a[@]}"}`: an empty array under `set -u` in every bash, macOS's 3.2 too.
exec kontakt build --check "$input" --out "$output" --format github \
  ${base[@]+"${base[@]}"} ${extra[@]+"${extra[@]}"}
