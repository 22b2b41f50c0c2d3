package org.paperscope.web;

import org.paperscope.search.QuerySyntaxException;

/**
 * A search the searcher rejected, with the parameter to blame: {@code q} (the query) or {@code
 * filter}. The cause carries the message and position.
 */
public final class MalformedSearchException extends Exception {
  private final String field;

  public MalformedSearchException(String field, QuerySyntaxException cause) {
    super(cause.describe(), cause);
    this.field = field;
  }

  /** "q" or "filter". */
  public String field() {
    return field;
  }

  public QuerySyntaxException syntax() {
    return (QuerySyntaxException) getCause();
  }
}
