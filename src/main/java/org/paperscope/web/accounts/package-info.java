/**
 * The web's side of accounts: who is asking (session cookie, API token), CSRF checks, and the
 * login, registration and account pages.
 */
package org.paperscope.web.accounts;
