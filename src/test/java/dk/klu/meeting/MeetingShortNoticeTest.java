package dk.klu.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import dk.klu.support.ApplicationTest;
import dk.klu.support.CycleDriver;
import dk.klu.support.RestClient.Answer;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * A meeting planned closer than the rules' call lead time (issue 14, point 12): the call would go
 * out at once and members would get less time than the rules give, so the secretariat is told the
 * dates and must confirm the short notice; a meeting whose item deadline has passed is refused.
 * Nothing is stored for a refused start.
 */
@TestPropertySource(
    properties = {
      "klu.mail.scheduler-enabled=false",
      "spring.datasource.url=jdbc:h2:mem:klu-short-notice;DB_CLOSE_DELAY=-1"
    })
class MeetingShortNoticeTest extends ApplicationTest {

  static final String START = "/engine-rest/process-definition/key/klu-meeting/submit-form";

  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void mondayFourthOfJanuary() {
    CycleDriver.clock("2027-01-04T10:00:00+01:00");
  }

  int meetings() {
    return jdbc.queryForObject("select count(*) from klu_meeting", Integer.class);
  }

  long instances() {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processDefinitionKey("klu-meeting")
        .count();
  }

  Answer plan(String start, Boolean shortNotice) throws Exception {
    Map<String, Object> values = new java.util.LinkedHashMap<>(CycleDriver.meetingValues(start));
    if (shortNotice != null) {
      values.put("meetingShortNotice", shortNotice);
    }
    return rest.post(START, "sekretaer", CycleDriver.body(values));
  }

  @Test
  void aMeetingWhoseCallIsLateNeedsTheSecretariatsConfirmation() throws Exception {
    int before = meetings();
    long running = instances();

    // Thursday 28 January: the call was due 31 December, the item deadline is still ahead
    for (Boolean unconfirmed : new Boolean[] {null, false}) {
      Answer refused = plan("2027-01-28T14:00", unconfirmed);
      assertThat(refused.status()).as(refused.body()).isEqualTo(400);
      assertThat(refused.body())
          .contains("Indkaldelsen af punkter skulle efter forretningsordenen være sendt")
          .contains("Planlæg med kort varsel")
          .contains("januar 2027 kl. 12.00 til at indsende punkter");
    }
    assertThat(meetings()).as("nothing stored").isEqualTo(before);
    assertThat(instances()).as("no process started").isEqualTo(running);

    Answer confirmed = plan("2027-01-28T14:00", true);
    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
    assertThat(meetings()).isEqualTo(before + 1);
  }

  @Test
  void aMeetingWhoseItemDeadlineHasPassedIsRefusedEvenWithConfirmation() throws Exception {
    int before = meetings();
    Answer refused = plan("2027-01-14T14:00", true);
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body())
        .contains("Fristen for at indsende punkter til et møde den 14. januar 2027")
        .contains("allerede overskredet");
    assertThat(meetings()).isEqualTo(before);
  }

  @Test
  void aMeetingPlannedInTimeNeedsNoConfirmation() throws Exception {
    Answer planned = plan("2027-02-11T14:00", null);
    assertThat(planned.status()).as(planned.body()).isEqualTo(200);
  }
}
