package dk.klu.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import dk.klu.support.ApplicationTest;
import dk.klu.support.CycleDriver;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The standing topics are recommended, not compulsory (national guidance; Aalborg: "Emnerne
 * behandles dog ikke, hvis de ikke er relevante"): proposed and pre-selected, and the chairs may
 * leave any out. One left out is not on the agenda, gets no case presentation and is not moved to
 * the next meeting, which proposes its own.
 */
@TestPropertySource(properties = "klu.mail.scheduler-enabled=false")
class StandingTopicsTest extends ApplicationTest {

  @Autowired AgendaItemService items;

  @Test
  void theChairsMayLeaveAStandingTopicOut() throws Exception {
    CycleDriver cycle = new CycleDriver(rest, engine);
    cycle.clock("2027-01-04T10:00:00+01:00");
    CycleDriver.Cycle started = cycle.startCycle(CycleDriver.nextMeetingStart(), 1);
    String review = cycle.driveUntil(started, "UserTask_ReviewAgendaChair");
    List<Map<String, Object>> rows = cycle.backstage().rows(review, "agendaItems");
    List<Map<String, Object>> proposed =
        rows.stream().filter(r -> Boolean.TRUE.equals(r.get("standing"))).toList();
    assertThat(proposed).as("four standing topics proposed in %s", rows).hasSize(4);
    assertThat(proposed).allMatch(r -> Boolean.TRUE.equals(r.get("include")), "pre-selected");

    List<Map<String, Object>> edited = CycleDriver.submitted(rows);
    int left = CycleDriver.indexOfStanding(rows);
    edited.get(left).put("include", false);
    long leftOutId = ((Number) rows.get(left).get("itemId")).longValue();
    cycle.complete("formand", review, Map.of("agendaItems", edited, "chairDecision", "APPROVE"));
    String gpReview = cycle.driveUntil(started, "UserTask_ReviewAgendaGpChair");
    // the two chairs review in parallel; the GP chair agrees to leave the topic out
    List<Map<String, Object>> gpRows = cycle.backstage().rows(gpReview, "agendaItems");
    List<Map<String, Object>> gpEdited = CycleDriver.submitted(gpRows);
    for (int i = 0; i < gpRows.size(); i++) {
      if (((Number) gpRows.get(i).get("itemId")).longValue() == leftOutId) {
        gpEdited.get(i).put("include", false);
      }
    }
    cycle.complete(
        "plo-formand", gpReview, Map.of("agendaItems", gpEdited, "gpChairDecision", "APPROVE"));
    cycle.driveUntil(started, "UserTask_WriteCasePresentation");

    AgendaItem leftOut = items.get(leftOutId);
    assertThat(leftOut.status())
        .as("task rows %s, stored %s", rows, items.agendaRows(leftOut.meetingId()))
        .isEqualTo(ItemStatus.LEFT_OUT);
    assertThat(leftOut.meetingId()).as("not moved to the next meeting").isNotNull();
    long meetingId = leftOut.meetingId();
    assertThat(items.onAgendaIds(meetingId)).doesNotContain(leftOutId).hasSize(rows.size() - 1);
    assertThat(
            engine
                .getTaskService()
                .createTaskQuery()
                .processInstanceIdIn(
                    cycle
                        .kit()
                        .instanceTree(started.meetingProcessInstanceId())
                        .toArray(String[]::new))
                .taskDefinitionKey("UserTask_WriteCasePresentation")
                .count())
        .as("a case presentation for each item on the agenda")
        .isEqualTo(rows.size() - 1);
  }
}
