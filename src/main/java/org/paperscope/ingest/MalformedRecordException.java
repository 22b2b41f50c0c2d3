package org.paperscope.ingest;

/**
 * Signals that one record cannot become a paper; the message is the short rejection reason given to
 * {@link RecordSink#reject}.
 */
final class MalformedRecordException extends Exception {

  MalformedRecordException(String reason) {
    super(reason);
  }

  MalformedRecordException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
