#!/usr/bin/env bash
# Render pages of an HTML report to PNG with headless Chromium, 1280 px wide, to look at them.
#
#   scripts/render-report.sh REPORT_DIR OUT_DIR [PAGE ...]
#
# PAGE is a path inside the report (default: index.html episodes/027.html). Each becomes
# OUT_DIR/<page with / as ->.png, HEIGHT px tall (default 2400; the top of a long page).
# Installs Debian's chromium package when it is missing. The pages load nothing from the
# network; Chromium runs with networking and extensions off to prove it.
set -euo pipefail
if [ $# -lt 2 ]; then
    echo "usage: $0 REPORT_DIR OUT_DIR [PAGE ...]" >&2
    exit 2
fi
report=$(cd "$1" && pwd)
mkdir -p "$2"
out=$(cd "$2" && pwd)
shift 2
pages=("$@")
[ ${#pages[@]} -gt 0 ] || pages=(index.html episodes/027.html)
height=${HEIGHT:-2400}

if ! command -v chromium >/dev/null; then
    echo "Installing chromium"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
fi

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
for page in "${pages[@]}"; do
    [ -f "$report/$page" ] || { echo "$report/$page: no such page" >&2; exit 1; }
    png="$out/$(echo "${page%.html}" | tr / -).png"
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$profile" \
        --disable-extensions --proxy-server='127.0.0.1:9' --proxy-bypass-list='<-loopback>' \
        --window-size="1280,$height" --screenshot="$png" "file://$report/$page" 2>/dev/null
    echo "$png"
done
