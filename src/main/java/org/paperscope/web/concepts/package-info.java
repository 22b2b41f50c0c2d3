/**
 * The glossary's pages: every concept ({@code /concepts}), "What is X?" ({@code /concepts/{name}}),
 * the concept of the day ({@code /concepts/today}) and its Atom feed, and the links from abstracts
 * to concepts.
 */
package org.paperscope.web.concepts;
