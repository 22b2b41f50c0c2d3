package org.paperscope.web.accounts;

import org.paperscope.web.Layout;

/**
 * The login or the registration form, with what was typed and what was wrong.
 *
 * @param layout the page frame
 * @param register true for the registration form, false for the login form
 * @param name the name typed, or empty
 * @param error what went wrong, in the reader's words, or {@code null}
 * @param errorField the field at fault ({@code name}, {@code password}), or {@code null}
 * @param next where to go once logged in (a path on this site)
 */
public record AccountFormPage(
    Layout layout, boolean register, String name, String error, String errorField, String next) {}
