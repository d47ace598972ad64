package dk.klu.agenda;

/**
 * The secretariat settled an item without the committee (solved, referred or rejected), in the
 * triage or between intakes; published by {@code ItemTriage} for whoever waits for the committee's
 * word on the item (a revised agreement draft).
 *
 * @param outcome the outcome in Danish ("Løst af sekretariatet", "Afvist", ...)
 * @param note the secretariat's text to the submitter, or null
 */
public record ItemSettled(long itemId, String outcome, String note) {}
