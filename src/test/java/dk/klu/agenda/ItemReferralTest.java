package dk.klu.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import dk.klu.notification.Outbox;
import dk.klu.support.ApplicationTest;
import dk.klu.support.CycleDriver;
import dk.klu.support.Mails;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The secretariat refers an item to the unit responsible or to PLO-Aalborg (issue 13, point 4;
 * Aalborg: the committee does not replace the units' own dialogue with the GPs): the referral needs
 * its text, the submitter is told where the matter went, the item is concluded and shows as
 * referred on the GP's own page.
 */
@TestPropertySource(
    properties = {
      "klu.mail.scheduler-enabled=false",
      "spring.datasource.url=jdbc:h2:mem:klu-item-referral;DB_CLOSE_DELAY=-1"
    })
class ItemReferralTest extends ApplicationTest {

  @Autowired AgendaItemService items;
  @Autowired Outbox outbox;

  @Test
  void anItemReferredToTheUnitResponsibleIsConcludedAndTheSubmitterTold() {
    CycleDriver cycle = new CycleDriver(rest, engine);
    cycle.clock("2027-01-04T10:00:00+01:00");
    assertThat(cycle.startMeeting(CycleDriver.nextMeetingStart()).status()).isEqualTo(200);
    assertThat(cycle.advanceToNextTimer()).as("the call").isTrue();
    String itemPi =
        cycle.submitItem(
            "laege", "Hjemmeplejens adgang til medicinlister", "AELDRE_DEMENS", "DECISION");
    assertThat(cycle.advanceUntilTasks()).as("the triage after the deadline").isNotEmpty();
    String triage = cycle.triageTask(itemPi);

    cycle.refer(
        triage,
        "Ældre- og Handicapforvaltningens visitation, som aftaler det direkte med praksis.");

    AgendaItem item = items.get(cycle.itemId(itemPi));
    assertThat(item.status()).isEqualTo(ItemStatus.REFERRED);
    assertThat(item.triageNote()).contains("Ældre- og Handicapforvaltningens visitation");
    assertThat(cycle.ended(itemPi)).as("the item is concluded").isTrue();
    assertThat(Mails.ofKind(outbox, "ITEM_TRIAGED"))
        .anySatisfy(
            m -> {
              assertThat(m.recipients()).contains("laege");
              assertThat(m.body())
                  .contains("Henvist til den ansvarlige enhed eller PLO-Aalborg")
                  .contains("Ældre- og Handicapforvaltningens visitation");
            });
    assertThat(rest.get("/api/items/mine", "laege").body())
        .contains("Henvist til den ansvarlige enhed");
  }
}
