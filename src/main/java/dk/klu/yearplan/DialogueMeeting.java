package dk.klu.yearplan;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The year's dialogue meeting: announced, planned, held, its summary archived. */
public record DialogueMeeting(
    long id,
    long planId,
    LocalDate heldOn,
    OffsetDateTime announcedAt,
    String place,
    String programme,
    String plannedBy,
    String summary,
    Integer participants,
    String summaryBy,
    OffsetDateTime archivedAt) {}
