/**
 * Live sources: fetching an arXiv category (the arXiv API's Atom feed) or an OpenReview venue (API
 * v2 notes) politely (one request at a time, a delay between requests, a descriptive User-Agent,
 * backing off on 503 with Retry-After, size limits), remembering where each harvest stopped, and
 * handing the papers to ingest like any other source.
 */
package org.paperscope.harvest;
