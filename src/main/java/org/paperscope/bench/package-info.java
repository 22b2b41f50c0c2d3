/**
 * Benchmarks run on request ({@code paperscope bench}), never as timed tests: ingest throughput,
 * search latency percentiles and PDF extraction speed. May use every package below the faces;
 * nothing but cli depends on it.
 */
package org.paperscope.bench;
