package org.paperscope.store;

/** The database engines the store runs on. */
public enum StoreKind {
  /** An embedded SQLite file (WAL mode): one server per data directory. */
  SQLITE,
  /** A PostgreSQL server: several PaperScope servers may share it. */
  POSTGRESQL
}
