/**
 * People: accounts with roles (reader, writer, moderator), Argon2id password hashes, login sessions
 * with their CSRF secrets, API tokens for scripts, and the limits on login and registration
 * attempts. Everything is kept in the {@code store}.
 */
package org.paperscope.accounts;
