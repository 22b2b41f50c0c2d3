/**
 * The web's community summaries: the list on a paper's page, the editor with live preview, the
 * revision history, votes, reports and moderation, the Atom feed of new summaries, and the JSON API
 * with the same rules.
 */
package org.paperscope.web.summaries;
