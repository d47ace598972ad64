package dk.klu.agenda;

/**
 * How an item is treated on the agenda: fixed point 2 (decision) or fixed point 3 (information).
 */
public enum ItemKind {
  DECISION("Til drøftelse/beslutning"),
  INFORMATION("Til orientering");

  private final String danish;

  ItemKind(String danish) {
    this.danish = danish;
  }

  public String danish() {
    return danish;
  }
}
