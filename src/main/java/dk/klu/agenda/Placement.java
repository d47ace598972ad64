package dk.klu.agenda;

import dk.klu.meeting.Meeting;
import java.util.Optional;

/** Where a newly submitted item went. */
public record Placement(long itemId, Kind kind, Optional<Meeting> meeting) {

  /** Open intake, after the deadline of a meeting in triage, or waiting for the next call. */
  public enum Kind {
    OPEN,
    LATE,
    QUEUED
  }
}
