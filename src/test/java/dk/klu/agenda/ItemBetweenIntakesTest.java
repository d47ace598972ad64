package dk.klu.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import dk.klu.agenda.process.AgendaItemProcess;
import dk.klu.notification.Outbox;
import dk.klu.support.ApplicationTest;
import dk.klu.support.CycleDriver;
import dk.klu.support.Mails;
import dk.klu.support.RestClient.Answer;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * An item submitted between intakes gets the secretariat's assessment at once (issue 13, point 4;
 * Aalborg: concrete problems are solved "i videst muligt omfang … på sekretariatsniveau"): solved
 * or referred now, through the triage's own path (status, the submitter's mail, the item
 * concluded), or kept for the next agenda, where the next call takes it into the intake and the
 * triage handles it as any other item. The bad submissions of its form are sent by {@code
 * H2BadInputMeetingCycleTest}, whose cycle keeps its queued item for the next agenda.
 */
@TestPropertySource(
    properties = {
      "klu.mail.scheduler-enabled=false",
      "spring.datasource.url=jdbc:h2:mem:klu-item-between-intakes;DB_CLOSE_DELAY=-1"
    })
class ItemBetweenIntakesTest extends ApplicationTest {

  static final String ASSESS = AgendaItemProcess.Element.UserTask_AssessQueuedItem.id();

  @Autowired AgendaItemService items;
  @Autowired Outbox outbox;

  CycleDriver cycle;

  @BeforeEach
  void setUp() {
    cycle = new CycleDriver(rest, engine);
  }

  @Test
  void solvedAtOnce_theSubmitterGetsTheAnswer_andTheItemIsConcluded() {
    // a Friday: the assessment is due on the next working day, Monday at noon
    cycle.clock("2027-01-08T15:00:00+01:00");
    String itemPi =
        cycle.submitItem("laege", "Bestilling af hjælpemidler", "AELDRE_DEMENS", "DECISION");
    assertThat(cycle.variable(itemPi, AgendaItemProcess.PLACEMENT.name()))
        .isEqualTo(Placement.Kind.QUEUED.name());
    Task task = cycle.single(itemPi, ASSESS);
    assertThat(task.getName())
        .isEqualTo("Vurdér punkt mellem indkaldelser: Bestilling af hjælpemidler");
    assertThat(task.getDueDate())
        .isEqualTo(Date.from(OffsetDateTime.parse("2027-01-11T12:00:00+01:00").toInstant()));

    Answer noAnswer = cycle.submit("sekretaer", task.getId(), Map.of("triageOutcome", "SOLVED"));
    assertThat(noAnswer.status()).isEqualTo(400);
    assertThat(noAnswer.body())
        .contains("Feltet \\\"Løsning (sendes til indsender)\\\" skal udfyldes");
    assertThat(items.get(cycle.itemId(itemPi)).status()).isEqualTo(ItemStatus.WAITING);

    cycle.complete(
        "sekretaer",
        task.getId(),
        Map.of(
            "triageOutcome",
            "SOLVED",
            "triageResolution",
            "Hjælpemidler bestilles nu direkte i kommunens portal; vejledning er sendt til praksis."));

    assertSettledAndTold(itemPi, "laege", ItemStatus.SOLVED, "kommunens portal");
  }

  @Test
  void referredAtOnce_theSubmitterIsToldWhereTheMatterWent() {
    cycle.clock("2027-01-05T10:00:00+01:00");
    String itemPi =
        cycle.submitItem("laege2", "Udskrivning af borgere fredag", "AELDRE_DEMENS", "DECISION");
    String task = cycle.task(itemPi, ASSESS);

    cycle.refer(task, "PLO-Aalborg, som tager det op med sygehusets udskrivningskoordinatorer.");

    assertSettledAndTold(itemPi, "laege2", ItemStatus.REFERRED, "udskrivningskoordinatorer");
  }

  /**
   * The item is settled without a meeting: its status and the secretariat's text, its process ended
   * at once, the submitter told by mail (the triage's outcome and the text) and on their own page.
   */
  private void assertSettledAndTold(
      String itemPi, String submitter, ItemStatus status, String text) {
    AgendaItem item = items.get(cycle.itemId(itemPi));
    assertThat(item.status()).isEqualTo(status);
    assertThat(item.meetingId()).isNull();
    assertThat(item.triageNote()).contains(text);
    assertThat(cycle.ended(itemPi)).as("the item is concluded at once").isTrue();
    String outcome = TriageOutcome.valueOf(status.name()).danish();
    assertThat(Mails.ofKind(outbox, "ITEM_TRIAGED"))
        .anySatisfy(
            m -> {
              assertThat(m.recipients()).containsExactly(submitter);
              assertThat(m.subject()).contains(item.title());
              assertThat(m.body()).contains(outcome).contains(text);
            });
    assertThat(rest.get("/api/items/mine", submitter).body()).contains(status.danish());
  }

  @Test
  void keptForTheNextAgenda_theCallTakesItIn_andTheTriageHandlesItAsAnyItem() {
    cycle.clock("2027-01-04T10:00:00+01:00");
    String kept = cycle.submitItem("laege", "Fælles sprog om funktionsevne", "ANDET", "DECISION");
    cycle.complete(
        "sekretaer",
        cycle.task(kept, ASSESS),
        Map.of(AgendaItemProcess.TRIAGE_OUTCOME.name(), AgendaItemProcess.NEXT_AGENDA));
    assertThat(items.get(cycle.itemId(kept)).status()).isEqualTo(ItemStatus.WAITING);
    assertThat(cycle.ended(kept)).isFalse();
    assertThat(Mails.ofKind(outbox, "ITEM_TRIAGED"))
        .noneSatisfy(m -> assertThat(m.subject()).contains("Fælles sprog"));
    // one the secretariat has not looked at when the call goes out: the call takes it in
    String unassessed =
        cycle.submitItem("laege2", "Adgang til plejecentrenes læger", "ANDET", "DECISION");
    assertThat(cycle.tasks(unassessed, ASSESS)).hasSize(1);

    String meetingPi = cycle.plan(CycleDriver.nextMeetingStart());
    long meetingId = cycle.meetingId(meetingPi);
    assertThat(cycle.advanceToNextTimer()).as("the call").isTrue();
    assertThat(items.get(cycle.itemId(kept)))
        .extracting(AgendaItem::status, AgendaItem::meetingId)
        .containsExactly(ItemStatus.SUBMITTED, meetingId);
    assertThat(items.get(cycle.itemId(unassessed)).status()).isEqualTo(ItemStatus.SUBMITTED);
    assertThat(cycle.tasks(unassessed, ASSESS)).as("the assessment is withdrawn").isEmpty();

    assertThat(cycle.advanceUntilTasks()).as("the triage after the deadline").isNotEmpty();
    cycle.complete("sekretaer", cycle.triageTask(kept), Map.of("triageOutcome", "ON_AGENDA"));
    cycle.complete("sekretaer", cycle.triageTask(unassessed), Map.of("triageOutcome", "ON_AGENDA"));
    assertThat(items.get(cycle.itemId(kept)).status()).isEqualTo(ItemStatus.ON_AGENDA);
    assertThat(cycle.ended(kept)).as("it waits for the meeting").isFalse();
    assertThat(cycle.single(meetingPi, "UserTask_ReviewAgendaChair")).isNotNull();
  }
}
