package org.paperscope.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Work done with one connection of the store, inside a transaction for {@link Store#write}.
 *
 * @param <T> what the work returns
 */
@FunctionalInterface
public interface SqlWork<T> {
  /** Does the work; a thrown exception rolls a write back. */
  T run(Connection connection) throws SQLException;
}
