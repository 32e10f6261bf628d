#!/usr/bin/env bash
# Builds the platform when needed and starts it at http://localhost:8080 on Payara Micro, with an
# embedded H2 database under ./data and the demo federations (provisioned on the first start only).
#
# Environment (all optional): QIAOYUN_DB_URL / QIAOYUN_DB_USER / QIAOYUN_DB_PASSWORD for PostgreSQL,
# QIAOYUN_DEMO=false for an empty platform, QIAOYUN_PORT for another port, QIAOYUN_PLUGINS_DIR for
# another modules directory, QIAOYUN_JAVA_OPTS for other JVM options (they replace the defaults below
# whole). See docs/architecture.md and docs/operations.md ("Memory").
#
#   ./run.sh --java-opts    prints the JVM options it would start with, and nothing else
#   ./run.sh --http-threads prints the number of request threads it would start with, and nothing else
set -euo pipefail
cd "$(dirname "$0")"

# Memory sized for a trial machine, whatever its RAM (docs/operations.md, "Memory"): without a limit the
# JVM takes a quarter of the machine and keeps what it took. A 256 MB heap (about 80 MB live after start with
# the demo data), G1 told that a little more time in collection is fine (GCTimeRatio=4: it grows the heap
# less eagerly) and to give memory back after 30 s of quiet, class metadata and compiled code capped, 512 KB
# thread stacks and few request threads (below): about 470 MB resident after start, 600 MB under load.
default_java_opts="-Xms64m -Xmx256m -XX:+UseG1GC -XX:GCTimeRatio=4 -XX:G1PeriodicGCInterval=30000 \
-XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=64m \
-XX:MaxDirectMemorySize=64m -Xss512k -XX:+ExitOnOutOfMemoryError"
java_opts="${QIAOYUN_JAVA_OPTS:-$default_java_opts}"
# glibc gives every thread that allocates its own malloc arena of up to 64 MB; two are plenty for a JVM
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
# Request threads: four per core, at least 8 and at most 64 (8 on two cores). A request is mostly work for the
# processor, and the database pool holds 10 connections: more threads than that only take turns on the cores,
# and on two cores 64 threads pushed the 99th percentile of a module read past 170 ms where 8 keep it under
# 80 ms with more requests answered (docs/operations.md, "Request threads").
cores="$(nproc 2>/dev/null || echo 2)"
default_http_threads=$(( cores * 4 < 8 ? 8 : (cores * 4 > 64 ? 64 : cores * 4) ))
http_threads="${QIAOYUN_HTTP_THREADS:-$default_http_threads}"
if [ "${1:-}" = "--java-opts" ]; then
  echo "$java_opts"
  exit 0
fi
if [ "${1:-}" = "--http-threads" ]; then
  echo "$http_threads"
  exit 0
fi

war=ui/target/qiaoyun.war
micro=ui/target/payara-micro.jar
if [ ! -f "$war" ] || [ ! -f "$micro" ] || \
   [ -n "$(find pom.xml core plugins tenants-config ui -newer "$war" -type f -not -path '*/target/*' -not -path 'ui/src/main/frontend/*' -not -path 'ui/frontend/*' 2>/dev/null | head -1)" ]; then
  echo "Building Qiaoyun (first time: a few minutes, Maven downloads its dependencies)..."
  mvn -B -q install -DskipTests
fi

# The modules directory: the product modules the reactor built (test fixtures excluded).
modules="${QIAOYUN_PLUGINS_DIR:-target/modules}"
if [ -z "${QIAOYUN_PLUGINS_DIR:-}" ]; then
  rm -rf "$modules" && mkdir -p "$modules"
  find plugins -path '*/fixtures/*' -prune -o -path '*/target/*.jar' -name '*.jar' -print 2>/dev/null | \
    { grep -v -e '-sources.jar$' -e '-tests.jar$' -e '/original-[^/]*.jar$' || true; } | xargs -r cp -t "$modules"
fi

mkdir -p data
# The aid module encrypts resident ID numbers with a key kept outside the database. For a trial run a
# random key is made once and kept in ./data (production sets QIAOYUN_AID_ID_KEY from a secret store).
if [ -z "${QIAOYUN_AID_ID_KEY:-}" ]; then
  [ -f data/aid-id-key ] || head -c 32 /dev/urandom | base64 > data/aid-id-key
  export QIAOYUN_AID_ID_KEY="$(cat data/aid-id-key)"
fi
# Likewise the volunteer module's key for volunteers' ID numbers (without one it refuses ID numbers).
if [ -z "${QIAOYUN_VOLUNTEERS_ID_KEY:-}" ]; then
  [ -f data/volunteers-id-key ] || head -c 32 /dev/urandom | base64 > data/volunteers-id-key
  export QIAOYUN_VOLUNTEERS_ID_KEY="$(cat data/volunteers-id-key)"
fi
# And the legal module's key for the ID numbers of the people who ask for legal help.
if [ -z "${QIAOYUN_LEGAL_ID_KEY:-}" ]; then
  [ -f data/legal-id-key ] || head -c 32 /dev/urandom | base64 > data/legal-id-key
  export QIAOYUN_LEGAL_ID_KEY="$(cat data/legal-id-key)"
fi
export QIAOYUN_DATA_DIR="${QIAOYUN_DATA_DIR:-$PWD/data}"
export QIAOYUN_PLUGINS_DIR="$(cd "$modules" && pwd)"
export QIAOYUN_DEMO="${QIAOYUN_DEMO:-true}"
echo "Qiaoyun starts at http://localhost:${QIAOYUN_PORT:-8080}/ (API: /api/v1/tenants, OpenAPI: /openapi, health: /health/ready)"
# shellcheck disable=SC2086 # the options are words
exec java $java_opts -jar "$micro" --deploy "$war" --contextroot / --port "${QIAOYUN_PORT:-8080}" --nocluster --maxHttpThreads "$http_threads" \
  --prebootcommandfile ui/src/main/payara/pre-boot.asadmin
