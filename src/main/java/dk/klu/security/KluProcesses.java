package dk.klu.security;

import dk.klu.agenda.process.AgendaItemProcess;
import dk.klu.agenda.process.TriageProcess;
import dk.klu.agreement.process.AgreementProcess;
import dk.klu.evaluation.process.EvaluationProcess;
import dk.klu.followup.process.FollowUpProcess;
import dk.klu.honorarium.process.HonorariumProcess;
import dk.klu.meeting.process.AgendaPreparationProcess;
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

  /**
   * The meeting's steps with models of their own, started only by the meeting (call activities).
   */
  public static final List<String> CALLED =
      List.of(TriageProcess.KEY, AgendaPreparationProcess.KEY, FollowUpProcess.KEY);

  /** The processes people start (or the application starts for them). */
  public static final List<String> STARTED =
      List.of(MEETING, AGENDA_ITEM, YEAR_PLAN, AGREEMENT, EVALUATION, HONORARIUM, MEMBER);

  public static final List<String> ALL =
      java.util.stream.Stream.concat(STARTED.stream(), CALLED.stream()).toList();

  private KluProcesses() {}
}
