package dk.klu.yearplan;

import java.time.OffsetDateTime;

/** One meeting of a stored year plan; {@code meetingId} once its klu-meeting has started. */
public record YearPlanMeeting(
    long id,
    long planId,
    int number,
    OffsetDateTime startsAt,
    OffsetDateTime endsAt,
    String location,
    Long meetingId,
    OffsetDateTime rescheduledAt) {}
