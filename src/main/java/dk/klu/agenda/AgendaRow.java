package dk.klu.agenda;

/**
 * One row of the agenda as the chairs edit it: include it or not, its order, its kind and its
 * expected minutes. The other fields are shown, not edited.
 */
public record AgendaRow(
    long itemId,
    String title,
    String topicLabel,
    String sourceLabel,
    boolean standing,
    boolean include,
    int position,
    String kind,
    int minutes) {}
