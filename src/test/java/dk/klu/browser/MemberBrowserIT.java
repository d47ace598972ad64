package dk.klu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.klu.agenda.AgendaItem;
import dk.klu.agenda.AgendaItemService;
import dk.klu.agenda.ItemStatus;
import dk.klu.support.CycleDriver;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A GP member submits an agenda item from its start form in Danish Tasklist while the intake is
 * open, then follows the form's link to its status on their own page ({@code /api/items/mine}).
 */
@TestPropertySource(
    properties = "spring.datasource.url=jdbc:h2:mem:klu-browser-member;DB_CLOSE_DELAY=-1")
class MemberBrowserIT extends BrowserTestBase {

  @Autowired AgendaItemService items;

  @Test
  void submitsAnItemAndSeesItsStatus() {
    cycle.planMeeting();
    cycle.at(CycleDriver.AFTER_CALL);

    browser.login("tasklist", "laege", "Lars Læge");
    browser.go("/camunda/app/tasklist/default/#/?processStart=klu-agenda-item");
    browser.visibleWithText(By.cssSelector(".modal-title"), "Punkt til KLU's dagsorden");
    browser.pageShows("Punkt til dagsordenen for KLU");
    browser.fill("Titel", "Ventetid på genoptræning");
    browser.select("Emne", "Genoptræning og træning");
    browser.fill(
        "Beskrivelse af emnet",
        "Borgere venter op til otte uger på genoptræning efter udskrivning.");
    browser.fill("Hvad ønskes drøftet?", "Kan ventetiden nedbringes?");
    browser.fill("Hvordan skal punktet behandles?", "Kort oplæg og drøftelse");
    browser.fill(
        "Hvorfor hører punktet hjemme i KLU?", "Det angår både kommunen og almen praksis.");
    browser.choose("Til drøftelse/beslutning");
    browser.fill("Forventet tid (minutter)", "15");
    browser.screenshot("laege-1-item-start-form");
    browser.click(By.cssSelector(".modal-footer button[type='submit']"));
    browser.until("the item is submitted", () -> items.submittedBy("laege").size() == 1);
    browser.gone(By.cssSelector(".modal-content"));

    List<AgendaItem> mine = items.submittedBy("laege");
    assertThat(mine).hasSize(1);
    assertThat(mine.get(0).title()).isEqualTo("Ventetid på genoptræning");
    assertThat(mine.get(0).status()).isEqualTo(ItemStatus.SUBMITTED);

    // The submitter's own page, opened in a new tab from the start form's link, in the session.
    browser.go("/camunda/app/tasklist/default/#/?processStart=klu-agenda-item");
    browser.followIntoNewTab(By.linkText("Se dine indsendte punkter og deres status"));
    browser.visibleWithText(By.tagName("h1"), "Dine punkter til dagsordenen");
    String page = browser.driver().findElement(By.tagName("main")).getText();
    assertThat(page)
        .contains("Ventetid på genoptræning")
        .contains("Indsendt")
        .contains("Sekretariatet visiterer punktet efter fristen")
        .contains("Genoptræning og træning");
    browser.screenshot("laege-2-my-items");
  }
}
