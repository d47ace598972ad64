package dk.klu.process.history;

import dk.klu.support.ApplicationTest;
import dk.klu.support.CycleDriver;
import dk.klu.support.ProcessTestKit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class CensusTmpTest extends ApplicationTest {
  @Autowired JdbcTemplate jdbc;

  @Test
  void census() throws Exception {
    ProcessTestKit.clock(CycleDriver.PLANNING_TIME);
    CycleDriver driver = new CycleDriver(rest, engine);
    String meetingPi = driver.planMeeting();
    driver.at(CycleDriver.AFTER_CALL);
    driver.submitItem("laege", "Genoptræning efter hofteoperation", "GENOPTRAENING", "DECISION");
    driver.submitItem("laege", "Andet punkt om noget", "GENOPTRAENING", "DECISION");
    driver.at(CycleDriver.AFTER_DEADLINE);
    driver.triageAllOnAgenda();
    driver.approveAgenda(meetingPi);
    driver.writeCasePresentations();
    driver.at(CycleDriver.AFTER_AGENDA_DATE);
    driver.holdMeetingAndPublishMinutes(meetingPi);
    StringBuilder out = new StringBuilder();
    jdbc.queryForList(
            "select p.proc_def_key_ k, v.name_ n, count(*) c from act_hi_varinst v join act_hi_procinst p on p.id_ = v.proc_inst_id_ group by p.proc_def_key_, v.name_ order by 1, 2")
        .forEach(
            r ->
                out.append(r.get("K"))
                    .append(' ')
                    .append(r.get("N"))
                    .append(' ')
                    .append(r.get("C"))
                    .append('\n'));
    out.append("--- detail\n");
    jdbc.queryForList(
            "select p.proc_def_key_ k, v.name_ n, count(*) c from act_hi_detail v join act_hi_procinst p on p.id_ = v.proc_inst_id_ group by p.proc_def_key_, v.name_ order by 1, 2")
        .forEach(
            r ->
                out.append(r.get("K"))
                    .append(' ')
                    .append(r.get("N"))
                    .append(' ')
                    .append(r.get("C"))
                    .append('\n'));
    java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/census/out.txt"), out);
  }
}
