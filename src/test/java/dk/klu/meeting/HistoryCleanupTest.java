package dk.klu.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import dk.klu.support.ApplicationTest;
import dk.klu.support.BadInput;
import dk.klu.support.CycleDriver;
import dk.klu.support.ProcessTestKit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reliability, data lifecycle: the engine's history is kept for its time to live and then removed
 * by the history cleanup, while the committee's archive stays. Runs on H2 and PostgreSQL.
 *
 * <p>Fault injected: time. A meeting is run to its published minutes (one item agreed as a draft,
 * which starts an agreement), the clock is moved past the history time to live and the history
 * cleanup job is run. Asserts: every process and decision definition has a history time to live and
 * the cleanup window is configured; the finished meeting's and items' history is removed; the
 * running agreement's history stays; the released documents ({@code klu_document}), the agreement
 * registry ({@code klu_agreement}) and the items are unchanged and the public minutes are still
 * served.
 */
abstract class HistoryCleanupTest extends ApplicationTest {

  @Autowired MeetingService meetings;
  @Autowired JdbcTemplate jdbc;

  @Test
  void everyDefinitionHasATimeToLiveAndCleanupHasAWindow() {
    List<ProcessDefinition> processes =
        engine.getRepositoryService().createProcessDefinitionQuery().list();
    assertThat(processes).isNotEmpty();
    assertThat(processes)
        .allSatisfy(
            p -> assertThat(p.getHistoryTimeToLive()).as(p.getKey()).isNotNull().isPositive());
    List<DecisionDefinition> decisions =
        engine.getRepositoryService().createDecisionDefinitionQuery().list();
    assertThat(decisions)
        .allSatisfy(
            d -> assertThat(d.getHistoryTimeToLive()).as(d.getKey()).isNotNull().isPositive());
    ProcessEngineConfigurationImpl config =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(config.getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00");
    assertThat(config.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
  }

  @Test
  void oldFinishedHistoryIsRemovedAndTheArchiveStays() throws Exception {
    ProcessTestKit.clock("2027-01-04T10:00:00+01:00");
    CycleDriver driver = new CycleDriver(rest, engine);
    String meetingPi = driver.plan("2027-03-11T14:00");
    long meetingId = driver.meetingId(meetingPi);
    List<Map<String, Object>> minutes =
        driver.toMinutesApproval(meetings.get(meetingId), meetingPi, true);
    driver.approveMinutes(meetingPi, minutes);
    kit.runDueInstanceJobs();
    assertThat(meetings.get(meetingId).phase()).isEqualTo(MeetingPhase.CLOSED);
    assertThat(historicInstances(meetingPi)).isOne();
    List<String> agreementPis =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey("klu-agreement")
            .list()
            .stream()
            .map(p -> p.getId())
            .toList();
    assertThat(agreementPis).as("the draft agreement runs").hasSize(1);
    long finished =
        engine.getHistoryService().createHistoricProcessInstanceQuery().finished().count();
    assertThat(finished).as("meeting and standing-topic instances ended").isPositive();

    Map<String, String> archive = archive();
    assertThat(archive.get("klu_document")).doesNotStartWith("0 rows");
    assertThat(archive.get("klu_agreement")).startsWith("1 rows");
    String publicMinutes = rest.get("/public/meetings/" + meetingId + "/referat", null).body();

    // More than two years after the meeting ended (the time to live is P730D) the cleanup runs.
    ProcessTestKit.clock("2029-06-01T10:00:00+02:00");
    runHistoryCleanup();

    assertThat(historicInstances(meetingPi)).as("meeting history removed").isZero();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().finished().count())
        .as("finished history removed")
        .isZero();
    assertThat(kit.historicActivities(meetingPi)).isZero();
    assertThat(
            engine
                .getHistoryService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(meetingPi)
                .count())
        .isZero();
    assertThat(historicInstances(agreementPis.get(0)))
        .as("the running agreement keeps its history")
        .isOne();
    assertThat(archive()).as("the committee's archive").isEqualTo(archive);
    assertThat(rest.get("/public/meetings/" + meetingId + "/referat", null).body())
        .isEqualTo(publicMinutes)
        .contains("Taget til efterretning.");
    assertThat(rest.get("/api/agreements", "sekretaer").status()).isEqualTo(200);
    assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();
  }

  /** Schedules the history cleanup now (outside its window, as an operator may) and runs it. */
  void runHistoryCleanup() {
    Job cleanup = engine.getHistoryService().cleanUpHistoryAsync(true);
    for (int round = 0; round < 20; round++) {
      engine.getManagementService().executeJob(cleanup.getId());
      if (engine.getHistoryService().createHistoricProcessInstanceQuery().finished().count() == 0) {
        return;
      }
    }
  }

  long historicInstances(String processInstanceId) {
    return engine
        .getHistoryService()
        .createHistoricProcessInstanceQuery()
        .processInstanceId(processInstanceId)
        .count();
  }

  /** Row counts and content hashes of the committee's archive tables. */
  Map<String, String> archive() {
    Map<String, String> tables = new LinkedHashMap<>();
    for (String table :
        List.of("klu_document", "klu_agreement", "klu_meeting", "klu_agenda_item")) {
      tables.put(table, BadInput.digest(jdbc, table));
    }
    return tables;
  }
}
