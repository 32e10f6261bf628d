#!/usr/bin/env bash
# Plans or applies a tenant tree file on a running Qiaoyun, through its REST API.
#
#   tenants-config/tenants.sh plan  my-province.yaml    # lists what would change; changes nothing
#   tenants-config/tenants.sh apply my-province.yaml    # makes it so, in one transaction
#
# Environment: QIAOYUN_URL (default http://localhost:8080) and QIAOYUN_API_TOKEN, a personal token of an admin
# whose subtree holds the tree (scope write; see the README). Without a token: QIAOYUN_API_USER and
# QIAOYUN_API_PASSWORD (asked for when unset). An invalid file is refused as a whole and every error is
# printed with its line and field; the exit status is then 1.
set -euo pipefail
action="${1:-}"; file="${2:-}"
if [[ "$action" != plan && "$action" != apply ]] || [[ ! -f "$file" ]]; then
  echo "usage: $0 plan|apply FILE.yaml" >&2
  exit 2
fi
url="${QIAOYUN_URL:-http://localhost:8080}"
if [[ -n "${QIAOYUN_API_TOKEN:-}" ]]; then
  credentials=(-H "Authorization: Bearer $QIAOYUN_API_TOKEN")
else
  user="${QIAOYUN_API_USER:?set QIAOYUN_API_TOKEN (a personal token) or QIAOYUN_API_USER to an admin account}"
  if [[ -z "${QIAOYUN_API_PASSWORD:-}" ]]; then
    read -r -s -p "password of $user: " QIAOYUN_API_PASSWORD; echo >&2
  fi
  credentials=(-u "$user:$QIAOYUN_API_PASSWORD")
fi
response=$(mktemp); trap 'rm -f "$response"' EXIT
status=$(curl -sS -o "$response" -w '%{http_code}' "${credentials[@]}" \
  -H 'Content-Type: application/yaml' --data-binary @"$file" "$url/api/v1/tenants-config/$action")
if command -v python3 >/dev/null; then python3 -m json.tool --no-ensure-ascii "$response"; else cat "$response"; echo; fi
[[ "$status" == 200 ]] || { echo "refused: HTTP $status" >&2; exit 1; }
