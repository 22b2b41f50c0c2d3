/**
 * The {@code paperscope} command line (picocli): one command per noun (ingest, reindex, demo,
 * serve, search, show, tags, stats, export, eval, bench), the exit-code policy (0 success, 1
 * failure, 2 usage) and one clear stderr line per error. With web, the only place that wires
 * packages together; it may call any package, and no package calls it.
 */
package org.paperscope.cli;
