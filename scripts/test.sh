#!/usr/bin/env bash
# The whole test suite: data validation, types, unit tests, a production build, then the browser
# and API suite (Playwright, Debian's chromium) against the built app.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "test: installing Debian's chromium for the browser tests"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi
[ -d node_modules ] || npm ci

npm run validate-data
npm run typecheck
npm run test:unit
npm run build
npm run test:e2e
