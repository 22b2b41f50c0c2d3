/**
 * The database of user content (accounts, summaries, votes): an embedded SQLite file in the data
 * directory by default, PostgreSQL by JDBC URL for deployments with several servers. Owns the
 * connection pool, the schema migrations (Flyway, {@code db/store/}) and consistent backups. The
 * only thing in a deployment that cannot be recomputed from its sources.
 */
package org.paperscope.store;
