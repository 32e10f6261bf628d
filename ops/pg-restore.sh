#!/usr/bin/env bash
# Restores a dump made by ops/pg-backup.sh into an EMPTY database, in one transaction (all or nothing), after
# checking the dump against its SHA-256. Stop every platform instance first; start them again afterwards.
# See docs/operations.md ("Backup and restore").
#
#   ops/pg-restore.sh FILE.dump
#
# Connection: libpq's variables as for ops/pg-backup.sh; PGDATABASE (default qiaoyun) must exist and be empty
# (dropdb --force, then createdb -O <the platform's role>). Run it as the platform's role: the restored objects are
# then its own (--no-owner), as the platform expects.
set -euo pipefail
file="${1:?usage: ops/pg-restore.sh FILE.dump}"
[ -f "$file" ] || { echo "no such file: $file" >&2; exit 1; }
if [ -f "$file.sha256" ]; then
  (cd "$(dirname "$file")" && sha256sum --check --quiet "$(basename "$file").sha256") \
    || { echo "$file does not match its checksum: not restored" >&2; exit 1; }
else
  echo "$file has no .sha256 beside it: not restored (give one, or check it yourself and make one)" >&2
  exit 1
fi
export PGDATABASE="${PGDATABASE:-qiaoyun}"
tables="$(psql -X -A -t -c "select count(*) from pg_tables where schemaname = 'public'")"
if [ "$tables" != "0" ]; then
  echo "database $PGDATABASE is not empty ($tables tables): restore into an empty database" >&2
  exit 1
fi
PGOPTIONS="${PGOPTIONS:-} -c qiaoyun.tenant=*" pg_restore --exit-on-error --single-transaction --no-owner --dbname="$PGDATABASE" "$file"
echo "restored $file into $PGDATABASE"
