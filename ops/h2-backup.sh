#!/usr/bin/env bash
# Backs up the embedded H2 database (trial installations). See docs/operations.md ("Backup and restore").
#
#   ops/h2-backup.sh URL
#       The platform running at URL (e.g. http://localhost:8080) writes the backup itself with H2's BACKUP TO:
#       qiaoyun-h2-<UTC time>.zip and its .sha256 in its backup directory (QIAOYUN_BACKUP_DIR, by default
#       backups/ in the data directory). Needs the token of an admin of the national federation in
#       QIAOYUN_API_TOKEN (a personal token with write scope, see the README).
#
#   ops/h2-backup.sh --offline DATA_DIR DIR
#       The platform stopped: H2's Backup tool zips the database files of DATA_DIR into DIR, with the .sha256.
#       The H2 jar is QIAOYUN_H2_JAR, or taken out of the built WAR.
set -euo pipefail
if [ "${1:-}" = "--offline" ]; then
  data="${2:?usage: ops/h2-backup.sh --offline DATA_DIR DIR}"
  dir="${3:?usage: ops/h2-backup.sh --offline DATA_DIR DIR}"
  # shellcheck source=ops/h2-jar.sh
  . "$(dirname "$0")/h2-jar.sh"
  mkdir -p "$dir"
  name="qiaoyun-h2-$(date -u +%Y%m%d-%H%M%S).zip"
  java -cp "$(h2_jar)" org.h2.tools.Backup -file "$dir/$name" -dir "$data" -db qiaoyun -quiet
  (cd "$dir" && sha256sum "$name" > "$name.sha256")
  echo "$dir/$name"
  exit 0
fi
url="${1:?usage: ops/h2-backup.sh URL | --offline DATA_DIR DIR}"
: "${QIAOYUN_API_TOKEN:?set QIAOYUN_API_TOKEN to the token of a platform admin}"
curl -fsS -X POST -H "Authorization: Bearer $QIAOYUN_API_TOKEN" "$url/api/v1/operations/backups"
echo
