#!/usr/bin/env bash
# Doyensec's electronegativity over the desktop shell (electron/) and the page it loads
# (src/renderer/index.html, for the CSP and navigation checks), then .ci/electronegativity-check.mjs:
# exit 1 on any HIGH-severity finding not explained in .ci/electronegativity-accepted.json.
# Not a devDependency: 1.10.3 pulls eslint 7 and typescript 4.2; npx fetches it from the registry.
set -euo pipefail
cd "$(dirname "$0")/.."

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# One input folder with both, so its global checks see the shell and the page together. Paths in
# the findings are relative to it: electron/main/window.ts, index.html.
mkdir -p "$work/app"
cp -R electron "$work/app/electron"
cp src/renderer/index.html "$work/app/index.html"

# The Electron version we ship, so version-dependent defaults are judged for it (not for 0.1.0).
electron_version="$(node -p "require('./node_modules/electron/package.json').version" 2>/dev/null ||
  node -p "require('./package.json').devDependencies.electron.replace(/^[^0-9]*/, '')")"

echo "electronegativity 1.10.3 (Electron ${electron_version})…"
# It also asks GitHub for Electron's releases (AvailableSecurityFixesGlobalCheck); offline that
# prints "No connectivity?" and the other checks run as usual.
npx --yes @doyensec/electronegativity@1.10.3 \
  --input "$work/app" \
  --output "$work/electronegativity.csv" \
  --relative \
  --electron-version "$electron_version" \
  --verbose false </dev/null >"$work/electronegativity.log" 2>&1 || {
  cat "$work/electronegativity.log"
  echo "electronegativity itself failed" >&2
  exit 1
}

node .ci/electronegativity-check.mjs "$work/electronegativity.csv" .ci/electronegativity-accepted.json
