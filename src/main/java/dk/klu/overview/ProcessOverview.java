package dk.klu.overview;

import dk.klu.meeting.Meeting;
import dk.klu.meeting.MeetingPhase;
import dk.klu.meeting.MeetingService;
import dk.klu.people.PersonNames;
import dk.klu.process.EngineAccess;
import dk.klu.security.KluGroups;
import dk.klu.security.KluProcesses;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Where the committee's work stands, in Danish, for the process owner (and the secretariat and the
 * chairs): each meeting not yet closed with its phase, its next deadline and its open and overdue
 * tasks; every overdue task of every KLU process with whom it waits for; and the other processes
 * running. Read as the application (the page's readers are checked by group), from the meetings and
 * the engine's open tasks.
 */
@Component
public record ProcessOverview(
    MeetingService meetings, EngineAccess engineAccess, PersonNames people) {

  /** A meeting that is not closed. */
  public record MeetingRow(
      long id,
      String title,
      String phase,
      String nextStep,
      String nextDate,
      int openTasks,
      int overdueTasks) {}

  /** An open task that is past its due date. */
  public record LateTask(
      String name, String process, String waitsFor, String due, String late, String meeting) {}

  /** A kind of process with instances running. */
  public record ProcessRow(String name, long running, int openTasks, int overdueTasks) {}

  public record View(
      String now, List<MeetingRow> meetings, List<LateTask> late, List<ProcessRow> processes) {}

  public View now() {
    OffsetDateTime now = meetings.now();
    return engineAccess.asApplication(() -> build(now));
  }

  private View build(OffsetDateTime now) {
    ProcessEngine engine = engineAccess.engine();
    Date nowDate = Date.from(now.toInstant());
    List<Task> open =
        engine.getTaskService().createTaskQuery().processDefinitionKeyIn(keys()).active().list();
    List<ProcessDefinition> definitions =
        engine.getRepositoryService().createProcessDefinitionQuery().list();
    Map<String, String> definitionNames =
        definitions.stream()
            .collect(
                Collectors.toMap(
                    ProcessDefinition::getId,
                    d -> d.getName() == null ? d.getKey() : d.getName(),
                    (a, b) -> a));
    Map<String, String> definitionKeys =
        definitions.stream()
            .collect(
                Collectors.toMap(ProcessDefinition::getId, ProcessDefinition::getKey, (a, b) -> a));

    // A task of a step the meeting calls (triage, agenda, follow-up) belongs to the meeting.
    Map<String, String> callerOf =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processDefinitionKeyIn(KluProcesses.CALLED.toArray(String[]::new))
            .list()
            .stream()
            .collect(
                Collectors.toMap(
                    ProcessInstance::getId, ProcessInstance::getRootProcessInstanceId));
    java.util.function.Function<Task, String> meetingInstance =
        t -> callerOf.getOrDefault(t.getProcessInstanceId(), t.getProcessInstanceId());

    List<MeetingRow> meetingRows = new ArrayList<>();
    Map<String, String> meetingOfInstance = new LinkedHashMap<>();
    for (Meeting m : meetings.all()) {
      if (m.phase() == MeetingPhase.CLOSED) {
        continue;
      }
      if (m.processInstanceId() != null) {
        meetingOfInstance.put(m.processInstanceId(), m.titleWithDate());
      }
      List<Task> own =
          open.stream()
              .filter(t -> Objects.equals(meetingInstance.apply(t), m.processInstanceId()))
              .toList();
      String[] next = nextStep(m, now);
      meetingRows.add(
          new MeetingRow(
              m.id(),
              m.titleWithDate(),
              m.phase().danish(),
              next[0],
              next[1],
              own.size(),
              (int) own.stream().filter(t -> overdue(t, nowDate)).count()));
    }

    List<LateTask> late =
        open.stream()
            .filter(t -> overdue(t, nowDate))
            .sorted(Comparator.comparing(Task::getDueDate))
            .map(
                t ->
                    new LateTask(
                        t.getName(),
                        definitionNames.getOrDefault(t.getProcessDefinitionId(), ""),
                        waitsFor(engine, t),
                        Meeting.danish(t.getDueDate().toInstant().atOffset(ZoneOffset.UTC)),
                        lateBy(t.getDueDate(), now),
                        meetingOfInstance.getOrDefault(meetingInstance.apply(t), "")))
            .toList();

    List<ProcessRow> processes = new ArrayList<>();
    for (String key : KluProcesses.ALL) {
      long running =
          engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(key).count();
      if (running == 0) {
        continue;
      }
      List<Task> tasks =
          open.stream()
              .filter(t -> key.equals(definitionKeys.get(t.getProcessDefinitionId())))
              .toList();
      String name =
          definitions.stream()
              .filter(d -> key.equals(d.getKey()))
              .max(Comparator.comparingInt(ProcessDefinition::getVersion))
              .map(d -> d.getName() == null ? key : d.getName())
              .orElse(key);
      processes.add(
          new ProcessRow(
              name,
              running,
              tasks.size(),
              (int) tasks.stream().filter(t -> overdue(t, nowDate)).count()));
    }
    return new View(Meeting.danish(now), meetingRows, late, processes);
  }

  private static String[] keys() {
    return KluProcesses.ALL.toArray(String[]::new);
  }

  private static boolean overdue(Task task, Date now) {
    return task.getDueDate() != null && task.getDueDate().before(now);
  }

  /** The person the task is assigned to, or the groups that may take it, in Danish. */
  private String waitsFor(ProcessEngine engine, Task task) {
    if (task.getAssignee() != null) {
      return people.nameOf(task.getAssignee());
    }
    List<String> groups = new ArrayList<>();
    for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(task.getId())) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
        if (link.getGroupId() != null) {
          groups.add(groupName(link.getGroupId()));
        } else if (link.getUserId() != null) {
          groups.add(people.nameOf(link.getUserId()));
        }
      }
    }
    return groups.isEmpty() ? "Ingen (ikke tildelt)" : String.join(", ", groups);
  }

  private static String groupName(String id) {
    return KluGroups.ALL.stream()
        .filter(g -> g.id().equals(id))
        .map(KluGroups.GroupDefinition::name)
        .findFirst()
        .orElse(id);
  }

  static String lateBy(Date due, OffsetDateTime now) {
    Duration late = Duration.between(due.toInstant(), now.toInstant());
    long days = late.toDays();
    if (days >= 1) {
      return days == 1 ? "1 dag" : days + " dage";
    }
    long hours = late.toHours();
    return hours >= 1 ? (hours == 1 ? "1 time" : hours + " timer") : "under en time";
  }

  /** The meeting's next step by its schedule, and when, in Danish. */
  static String[] nextStep(Meeting m, OffsetDateTime now) {
    Object[][] steps = {
      {"Indkaldelse af punkter", m.callDate()},
      {"Påmindelse om punkter", m.intakeReminderAt()},
      {"Frist for punkter", m.itemDeadline()},
      {"Frist for visitering", m.triageDue()},
      {"Frist for formandskabets gennemgang", m.chairReviewDue()},
      {"Frist for sagsfremstillinger", m.casePresentationDue()},
      {"Dagsorden udsendes", m.agendaSendAt()},
      {"Mødet holdes", m.startsAt()},
      {"Frist for udkast til referat", m.minutesDraftDue()},
      {"Frist for formandskabets godkendelse af referatet", m.minutesApprovalDue()}
    };
    for (Object[] step : steps) {
      OffsetDateTime at = (OffsetDateTime) step[1];
      if (at != null && at.isAfter(now)) {
        return new String[] {(String) step[0], Meeting.danish(at)};
      }
    }
    return new String[] {"Referatet offentliggøres og opfølgningen afsluttes", ""};
  }
}
