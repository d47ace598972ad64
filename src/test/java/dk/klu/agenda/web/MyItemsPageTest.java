package dk.klu.agenda.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.klu.support.ApplicationTest;
import dk.klu.support.CycleDriver;
import dk.klu.support.HtmlChecker;
import dk.klu.support.RestClient.Answer;
import dk.klu.support.WebappSession;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * A GP follows their own agenda items on a page opened from Tasklist (issue 14, point 6): in the
 * webapp session, in Danish, newest first, with what happens next; nobody else's items.
 */
@TestPropertySource(
    properties = {
      "klu.mail.scheduler-enabled=false",
      "spring.datasource.url=jdbc:h2:mem:klu-my-items;DB_CLOSE_DELAY=-1"
    })
class MyItemsPageTest extends ApplicationTest {

  static final String PAGE = "/api/items/mine";

  @Test
  void aMemberSeesTheirOwnItemsWithWhatHappensNext() throws Exception {
    CycleDriver cycle = new CycleDriver(rest, engine);
    cycle.clock("2027-01-04T10:00:00+01:00");
    Answer meeting = cycle.startMeeting(CycleDriver.nextMeetingStart());
    assertThat(meeting.status()).as(meeting.body()).isEqualTo(200);
    assertThat(cycle.advanceToNextTimer()).as("the call").isTrue();
    cycle.submitItem("laege", "Ventetid på genoptræning", "GENOPTRAENING", "DECISION");
    cycle.submitItem("laege2", "Lægedækning i yderområder", "LAEGEDAEKNING", "DECISION");
    assertThat(cycle.advanceUntilTasks()).as("the triage after the deadline").isNotEmpty();
    cycle.submitItem("laege", "Henvisning til fysioterapi", "HENVISNING", "INFORMATION");

    HttpResponse<String> page =
        WebappSession.login(port, "laege", "tasklist").get(PAGE, "Accept", "text/html");

    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(page.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(csp -> assertThat(csp).startsWith("default-src 'none'"));
    String html = page.body();
    assertThat(html)
        .contains("Dine punkter til dagsordenen")
        .contains("Modtaget efter fristen; sekretariatet vurderer")
        .contains("Sekretariatet beslutter, om punktet når dette møde")
        .contains("<dd class=\"status\">Indsendt</dd>")
        .contains("Sekretariatet visiterer punktet efter fristen")
        .contains("Rådhuset, mødelokale 2")
        .containsPattern(
            "<dt>Indsendt</dt><dd>\\d{1,2}\\. [a-zæøå]+ 2027 kl\\. \\d\\d\\.\\d\\d</dd>")
        .contains("href=\"/camunda/app/tasklist/\"")
        .doesNotContain("Lægedækning i yderområder")
        .doesNotContain("<script");
    // newest first
    assertThat(html.indexOf("Henvisning til fysioterapi"))
        .isPositive()
        .isLessThan(html.indexOf("Ventetid på genoptræning"));
    assertThat(HtmlChecker.errors(html)).isEmpty();

    // the other GP sees only their own item
    String other =
        WebappSession.login(port, "laege2", "tasklist").get(PAGE, "Accept", "text/html").body();
    assertThat(other)
        .contains("Lægedækning i yderområder")
        .doesNotContain("Ventetid på genoptræning")
        .doesNotContain("Henvisning til fysioterapi");

    // the item start form in Tasklist links here
    Answer form =
        rest.get(
            "/engine-rest/process-definition/key/klu-agenda-item/deployed-start-form", "laege");
    assertThat(form.body()).contains("[Se dine indsendte punkter og deres status](" + PAGE + ")");

    // programs still get JSON, now with what happens next
    Answer json = rest.get(PAGE, "laege");
    assertThat(json.status()).isEqualTo(200);
    assertThat(CycleDriver.JSON.readTree(json.body()).get(0).get("next").asText())
        .startsWith("Sekretariatet beslutter");
  }

  @Test
  void withoutLoginABrowserGetsTheLoginHintAndNoBasicPrompt() {
    HttpResponse<String> page = rest.pageLoad(PAGE);
    assertThat(page.statusCode()).isEqualTo(401);
    assertThat(page.headers().firstValue("WWW-Authenticate")).isEmpty();
    assertThat(page.body()).contains("Log ind først", "/camunda/app/tasklist/");
    assertThat(HtmlChecker.errors(page.body())).isEmpty();
  }
}
