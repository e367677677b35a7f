# The one JDK finder of the project (docs/decisions/0136), sourced by ./mvnw, ./repatria and .ci/run, so the build,
# the launcher and CI agree on which JDK they use. POSIX sh: mvnw runs under /bin/sh with `set -euf`.
#
# repatria_find_jdk prints the home of a JDK 21 or newer: JAVA_HOME when it is one, else the newest one among javac on
# PATH and the usual install folders (or the folders REPATRIA_JDK_SEARCH names, space-separated, for tests); fails
# silently when there is none. repatria_use_jdk exports it as JAVA_HOME, or prints REPATRIA_NO_JDK and fails.

REPATRIA_NO_JDK="no JDK 21 or newer found (the default java is too old): install one, e.g. 'sudo apt-get install openjdk-21-jdk-headless' or https://adoptium.net, or set JAVA_HOME to it"

# The major version of the java binary $1 (17, 21, 25...), or 0.
repatria_java_major() {
  _rj_v=$("$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}') || _rj_v=0
  _rj_v=${_rj_v%%.*}
  case "$_rj_v" in '' | *[!0-9]*) _rj_v=0 ;; esac
  [ "$_rj_v" = 1 ] && _rj_v=8 # 1.8
  echo "$_rj_v"
}

repatria_find_jdk() {
  _rj_best="" _rj_best_v=0
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ -x "$JAVA_HOME/bin/javac" ] \
    && [ "$(repatria_java_major "$JAVA_HOME/bin/java")" -ge 21 ]; then
    echo "$JAVA_HOME" # JAVA_HOME wins when it is good enough.
    return 0
  fi
  _rj_javac=$(command -v javac 2>/dev/null || true)
  _rj_onpath=""
  [ -n "$_rj_javac" ] && _rj_onpath=$(dirname "$(dirname "$(readlink -f "$_rj_javac" 2>/dev/null || echo "$_rj_javac")")")
  case $- in *f*) _rj_noglob=1 ;; *) _rj_noglob=0 ;; esac
  set +f # mvnw disables globbing; the install folders are globs
  for _rj_d in $_rj_onpath ${REPATRIA_JDK_SEARCH-/usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/local/lib/jvm/* \
    "${HOME-}"/.sdkman/candidates/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home}; do
    [ -x "$_rj_d/bin/java" ] && [ -x "$_rj_d/bin/javac" ] || continue
    _rj_v=$(repatria_java_major "$_rj_d/bin/java")
    if [ "$_rj_v" -ge 21 ] && [ "$_rj_v" -gt "$_rj_best_v" ]; then _rj_best="$_rj_d" _rj_best_v=$_rj_v; fi
  done
  [ "$_rj_noglob" = 1 ] && set -f
  [ -n "$_rj_best" ] && echo "$_rj_best"
}

repatria_use_jdk() {
  _rj_home=$(repatria_find_jdk) || _rj_home=""
  if [ -z "$_rj_home" ]; then
    echo "${0##*/}: $REPATRIA_NO_JDK" >&2
    return 1
  fi
  JAVA_HOME=$_rj_home
  export JAVA_HOME
}
