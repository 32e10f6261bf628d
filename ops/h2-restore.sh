#!/usr/bin/env bash
# Restores the embedded H2 database from a zip made by ops/h2-backup.sh (online or offline), after checking it
# against its SHA-256. Stop the platform first. The database it replaces is kept beside it, renamed
# qiaoyun.mv.db.before-restore-<UTC time>. See docs/operations.md ("Backup and restore").
#
#   ops/h2-restore.sh BACKUP.zip DATA_DIR
#
# The H2 jar is QIAOYUN_H2_JAR, or taken out of the built WAR.
set -euo pipefail
file="${1:?usage: ops/h2-restore.sh BACKUP.zip DATA_DIR}"
data="${2:?usage: ops/h2-restore.sh BACKUP.zip DATA_DIR}"
[ -f "$file" ] || { echo "no such file: $file" >&2; exit 1; }
if [ -f "$file.sha256" ]; then
  (cd "$(dirname "$file")" && sha256sum --check --quiet "$(basename "$file").sha256") \
    || { echo "$file does not match its checksum: not restored" >&2; exit 1; }
else
  echo "$file has no .sha256 beside it: not restored" >&2
  exit 1
fi
# shellcheck source=ops/h2-jar.sh
. "$(dirname "$0")/h2-jar.sh"
jar="$(h2_jar)"
if [ -e "$data/qiaoyun.lock.db" ] || { command -v fuser >/dev/null && fuser "$data/qiaoyun.mv.db" >/dev/null 2>&1; }; then
  echo "the database in $data is in use: stop the platform first" >&2
  exit 1
fi
mkdir -p "$data"
if [ -f "$data/qiaoyun.mv.db" ]; then
  mv "$data/qiaoyun.mv.db" "$data/qiaoyun.mv.db.before-restore-$(date -u +%Y%m%d-%H%M%S)"
fi
java -cp "$jar" org.h2.tools.Restore -file "$file" -dir "$data" -db qiaoyun
[ -f "$data/qiaoyun.mv.db" ] || { echo "$file held no database named qiaoyun" >&2; exit 1; }
echo "restored $file into $data"
