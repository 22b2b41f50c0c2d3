# Sourced by bin/test: starts a throwaway PostgreSQL server for the store tests and exports
# PAPERSCOPE_TEST_POSTGRES (a postgresql:// URL); stop it with paperscope_postgres_stop.
# Uses Debian's postgresql package (installed when missing and apt is at hand). When
# PAPERSCOPE_TEST_POSTGRES is already set, that server is used and nothing is started.

paperscope_postgres_start() {
  if [ -n "${PAPERSCOPE_TEST_POSTGRES:-}" ]; then
    return 0
  fi
  local bin
  bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
  if [ -z "$bin" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing PostgreSQL for the store tests (Debian package postgresql)" >&2
    if [ "$(id -u)" = 0 ]; then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    else
      sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    fi
    bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
  fi
  if [ -z "$bin" ]; then
    echo "PostgreSQL is not installed (apt-get install postgresql); the PostgreSQL store tests will fail" >&2
    return 0
  fi
  PAPERSCOPE_PG_DIR="$(mktemp -d /tmp/paperscope-pg.XXXXXX)"
  local port=$((20000 + RANDOM % 20000))
  local run=()
  if [ "$(id -u)" = 0 ]; then
    # PostgreSQL refuses to run as root: the cluster belongs to the postgres user.
    chown postgres "$PAPERSCOPE_PG_DIR"
    run=(runuser -u postgres --)
  fi
  "${run[@]}" "$bin/initdb" -D "$PAPERSCOPE_PG_DIR/data" -U paperscope --auth=trust -E UTF8 >/dev/null
  "${run[@]}" "$bin/pg_ctl" -D "$PAPERSCOPE_PG_DIR/data" -l "$PAPERSCOPE_PG_DIR/log" -w \
    -o "-p $port -k $PAPERSCOPE_PG_DIR -c listen_addresses=127.0.0.1 -c fsync=on" start >/dev/null
  PAPERSCOPE_PG_BIN="$bin"
  PAPERSCOPE_PG_RUN="${run[*]}"
  export PAPERSCOPE_TEST_POSTGRES="postgresql://paperscope@127.0.0.1:$port/postgres"
  echo "PostgreSQL for the store tests at $PAPERSCOPE_TEST_POSTGRES" >&2
}

paperscope_postgres_stop() {
  if [ -n "${PAPERSCOPE_PG_DIR:-}" ]; then
    $PAPERSCOPE_PG_RUN "$PAPERSCOPE_PG_BIN/pg_ctl" -D "$PAPERSCOPE_PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$PAPERSCOPE_PG_DIR"
  fi
}
