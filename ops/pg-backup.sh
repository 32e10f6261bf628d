#!/usr/bin/env bash
# Backs up the platform's PostgreSQL database with pg_dump in its custom format (-Fc): one file
# qiaoyun-pg-<UTC time>.dump in DIR, with its SHA-256 beside it (<file>.sha256, for sha256sum -c).
# pg_dump takes a consistent snapshot while the platform runs. See docs/operations.md ("Backup and restore").
#
#   ops/pg-backup.sh DIR
#
# Connection: libpq's variables, PGHOST, PGPORT, PGUSER, PGPASSWORD (or ~/.pgpass), PGDATABASE (default qiaoyun).
# Run it as the platform's role (the owner of the tables) or a superuser. Module tables are under forced row-level
# security, which pg_dump would normally switch off (only a superuser or a BYPASSRLS role may): instead it keeps it
# on and names every tenant (qiaoyun.tenant=*), which the policies let through, so the dump is whole either way.
set -euo pipefail
dir="${1:?usage: ops/pg-backup.sh DIR}"
mkdir -p "$dir"
export PGDATABASE="${PGDATABASE:-qiaoyun}"
name="qiaoyun-pg-$(date -u +%Y%m%d-%H%M%S).dump"
PGOPTIONS="${PGOPTIONS:-} -c qiaoyun.tenant=*" pg_dump --format=custom --enable-row-security --file="$dir/$name.part"
mv "$dir/$name.part" "$dir/$name"
(cd "$dir" && sha256sum "$name" > "$name.sha256")
echo "$dir/$name"
