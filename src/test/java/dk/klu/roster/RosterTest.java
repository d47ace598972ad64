package dk.klu.roster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.klu.support.ApplicationTest;
import dk.klu.support.Meetings;
import dk.klu.support.RestClient.Answer;
import java.time.LocalDate;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The committee's roster (issue 13, part 1): Aalborg's shape in the demo data, kept by the
 * secretariat over {@code /api/roster} with Danish refusals that change nothing, history kept, and
 * Camunda's groups following the roster without anyone entering a person twice.
 */
@TestPropertySource(
    properties = {
      "klu.mail.scheduler-enabled=false",
      "spring.datasource.url=jdbc:h2:mem:klu-roster;DB_CLOSE_DELAY=-1"
    })
class RosterTest extends ApplicationTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired RosterService roster;
  @Autowired IdentityService identity;
  @Autowired JdbcTemplate jdbc;

  int rows() {
    return jdbc.queryForObject("select count(*) from klu_roster", Integer.class);
  }

  boolean inGroup(String user, String group) {
    return identity.createUserQuery().userId(user).memberOfGroup(group).count() > 0;
  }

  @Test
  void theDemoRosterHasAalborgsShape() throws Exception {
    var day = LocalDate.of(2027, 3, 11);
    assertThat(roster.on(day, CommitteeRole::ploGp))
        .as("PLO-Aalborg's board: six paid GPs, the GP chair among them")
        .hasSize(6)
        .anyMatch(e -> e.role() == CommitteeRole.GP_CHAIR && "plo-formand".equals(e.userId()));
    assertThat(roster.on(day, r -> r == CommitteeRole.MUNICIPAL_MEMBER)).hasSize(6);
    assertThat(roster.on(day, r -> r == CommitteeRole.HOSPITAL_MEMBER)).hasSize(1);
    assertThat(roster.on(day).get(0).role()).as("the chair first").isEqualTo(CommitteeRole.CHAIR);
    assertThat(roster.on(day).stream().filter(RosterEntry::contactPerson)).hasSize(1);

    Answer list = rest.get("/api/roster?date=2027-03-11", "formand");
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    assertThat(list.body())
        .contains("\"roleText\":\"PLO-formand\"", "Aalborg Universitetshospital");
    assertThat(rest.get("/api/roster", "laege").status()).isEqualTo(403);
    assertThat(rest.get("/api/roster?date=11.03.2027", "sekretaer").body())
        .contains("Datoen skal skrives ÅÅÅÅ-MM-DD");
  }

  @Autowired dk.klu.meeting.process.MeetingRecipients recipients;

  @Test
  void theRosterOnTheMeetingsDaySaysWhoIsCalledAndWhoReadsTheAgendaAndMinutes() {
    var meeting =
        Meetings.at(1, "KLU-møde", "Rådhuset", "2027-03-11T14:00+01:00", "2027-03-11T16:00+01:00");
    assertThat(recipients.called(meeting))
        .as("the members: chairs, PLO GPs, municipal and hospital members")
        .hasSize(14)
        .contains(
            "formand@klu.example",
            "plo-formand@klu.example",
            "laege@klu.example",
            "anders.andersen@klu.example",
            "dorte.damgaard@klu.example",
            "jette.jakobsen@klu.example")
        .doesNotContain("praksiskonsulent@klu.example", "sekretaer@klu.example");
    assertThat(recipients.readers(meeting))
        .as("agenda and minutes: the members, the practice consultant and the secretary")
        .hasSize(16)
        .contains("praksiskonsulent@klu.example", "sekretaer@klu.example");
    var earlier =
        Meetings.at(2, "KLU-møde", "Rådhuset", "2025-03-11T14:00+01:00", "2025-03-11T16:00+01:00");
    assertThat(recipients.called(earlier))
        .as("before anyone was on the roster: the groups, as before the roster")
        .containsExactly("group:member");
  }

  @Test
  void theSecretariatEntersAndEndsATermAndTheGroupsFollow() throws Exception {
    int before = rows();
    String newGp =
        "{\"userId\":\"laege7\",\"name\":\"Mette Mortensen\",\"role\":\"PLO_MEMBER\","
            + "\"appointedBy\":\"PLO-Aalborg\",\"organisation\":\"Lægehuset Gug\","
            + "\"email\":\"mette@klu.example\",\"termFrom\":\"2026-01-01\"}";
    assertThat(rest.post("/api/roster", "laege", newGp).status()).isEqualTo(403);
    Answer bad =
        rest.post(
            "/api/roster",
            "sekretaer",
            "{\"name\":\" \",\"role\":\"BOSS\",\"termFrom\":\"1.1.2027\",\"email\":\"x\"}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body())
        .contains("Rollen \\\"BOSS\\\" findes ikke")
        .contains("Startdatoen skal skrives ÅÅÅÅ-MM-DD");
    Answer secondChair =
        rest.post(
            "/api/roster",
            "sekretaer",
            "{\"name\":\"Ny Formand\",\"role\":\"CHAIR\",\"appointedBy\":\"Byrådet\","
                + "\"organisation\":\"Sundhed\",\"email\":\"ny@klu.example\","
                + "\"termFrom\":\"2027-01-01\"}");
    assertThat(secondChair.status()).isEqualTo(400);
    assertThat(secondChair.body()).contains("Der er allerede en formand i perioden");
    assertThat(rows()).as("nothing stored").isEqualTo(before);

    Answer added = rest.post("/api/roster", "sekretaer", newGp);
    assertThat(added.status()).as(added.body()).isEqualTo(200);
    assertThat(rows()).isEqualTo(before + 1);
    assertThat(identity.createUserQuery().userId("laege7").singleResult().getEmail())
        .isEqualTo("mette@klu.example");
    assertThat(inGroup("laege7", "member"))
        .as("in the members' group without a second entry")
        .isTrue();

    long id = JSON.readTree(added.body()).get("id").asLong();

    // The new member's introduction is the secretariat's task, named after them.
    var intro =
        engine
            .getTaskService()
            .createTaskQuery()
            .processDefinitionKey("klu-member")
            .taskName("Introducér nyt medlem: Mette Mortensen")
            .singleResult();
    assertThat(intro).isNotNull();
    assertThat(intro.getDueDate()).isNotNull();
    assertThat(
            engine
                .getTaskService()
                .createTaskQuery()
                .taskId(intro.getId())
                .taskCandidateGroup("secretariat")
                .count())
        .isOne();
    Answer noContact =
        rest.post(
            "/engine-rest/task/" + intro.getId() + "/submit-form",
            "sekretaer",
            "{\"variables\":{}}");
    assertThat(noContact.status()).isEqualTo(400);
    Answer introduced =
        rest.post(
            "/engine-rest/task/" + intro.getId() + "/submit-form",
            "sekretaer",
            "{\"variables\":{\"introContact\":{\"value\":\"Sara Sekretær\"},"
                + "\"introYearPlanSent\":{\"value\":true}}}");
    assertThat(introduced.status()).as(introduced.body()).isEqualTo(204);
    assertThat(roster.introducedBy(id)).contains("sekretaer");

    // From Tasklist's start form the same rules apply, in Danish, and nothing is stored.
    Answer badStart =
        rest.post(
            "/engine-rest/process-definition/key/klu-member/submit-form",
            "sekretaer",
            "{\"variables\":{\"memberName\":{\"value\":\"Ny Formand\"},"
                + "\"memberRole\":{\"value\":\"CHAIR\"},"
                + "\"memberAppointedBy\":{\"value\":\"Byrådet\"},"
                + "\"memberOrganisation\":{\"value\":\"Sundhed\"},"
                + "\"memberEmail\":{\"value\":\"ny@klu.example\"},"
                + "\"memberTermFrom\":{\"value\":\"2027-01-01\"}}}");
    assertThat(badStart.status()).isEqualTo(400);
    assertThat(badStart.body()).contains("Der er allerede en formand i perioden");
    assertThat(rows()).isEqualTo(before + 1);
    Answer ended =
        rest.post("/api/roster/" + id + "/end", "sekretaer", "{\"lastDay\":\"2026-06-30\"}");
    assertThat(ended.status()).as(ended.body()).isEqualTo(200);
    assertThat(inGroup("laege7", "member")).as("term over: out of the group").isFalse();
    JsonNode history = JSON.readTree(rest.get("/api/roster/history", "sekretaer").body());
    assertThat(history.findValuesAsText("name")).contains("Mette Mortensen");
    assertThat(roster.on(LocalDate.of(2026, 3, 1)).stream().map(RosterEntry::name))
        .as("who was a member when")
        .contains("Mette Mortensen");
    assertThat(roster.on(LocalDate.of(2026, 7, 1)).stream().map(RosterEntry::name))
        .doesNotContain("Mette Mortensen");
  }
}
