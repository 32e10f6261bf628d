#!/bin/bash
# Run once by the postgres image on an empty data directory (docker-entrypoint-initdb.d): the platform's
# own role, an ordinary one, owning the platform's database. Not a superuser, so that the row-level
# security on every module table holds for it (docs/architecture.md, "Tenancy"); the image's superuser
# stays for the operator.
set -euo pipefail
psql -v ON_ERROR_STOP=1 -v app_password="${QIAOYUN_DB_PASSWORD}" --username "$POSTGRES_USER" --dbname postgres <<'SQL'
CREATE ROLE qiaoyun LOGIN PASSWORD :'app_password' NOSUPERUSER NOBYPASSRLS;
CREATE DATABASE qiaoyun OWNER qiaoyun ENCODING 'UTF8';
SQL
