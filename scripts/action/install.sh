#!/usr/bin/env bash
# The action's first step: put a released kontakt binary on PATH when the action's ref (or the
# `version` input) names a release with a binary for this runner; otherwise say why, and the
# action builds kontakt from its own source (cached). A `version` asked for explicitly must be
# installed as asked: anything else fails the step.
#
# In:  KONTAKT_REPOSITORY (owner/name of the action), KONTAKT_REF (a tag such as v1.2.0, or a
#      major tag such as v1: its highest release v1.x.y), KONTAKT_VERSION (the `version` input,
#      may be empty), GH_TOKEN, RUNNER_OS, RUNNER_ARCH, RUNNER_TEMP, GITHUB_OUTPUT, GITHUB_PATH,
#      GITHUB_ACTION_PATH.
# Out: installed=true|false and cache-key (for the build) in GITHUB_OUTPUT. Linux x86_64
#      binaries are static (musl), so they run on any such runner or container.
set -euo pipefail

# The build's cache key: the source the binary would be built from. macOS has shasum, not
# sha256sum.
if command -v sha256sum >/dev/null; then sha=(sha256sum); else sha=(shasum -a 256); fi
key=$(cd "$GITHUB_ACTION_PATH" && find Cargo.toml Cargo.lock src schemas -type f -print0 \
  | LC_ALL=C sort -z | xargs -0 "${sha[@]}" | "${sha[@]}" | cut -c1-32)
echo "cache-key=kontakt-${RUNNER_OS}-${RUNNER_ARCH}-${key}" >> "$GITHUB_OUTPUT"

not_installed() {
  if [ -n "${KONTAKT_VERSION:-}" ]; then
    echo "::error title=kontakt::cannot install kontakt ${KONTAKT_VERSION}: $1"
    exit 1
  fi
  echo "kontakt: $1; building kontakt from the action's source instead"
  echo "installed=false" >> "$GITHUB_OUTPUT"
  exit 0
}

case "${RUNNER_OS}/${RUNNER_ARCH}" in
  Linux/X64) target=x86_64-unknown-linux-musl ;;
  macOS/ARM64) target=aarch64-apple-darwin ;;
  macOS/X64) target=x86_64-apple-darwin ;;
  Windows/X64) target=x86_64-pc-windows-msvc ;;
  *) not_installed "no released binary for ${RUNNER_OS}/${RUNNER_ARCH}" ;;
esac
[ -n "${KONTAKT_REPOSITORY:-}" ] && [ -n "${KONTAKT_REF:-}" ] \
  || not_installed "the action is used from a path, not a release"
command -v gh >/dev/null || not_installed "the GitHub CLI is not installed"

# A major tag (v1) means its highest release (v1.10.0 over v1.9.4, whichever came last).
if ! releases=$(gh release list --repo "$KONTAKT_REPOSITORY" --exclude-drafts \
                  --exclude-pre-releases --limit 200 --json tagName --jq '.[].tagName'); then
  not_installed "the releases of $KONTAKT_REPOSITORY cannot be listed (see gh's message above)"
fi
tag=$(printf '%s\n' "$releases" | grep -E "^${KONTAKT_REF//./\\.}(\.|$)" | sort -V -r | head -n 1 \
      || true)
[ -n "$tag" ] || not_installed "no release matches ${KONTAKT_REF}"

dir="$RUNNER_TEMP/kontakt-release"
mkdir -p "$dir"
gh release download "$tag" --repo "$KONTAKT_REPOSITORY" --dir "$dir" \
  --pattern "kontakt-${target}.*" --clobber \
  || not_installed "release $tag has no binary for $target"
case "$target" in
  *windows*) (cd "$dir" && unzip -o -q "kontakt-${target}.zip") ;;
  *) tar -xzf "$dir/kontakt-${target}.tar.gz" -C "$dir" ;;
esac || not_installed "the archive of $tag for $target cannot be unpacked"
version=$("$dir/kontakt-${target}/kontakt" --version 2>/dev/null | head -n 1) \
  || not_installed "the binary of $tag for $target does not run here"
[ "$version" = "kontakt ${tag#v}" ] \
  || not_installed "the binary of $tag says it is \"$version\""
echo "$dir/kontakt-${target}" >> "$GITHUB_PATH"
echo "kontakt: installed the released binary of $tag for $target"
echo "installed=true" >> "$GITHUB_OUTPUT"
