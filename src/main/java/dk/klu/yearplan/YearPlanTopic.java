package dk.klu.yearplan;

import dk.klu.agenda.Topic;

/** A strategic topic of a stored year plan; {@code itemId} once it is on its meeting's agenda. */
public record YearPlanTopic(
    long id,
    long planId,
    int number,
    String title,
    Topic topic,
    String description,
    int meetingNumber,
    Long itemId) {}
