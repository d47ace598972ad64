package dk.klu.publication;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a client asks of an OParl 1.1 external object list: the page, OParl's filters on {@code
 * created} and {@code modified} (inclusive, full RFC 3339 date-times), {@code limit} (a wish the
 * server may lower) and {@code omit_internal}. The filters are kept in every page link.
 */
record ListQuery(
    int page,
    Integer limit,
    Map<String, OffsetDateTime> filters,
    Map<String, String> raw,
    boolean omitInternal) {

  static final String[] FILTERS = {
    "created_since", "created_until", "modified_since", "modified_until"
  };

  /** Reads the query; a value that cannot be read is refused with the reason in Danish. */
  static ListQuery of(Map<String, String> query) {
    int page = whole(query, "page", 1);
    Integer limit = query.containsKey("limit") ? whole(query, "limit", 1) : null;
    Map<String, OffsetDateTime> filters = new LinkedHashMap<>();
    Map<String, String> raw = new LinkedHashMap<>();
    for (String name : FILTERS) {
      String value = query.get(name);
      if (value == null) {
        continue;
      }
      try {
        filters.put(name, OffsetDateTime.parse(value.strip()));
        raw.put(name, value.strip());
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            name
                + " skal være et tidspunkt med dato, klokkeslæt og tidszone efter RFC 3339,"
                + " fx 2027-01-01T00:00:00+01:00; '"
                + value
                + "' kan ikke læses.");
      }
    }
    if (limit != null) {
      raw.put("limit", String.valueOf(limit));
    }
    String omit = query.get("omit_internal");
    if (omit != null && !omit.equals("true") && !omit.equals("false")) {
      throw new IllegalArgumentException("omit_internal skal være true eller false.");
    }
    boolean omitInternal = "true".equals(omit);
    if (omitInternal) {
      raw.put("omit_internal", "true");
    }
    return new ListQuery(page, limit, filters, raw, omitInternal);
  }

  private static int whole(Map<String, String> query, String name, int fallback) {
    String value = query.get(name);
    if (value == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new IllegalArgumentException(
        name + " skal være et helt tal fra 1; '" + value + "' er ikke.");
  }

  /** Whether an object, by its {@code created} and {@code modified}, passes every filter. */
  boolean keeps(Map<String, Object> object) {
    for (Map.Entry<String, OffsetDateTime> filter : filters.entrySet()) {
      String attribute = filter.getKey().startsWith("created") ? "created" : "modified";
      Object value = object.get(attribute);
      if (value == null) {
        return false;
      }
      OffsetDateTime at = OffsetDateTime.parse(value.toString());
      boolean since = filter.getKey().endsWith("_since");
      if (since ? at.isBefore(filter.getValue()) : at.isAfter(filter.getValue())) {
        return false;
      }
    }
    return true;
  }

  /** The query string of a page of this list, with the same filters. */
  String link(int page) {
    Stream<String> kept =
        raw.entrySet().stream()
            .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8));
    String query =
        Stream.concat(kept, page > 1 ? Stream.of("page=" + page) : Stream.empty())
            .collect(Collectors.joining("&"));
    return query.isEmpty() ? "" : "?" + query;
  }
}
