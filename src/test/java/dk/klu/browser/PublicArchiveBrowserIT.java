package dk.klu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.klu.support.Axe;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.test.context.TestPropertySource;

/**
 * The public archive as a citizen sees it after a meeting's minutes were published: the list of
 * meetings, the meeting's page, the minutes and the agenda, each checked with axe-core (no serious
 * or critical WCAG violations).
 */
@TestPropertySource(
    properties = "spring.datasource.url=jdbc:h2:mem:klu-browser-archive;DB_CLOSE_DELAY=-1")
class PublicArchiveBrowserIT extends BrowserTestBase {

  @Test
  void meetingsMinutesAndAgendaAreReadableAndAccessible() {
    String meetingPi =
        cycle.runToPublishedMinutes("Ventetid på genoptræning", "Lægedækning i yderområder");
    long meetingId = cycle.meetingId(meetingPi);

    browser.go("/public/meetings");
    browser.visibleWithText(By.tagName("h1"), "Møder, dagsordener og referater");
    assertThat(browser.script("return document.documentElement.lang")).isEqualTo("da");
    browser.screenshot("public-1-meetings");
    accessible("public-meetings");

    browser.click(By.cssSelector("a[href='/public/meetings/" + meetingId + "']"));
    browser.visibleWithText(By.tagName("h1"), "2027");
    browser.pageShows("Punkter på dagsordenen");
    browser.pageShows("Ventetid på genoptræning");
    assertThat(
            browser.script(
                "var li = document.querySelector('main ol li');"
                    + " return getComputedStyle(li).listStyleType + '|' + li.innerText;"))
        .as("the agenda's own numbers only, not the list's as well (\"1. 2.1 …\")")
        .asString()
        .startsWith("none|2.1 ");
    assertThat(browser.script("return document.querySelector('h1').innerText"))
        .as("title and date apart")
        .asString()
        .contains(" – ");
    browser.screenshot("public-2-meeting");
    accessible("public-meeting");

    browser.click(By.xpath("//main//a[normalize-space(.)='Referat']"));
    browser.visibleWithText(By.tagName("h1"), "Referat");
    browser.pageShows("Deltagere");
    browser.pageShows("Ventetid på genoptræning");
    browser.pageShows("Taget til efterretning.");
    browser.screenshot("public-3-minutes");
    accessible("public-minutes");

    browser.go("/public/meetings/" + meetingId + "/dagsorden");
    browser.visibleWithText(By.tagName("h1"), "Dagsorden");
    browser.pageShows("Lægedækning i yderområder");
    browser.screenshot("public-4-agenda");
    accessible("public-agenda");

    // the list a municipal site shows in a frame; its links lead to the archive
    browser.go("/public/embed/minutes");
    browser.visibleWithText(By.tagName("h1"), "Referater fra");
    browser.screenshot("public-5-embedded-list");
    accessible("public-embed-minutes");
    String link =
        browser.driver().findElement(By.partialLinkText("Referat: ")).getAttribute("href");
    assertThat(link).as("absolute, from klu.public-url").endsWith("/referat").startsWith("http");
    assertThat(browser.script("return document.querySelector('base').target")).isEqualTo("_top");
    browser.go(java.net.URI.create(link).getPath());
    browser.visibleWithText(By.tagName("h1"), "Referat");
    browser.pageShows("Deltagere");
  }

  void accessible(String page) {
    Axe.Report report = Axe.check(browser, page);
    assertThat(report.blocking()).as("%s (report: %s)", page, report.file()).isEmpty();
  }
}
