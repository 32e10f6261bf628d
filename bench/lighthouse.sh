#!/usr/bin/env bash
# Lighthouse's mobile test (a mid-range phone on a slow 4G link, as Lighthouse simulates it) of the public pages
# people open from a WeChat group without an account: the federation's events, an event's sign-up page, a person's
# own registration page and the newsletter archive; and of the sign-in page, which carries the screens' client,
# for comparison. Prints each page's performance, accessibility, largest contentful paint and bytes transferred.
# Figures only, no goal asserted (the events issue aims at 95 for performance and 100 for accessibility).
#
# Needs Chromium (Debian's `chromium`) and Node with npm; Lighthouse is installed from the npm registry into
# bench/target/lighthouse on first use. Starts the platform with ./run.sh (building it if needed) on a fresh data
# directory with the demo federations, on port ${QIAOYUN_PORT:-8093}, and stops it at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
port="${QIAOYUN_PORT:-8093}"
base="http://localhost:$port"
tenant="gd-jiangmen-taishan"
chromium="$(command -v chromium || command -v chromium-browser || true)"
[ -n "$chromium" ] || { echo "lighthouse.sh: Chromium is needed (apt-get install chromium)" >&2; exit 2; }

lh_dir=bench/target/lighthouse
if [ ! -x "$lh_dir/node_modules/.bin/lighthouse" ]; then
  mkdir -p "$lh_dir"
  (cd "$lh_dir" && npm install --no-audit --no-fund --silent lighthouse@12 >/dev/null)
fi

data="$(mktemp -d)"
log="$data/platform.log"
QIAOYUN_PORT="$port" QIAOYUN_DATA_DIR="$data" ./run.sh >"$log" 2>&1 &
platform=$!
trap 'kill "$platform" 2>/dev/null || true; wait "$platform" 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 240); do
  curl -fs "$base/health/ready" >/dev/null 2>&1 && break
  kill -0 "$platform" 2>/dev/null || { echo "the platform did not start; see its log:" >&2; tail -30 "$log" >&2; exit 1; }
  sleep 1
done

# an event of the demo that is open for sign-up, and a registration on it (the person's own page)
event="$(curl -fs -H 'Accept-Language: zh-CN' "$base/p/$tenant/events/" | grep -o 'href="[^"]*e/[^"]*"' | head -1 \
  | sed -e 's/^href="//' -e 's/"$//' -e 's#.*/e/#e/#')"
[ -n "$event" ] || { echo "no published event in the demo of $tenant" >&2; exit 1; }
own="$(curl -fs -o /dev/null -w '%{redirect_url}' -H 'Accept-Language: zh-CN' \
  --data-urlencode 'name=黄丽珍' --data-urlencode 'phone=13902249999' --data-urlencode 'consent=yes' \
  "$base/p/$tenant/events/$event")"

pages=("$base/p/$tenant/events/" "$base/p/$tenant/events/$event" "$own" "$base/p/$tenant/events/newsletter/" "$base/login")
names=("events list" "sign-up page" "own registration" "newsletter archive" "sign-in (screens)")
printf '%-20s %12s %14s %10s %12s\n' "page" "performance" "accessibility" "LCP (s)" "bytes (KB)"
for i in "${!pages[@]}"; do
  report="$data/report-$i.json"
  CHROME_PATH="$chromium" "$lh_dir/node_modules/.bin/lighthouse" "${pages[$i]}" --quiet --output=json --output-path="$report" \
    --only-categories=performance,accessibility --form-factor=mobile \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --lang=zh-CN" >/dev/null 2>&1 || true
  if [ -s "$report" ]; then
    node -e '
      const r = require(process.argv[1]);
      const score = c => r.categories[c] && r.categories[c].score !== null ? Math.round(r.categories[c].score * 100) : "-";
      const lcp = r.audits["largest-contentful-paint"].numericValue / 1000;
      const kb = r.audits["total-byte-weight"].numericValue / 1024;
      console.log(process.argv[2].padEnd(20) + String(score("performance")).padStart(12) + String(score("accessibility")).padStart(14)
        + lcp.toFixed(1).padStart(10) + kb.toFixed(0).padStart(12));
      for (const id of Object.keys(r.audits)) {
        const a = r.audits[id];
        if (r.categories.accessibility.auditRefs.some(x => x.id === id) && a.score === 0) console.log("    accessibility: " + id + " — " + a.title);
      }' "$report" "${names[$i]}"
  else
    printf '%-20s %s\n' "${names[$i]}" "Lighthouse gave no report (${pages[$i]})"
  fi
done
