package dk.klu.process;

import dk.klu.rules.KluClock;
import dk.klu.rules.MeetingSchedule;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** The domain's time is the engine's time, so moving the engine clock in a test moves both. */
@Component
public class EngineClock implements KluClock {

  @Override
  public OffsetDateTime now() {
    return ClockUtil.getCurrentTime()
        .toInstant()
        .atZone(MeetingSchedule.KLU_ZONE)
        .toOffsetDateTime();
  }
}
