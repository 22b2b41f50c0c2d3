/**
 * The web face (Javalin, jte templates): the server and its wiring, the page frame, error answers,
 * web limits, static assets, the index snapshot requests are answered from and the query parameters
 * every route reads. One subpackage per family of pages: {@code search}, {@code paper}, {@code
 * browse}, {@code api} and {@code export}. With cli, the only place that wires packages together;
 * it may call any package except cli, and no package but its own subpackages calls it.
 */
package org.paperscope.web;
