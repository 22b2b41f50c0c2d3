# Sourced by bin/paperscope and bin/test: sets and exports JAVA_HOME to the newest JDK 21+ found
# in $JAVA_HOME, on PATH, or under /usr/lib/jvm; exits 1 with a clear message when there is none.

java_major() {  # prints the major version of the java binary $1, or nothing
  "$1" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

find_jdk() {  # prints the home of the newest JDK (java and javac) that is 21 or newer
  local candidates=() dir home major best="" best_major=0
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v javac >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
  fi
  for dir in /usr/lib/jvm/*; do [ -d "$dir" ] && candidates+=("$dir"); done
  for home in "${candidates[@]}"; do
    [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || continue
    major="$(java_major "$home/bin/java")"
    [ -n "$major" ] || continue
    if [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then best="$home"; best_major="$major"; fi
  done
  [ -n "$best" ] && printf '%s\n' "$best"
}

JAVA_HOME="$(find_jdk || true)"
if [ -z "$JAVA_HOME" ]; then
  echo "paperscope: no JDK 21 or newer found (looked at \$JAVA_HOME, PATH and /usr/lib/jvm/*)." >&2
  echo "Install one (e.g. apt-get install openjdk-21-jdk) or set JAVA_HOME to it." >&2
  exit 1
fi
export JAVA_HOME
