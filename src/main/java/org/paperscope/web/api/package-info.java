/**
 * The JSON API under {@code /api/v1}: its routes and JSON shapes, the OpenAPI document describing
 * it ({@code web/openapi.json}) and that document as a page for people ({@code /api}). Uses {@code
 * web}, {@code web.search}, {@code web.paper} and {@code web.browse}.
 */
package org.paperscope.web.api;
