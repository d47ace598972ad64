package dk.klu.agenda;

/** What a submitter writes (the start form of klu-agenda-item). */
public record NewItem(
    String title,
    Topic topic,
    String description,
    String discussionPoints,
    String approach,
    String justification,
    ItemKind requestedKind,
    int expectedMinutes) {}
