package org.paperscope.accounts;

/**
 * A login: the secret the session cookie carries, the CSRF secret every form and state-changing
 * call of this session must echo, and who logged in.
 *
 * @param token the cookie's secret (only its SHA-256 is stored)
 * @param csrf the CSRF secret
 * @param user the account
 */
public record Session(String token, String csrf, User user) {}
