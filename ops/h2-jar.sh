# Sourced by the H2 scripts: h2_jar prints the path of an H2 jar of the platform's version, QIAOYUN_H2_JAR when
# set, otherwise the one inside the WAR (QIAOYUN_WAR, the build's ui/target/qiaoyun.war, or the image's ROOT.war).
h2_jar() {
  if [ -n "${QIAOYUN_H2_JAR:-}" ]; then
    echo "$QIAOYUN_H2_JAR"
    return
  fi
  local war here out
  here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  for war in "${QIAOYUN_WAR:-}" "$here/ui/target/qiaoyun.war" /opt/payara/deployments/ROOT.war; do
    [ -n "$war" ] && [ -f "$war" ] || continue
    out="$(mktemp -d)"
    if unzip -q -j -o "$war" 'WEB-INF/lib/h2-*.jar' -d "$out" 2>/dev/null; then
      ls "$out"/h2-*.jar
      return
    fi
  done
  echo "no H2 jar found: set QIAOYUN_H2_JAR (or QIAOYUN_WAR)" >&2
  return 1
}
