package dk.klu.rules;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The time the domain sees. The process application backs it with the engine's clock, so that a
 * test moving the engine's time moves the domain's too.
 */
public interface KluClock {

  /** Now, in the committee's zone. */
  OffsetDateTime now();

  /** Today, in the committee's zone. */
  default LocalDate today() {
    return now().atZoneSameInstant(MeetingSchedule.KLU_ZONE).toLocalDate();
  }
}
