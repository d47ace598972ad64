package dk.klu.meeting;

import static dk.klu.support.CycleDriver.row;
import static dk.klu.support.CycleDriver.submitted;
import static org.assertj.core.api.Assertions.assertThat;

import dk.klu.agenda.AgendaItem;
import dk.klu.agenda.AgendaItemService;
import dk.klu.agenda.ItemStatus;
import dk.klu.agenda.process.AgendaItemProcess;
import dk.klu.notification.Outbox;
import dk.klu.process.RowSlots;
import dk.klu.support.ApplicationTest;
import dk.klu.support.CycleDriver;
import dk.klu.support.Mails;
import dk.klu.support.RestClient.Answer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The chairs' review shows every item sent in since the last meeting with what the secretariat did
 * with it (on the agenda, solved or referred between intakes or in the triage, rejected, moved to
 * the next meeting), and either chair can put any item that is not on the agenda back on it: it
 * then goes on like a triaged item (a case presentation, the agenda) and its submitter is told.
 * Runs on H2 and PostgreSQL.
 */
@TestPropertySource(properties = "klu.mail.scheduler-enabled=false")
abstract class ChairsPutItemsBackTest extends ApplicationTest {

  @Autowired AgendaItemService items;
  @Autowired Outbox outbox;

  @Test
  void theChairsSeeEveryItemReceived_andEitherChairPutsOneBackOnTheAgenda() {
    CycleDriver cycle = new CycleDriver(rest, engine);
    cycle.clock("2027-01-04T10:00:00+01:00");
    // between intakes: solved by the secretariat at once
    String solvedBetween =
        cycle.submitItem("laege", "Attester til jobcentret", "ARBEJDSMARKED", "DECISION");
    cycle.complete(
        "sekretaer",
        cycle.task(solvedBetween, AgendaItemProcess.Element.UserTask_AssessQueuedItem.id()),
        Map.of("triageOutcome", "SOLVED", "triageResolution", "Ny blanket aftalt med jobcentret."));
    String meetingPi = cycle.plan(CycleDriver.nextMeetingStart());
    long meetingId = cycle.meetingId(meetingPi);
    assertThat(cycle.advanceToNextTimer()).as("the call").isTrue();

    String onAgenda = cycle.submitItem("laege", "Demensudredning", "AELDRE_DEMENS", "DECISION");
    String rejected = cycle.submitItem("laege2", "Nyt journalsystem", "KOMMUNIKATION", "DECISION");
    String referred =
        cycle.submitItem("laege", "Hjemmeplejens nøgler", "AELDRE_DEMENS", "DECISION");
    assertThat(cycle.advanceUntilTasks()).as("the triage after the deadline").isNotEmpty();
    // after the deadline, moved to the next meeting by the secretariat
    String moved =
        cycle.submitItem("laege2", "Lægedækning i yderområder", "LAEGEDAEKNING", "DECISION");
    cycle.complete(
        "sekretaer",
        cycle.task(moved, AgendaItemProcess.Element.UserTask_DecideLateItem.id()),
        Map.of("lateDecision", "NEXT_MEETING"));
    cycle.complete("sekretaer", cycle.triageTask(onAgenda), Map.of("triageOutcome", "ON_AGENDA"));
    cycle.complete(
        "sekretaer",
        cycle.triageTask(rejected),
        Map.of("triageOutcome", "REJECTED", "triageRejectionReason", "Hører under regionen."));
    cycle.complete(
        "sekretaer",
        cycle.triageTask(referred),
        Map.of("triageOutcome", "REFERRED", "triageReferral", "Hjemmeplejens ledelse."));

    Task chair = cycle.single(meetingPi, "UserTask_ReviewAgendaChair");
    String received =
        (String) engine.getTaskService().getVariableLocal(chair.getId(), "agendaReceivedText");
    assertThat(received)
        .contains("**Attester til jobcentret** (indsendt af ")
        .contains("Løst af sekretariatet – Ny blanket aftalt med jobcentret.")
        .contains("**Demensudredning** (indsendt af ")
        .contains("På dagsordenen")
        .contains("Afvist – Hører under regionen.")
        .contains("Henvist til den ansvarlige enhed – Hjemmeplejens ledelse.")
        .contains("**Lægedækning i yderområder** (indsendt af ")
        .contains("Flyttet til næste møde");
    assertThat(offAgendaTitles(chair))
        .containsExactly(
            "Attester til jobcentret",
            "Nyt journalsystem",
            "Hjemmeplejens nøgler",
            "Lægedækning i yderområder");

    // a box for a row the form did not have is refused
    List<Map<String, Object>> rows = cycle.agendaRows(meetingPi);
    Answer tooMany = cycle.submit("formand", chair.getId(), chairApproves(rows, boxes(5, 4)));
    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(tooMany.body()).contains("Genindlæs opgaven");

    // the chair puts the item solved between intakes back
    cycle.complete("formand", chair.getId(), chairApproves(rows, boxes(4, 0)));
    AgendaItem back = items.get(cycle.itemId(solvedBetween));
    assertThat(back.status()).isEqualTo(ItemStatus.ON_AGENDA);
    assertThat(back.included()).isTrue();
    assertThat(back.meetingId()).isEqualTo(meetingId);

    // the GP chair sees it on the agenda and puts back another: the one moved to the next meeting
    Task gpChair = cycle.single(meetingPi, "UserTask_ReviewAgendaGpChair");
    assertThat(offAgendaTitles(gpChair))
        .containsExactly("Nyt journalsystem", "Hjemmeplejens nøgler", "Lægedækning i yderområder");
    List<Map<String, Object>> gpRows = cycle.agendaRows(meetingPi);
    assertThat(gpRows).extracting(r -> r.get("title")).contains("Attester til jobcentret");
    cycle.complete(
        "plo-formand",
        gpChair.getId(),
        Map.of(
            "agendaItems",
            submitted(gpRows),
            "agendaOffAgenda",
            boxes(3, 2),
            "gpChairDecision",
            "APPROVE"));

    assertThat(items.onAgenda(meetingId))
        .extracting(AgendaItem::title)
        .contains("Attester til jobcentret", "Lægedækning i yderområder", "Demensudredning")
        .doesNotContain("Nyt journalsystem", "Hjemmeplejens nøgler");
    assertThat(cycle.tasks("UserTask_WriteCasePresentation"))
        .extracting(Task::getName)
        .contains(
            "Skriv sagsfremstilling: Attester til jobcentret",
            "Skriv sagsfremstilling: Lægedækning i yderområder");
    assertThat(items.get(cycle.itemId(moved)))
        .extracting(AgendaItem::status, AgendaItem::meetingId)
        .containsExactly(ItemStatus.ON_AGENDA, meetingId);
    assertThat(cycle.ended(moved)).as("it waits for the meeting like any item").isFalse();
    assertThat(Mails.ofKind(outbox, "ITEM_PUT_BACK"))
        .satisfiesExactlyInAnyOrder(
            m -> {
              assertThat(m.recipients()).containsExactly("laege");
              assertThat(m.body()).startsWith("Formanden har sat dit punkt på dagsordenen");
            },
            m -> {
              assertThat(m.recipients()).containsExactly("laege2");
              assertThat(m.body()).startsWith("PLO-formanden har sat dit punkt på dagsordenen");
            });
  }

  private List<Object> offAgendaTitles(Task task) {
    return RowSlots.rows(engine.getTaskService().getVariableLocal(task.getId(), "agendaOffAgenda"))
        .stream()
        .map(r -> r.get("title"))
        .toList();
  }

  /** The KLU chair's approval of the agenda as it stands, with the put-back boxes. */
  private static Map<String, Object> chairApproves(
      List<Map<String, Object>> rows, List<Map<String, Object>> boxes) {
    return Map.of(
        "agendaItems", submitted(rows), "agendaOffAgenda", boxes, "chairDecision", "APPROVE");
  }

  /** What Tasklist submits of the off-agenda list: one box per row, the one at {@code ticked}. */
  private static List<Map<String, Object>> boxes(int rows, int ticked) {
    List<Map<String, Object>> boxes = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      boxes.add(row("putBack", i == ticked));
    }
    return boxes;
  }
}
