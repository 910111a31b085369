#!/usr/bin/env bash
# Lighthouse scores of a running Ventanilla web app (mobile preset; performance, accessibility, best practices).
#
#   pwa-ui/scripts/lighthouse.sh [app URL, default http://localhost:8081/] [demo user, default oficialia]
#
# Start the app first (./mvnw -Prun, or as in docs/pwa.md). Installs the pinned Lighthouse from the npm registry into
# pwa-ui/target/lighthouse-tool, runs it with Debian's Chromium (CHROME_PATH, default /usr/bin/chromium, headless)
# against the sign-in page, the offline page and Inicio signed in as the demo user, and writes the HTML and JSON
# reports and summary.json into pwa-ui/target/lighthouse. Uses the Node 24 the build put in pwa-ui/target/node when
# it is there (Lighthouse 12 needs Node 18.20 or newer).
set -euo pipefail

LIGHTHOUSE_VERSION=12.8.2
module="$(cd "$(dirname "$0")/.." && pwd)"
tool="$module/target/lighthouse-tool"
out="$module/target/lighthouse"
base="${1:-http://localhost:8081/}"
user="${2:-oficialia}"

if [[ -x "$module/target/node/bin/node" ]]; then
  export PATH="$module/target/node/bin:$PATH"
fi
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"

mkdir -p "$tool" "$out"
if [[ "$(cat "$tool/.version" 2>/dev/null)" != "$LIGHTHOUSE_VERSION" ]]; then
  npm install --prefix "$tool" --no-audit --no-fund --loglevel=error "lighthouse@$LIGHTHOUSE_VERSION"
  echo "$LIGHTHOUSE_VERSION" > "$tool/.version"
fi
# Bare imports resolve from the script's folder, so it runs from beside the installed packages.
cp "$module/scripts/lighthouse.mjs" "$tool/lighthouse.mjs"
node "$tool/lighthouse.mjs" "${base%/}/" "$out" "$user"
