package dk.klu.security;

import dk.klu.agenda.process.AgendaItemProcess;
import dk.klu.agreement.process.AgreementProcess;
import dk.klu.evaluation.process.EvaluationProcess;
import dk.klu.honorarium.process.HonorariumProcess;
import dk.klu.roster.process.MemberProcess;
import dk.klu.yearplan.process.YearPlanProcess;
import java.util.List;

/**
 * Process keys of the committee's processes: the public contract the grants are scoped to. A
 * process with a contract class ({@code <feature>.process.<Name>Process}, docs/adr/0012) owns its
 * key; this list only gathers them.
 */
public final class KluProcesses {

  public static final String MEETING = "klu-meeting";
  public static final String AGENDA_ITEM = AgendaItemProcess.KEY;
  public static final String YEAR_PLAN = YearPlanProcess.KEY;
  public static final String AGREEMENT = AgreementProcess.KEY;
  public static final String EVALUATION = EvaluationProcess.KEY;
  public static final String HONORARIUM = HonorariumProcess.KEY;
  public static final String MEMBER = MemberProcess.KEY;

  public static final List<String> ALL =
      List.of(MEETING, AGENDA_ITEM, YEAR_PLAN, AGREEMENT, EVALUATION, HONORARIUM, MEMBER);

  private KluProcesses() {}
}
