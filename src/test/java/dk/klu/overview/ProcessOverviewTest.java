package dk.klu.overview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.klu.support.ApplicationTest;
import dk.klu.support.CycleDriver;
import dk.klu.support.HtmlChecker;
import dk.klu.support.RestClient.Answer;
import dk.klu.support.WebappSession;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The process owner's overview names each meeting's phase and next step in Danish and lists the
 * tasks past their due date with whom they wait for; only the groups that follow the work see it.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:klu-overview;DB_CLOSE_DELAY=-1")
class ProcessOverviewTest extends ApplicationTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void showsPhasesNextStepsAndWhatIsLate() throws Exception {
    CycleDriver cycle = new CycleDriver(rest, engine);
    cycle.planMeeting();
    cycle.at(CycleDriver.AFTER_CALL);
    cycle.submitItem("laege", "Ventetid på genoptræning", "GENOPTRAENING", "DECISION");
    cycle.at(CycleDriver.AFTER_DEADLINE);

    JsonNode before = overview("procesejer");
    JsonNode meeting = before.get("meetings").get(0);
    assertThat(meeting.get("title").asText()).isEqualTo("KLU-møde 11. marts 2027");
    assertThat(meeting.get("phase").asText())
        .isEqualTo("Frist for punkter overskredet; visitering");
    assertThat(meeting.get("nextStep").asText()).isEqualTo("Frist for visitering");
    assertThat(meeting.get("openTasks").asInt()).isEqualTo(1);
    assertThat(meeting.get("overdueTasks").asInt()).isZero();
    assertThat(before.get("late")).isEmpty();

    // days later the triage is overdue: named, with its meeting and whom it waits for
    cycle.at("2027-03-04T08:00:00+01:00");
    JsonNode after = overview("procesejer");
    assertThat(after.get("meetings").get(0).get("overdueTasks").asInt()).isEqualTo(1);
    JsonNode late = after.get("late").get(0);
    assertThat(late.get("name").asText()).isEqualTo("Visitér punkt: Ventetid på genoptræning");
    assertThat(late.get("meeting").asText()).isEqualTo("KLU-møde 11. marts 2027");
    assertThat(late.get("waitsFor").asText()).isEqualTo("KLU-sekretariatet");
    assertThat(late.get("late").asText()).endsWith("dage");
    assertThat(after.get("processes").toString()).contains("Punkt til KLU's dagsorden");

    // the page, reached from Cockpit in the webapp session: valid HTML, the same facts
    HttpResponse<String> page =
        WebappSession.login(port, "procesejer", "cockpit")
            .get("/api/overview", "Accept", "text/html");
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    assertThat(HtmlChecker.errors(page.body())).isEmpty();
    assertThat(page.body())
        .contains("Overskredne frister")
        .contains("Visitér punkt: Ventetid på genoptræning")
        .contains("KLU-sekretariatet");

    // the secretariat and the chairs see it too; members and consultants do not
    assertThat(rest.get("/api/overview", "sekretaer").status()).isEqualTo(200);
    assertThat(rest.get("/api/overview", "formand").status()).isEqualTo(200);
    Answer member = rest.get("/api/overview", "laege");
    assertThat(member.status()).isEqualTo(403);
    assertThat(member.body()).contains("Du har ikke adgang til overblikket");
    assertThat(rest.get("/api/overview", "praksiskonsulent").status()).isEqualTo(403);
    assertThat(rest.get("/api/overview", null).status()).isEqualTo(401);
  }

  @Test
  void cockpitNamesTheVariablesInDanish() throws Exception {
    Answer answer = rest.get("/api/variable-labels", "procesejer");
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    JsonNode labels = JSON.readTree(answer.body());
    // the application's own names win over a form's label ...
    assertThat(labels.get("meetingId").asText()).isEqualTo("Mødets nummer");
    assertThat(labels.get("agendaItems").asText()).isEqualTo("Dagsordenens punkter");
    // ... and a variable only a form asks for has that form's label
    assertThat(labels.get("answerChangesRequested").asText()).isEqualTo("Ønskede ændringer");
    assertThat(rest.get("/api/variable-labels", "laege").status()).isEqualTo(403);
    assertThat(rest.get("/api/variable-labels", null).status()).isEqualTo(401);
  }

  JsonNode overview(String user) throws Exception {
    Answer answer = rest.get("/api/overview", user);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return JSON.readTree(answer.body());
  }
}
