/**
 * The web face (Javalin, jte templates): the reading room's pages, the JSON API under {@code
 * /api/v1} with its OpenAPI document, exports, feeds, error pages and web limits. With cli, the
 * only place that wires packages together; it may call any package except cli, and no package calls
 * it.
 */
package org.paperscope.web;
