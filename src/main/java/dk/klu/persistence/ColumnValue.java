package dk.klu.persistence;

/**
 * A column of a table set to a new value. The column is a constant of its repository's enum, named
 * as in the table (upper case), so services say what they change and the SQL stays in the
 * repository; an enum value is stored by its name.
 */
public record ColumnValue<C extends Enum<C>>(C column, Object value) {

  public static <C extends Enum<C>> ColumnValue<C> set(C column, Object value) {
    return new ColumnValue<>(column, value instanceof Enum<?> e ? e.name() : value);
  }

  /**
   * A text cut to {@code max} characters for its column, marked with "..." when cut; null stays.
   */
  public static String fit(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 3) + "...";
  }
}
