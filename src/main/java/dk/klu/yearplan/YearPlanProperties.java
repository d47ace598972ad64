package dk.klu.yearplan;

import java.time.Period;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the year runs ({@code klu.year-plan.*}).
 *
 * @param dialogueAnnouncementLead the dialogue meeting is announced at least this long before
 * @param dialoguePlanningBefore the secretariat has planned the dialogue meeting this long before
 * @param dialoguePlanningReminderBefore the secretariat is reminded this long before that due date
 * @param dialogueSummaryPeriod the summary is due this long after the dialogue meeting
 * @param dialogueSummaryReminderBefore the secretariat is reminded this long before that due date
 * @param dialogueInvitees who the announcement goes to: the municipality's GPs and practices and
 *     the central municipal actors (addresses, user ids or {@code group:<id>})
 * @param defaultLocation the place a meeting is held when the plan names none
 */
@ConfigurationProperties(prefix = "klu.year-plan")
public record YearPlanProperties(
    @DefaultValue("P3M") Period dialogueAnnouncementLead,
    @DefaultValue("P1M") Period dialoguePlanningBefore,
    @DefaultValue("P7D") Period dialoguePlanningReminderBefore,
    @DefaultValue("P14D") Period dialogueSummaryPeriod,
    @DefaultValue("P3D") Period dialogueSummaryReminderBefore,
    @DefaultValue({
          "praktiserende-laeger@kommune.example",
          "laegepraksis@kommune.example",
          "sundhed-og-kultur@kommune.example",
          "aeldre-og-handicap@kommune.example",
          "beskaeftigelse@kommune.example"
        })
        List<String> dialogueInvitees,
    @DefaultValue("Rådhuset") String defaultLocation) {

  public YearPlanProperties {
    dialogueInvitees = List.copyOf(dialogueInvitees);
  }
}
