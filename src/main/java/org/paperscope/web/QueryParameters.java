package org.paperscope.web;

import java.util.List;
import java.util.Map;

/** Reads single values of a request's query parameters, as every route takes them. Stateless. */
public final class QueryParameters {
  private QueryParameters() {}

  /** The first value of a parameter, or {@code null} when absent. */
  public static String first(Map<String, List<String>> params, String name) {
    List<String> values = params.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** The first value of a parameter, stripped, or empty when absent. */
  public static String text(Map<String, List<String>> params, String name) {
    String value = first(params, name);
    return value == null ? "" : value.strip();
  }

  /**
   * An integer parameter between {@code min} and {@code max}, {@code absent} when not given.
   *
   * @throws BadParameterException naming the parameter when it is not such a number
   */
  public static int integer(
      Map<String, List<String>> params, String name, int absent, int min, int max)
      throws BadParameterException {
    String text = first(params, name);
    if (text == null || text.isBlank()) {
      return absent;
    }
    int value;
    try {
      value = Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new BadParameterException(name, "param.integer", name, shorten(text));
    }
    if (value < min || value > max) {
      throw new BadParameterException(name, "param.range", name, min, max);
    }
    return value;
  }

  /** Echoes at most 40 characters of a bad value back to the user. */
  public static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}
