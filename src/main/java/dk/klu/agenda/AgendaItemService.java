package dk.klu.agenda;

import static dk.klu.agenda.AgendaItemRepository.Column.*;
import static dk.klu.persistence.ColumnValue.set;

import dk.klu.agenda.AgendaItemRepository.Column;
import dk.klu.meeting.Meeting;
import dk.klu.meeting.MeetingService;
import dk.klu.people.PersonNames;
import dk.klu.persistence.ColumnValue;
import dk.klu.rules.KluClock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Agenda items from submission to the minutes. Knows nothing of mail or the engine. */
@Service
public class AgendaItemService {

  /** Standing topics get this much time unless the chairs decide otherwise. */
  public static final int STANDING_MINUTES = 10;

  /** Strategic topics from the year plan get this much time unless the chairs decide otherwise. */
  public static final int YEAR_PLAN_MINUTES = 20;

  private final AgendaItemRepository items;
  private final MeetingService meetings;
  private final KluClock clock;

  private final PersonNames people;

  public AgendaItemService(
      AgendaItemRepository items, MeetingService meetings, KluClock clock, PersonNames people) {
    this.people = people;
    this.items = items;
    this.meetings = meetings;
    this.clock = clock;
  }

  public AgendaItem get(long id) {
    return items
        .find(id)
        .orElseThrow(() -> new IllegalArgumentException("Punktet " + id + " findes ikke."));
  }

  /**
   * The item a {@code klu-agenda-item} instance acts on: it must be the one that instance
   * registered, in one of the expected statuses. An item id from a variable is never trusted alone.
   */
  public AgendaItem ofItemProcess(long id, String processInstanceId, ItemStatus... expected) {
    AgendaItem item = get(id);
    if (item.processInstanceId() == null || !item.processInstanceId().equals(processInstanceId)) {
      throw new IllegalStateException(
          "Punktet " + id + " hører ikke til denne proces (" + processInstanceId + ").");
    }
    return expectStatus(item, expected);
  }

  /**
   * The item a meeting's step acts on: it must belong to the meeting {@code meetingId}, that
   * meeting must be the one the process instance {@code meetingInstanceId} runs ({@link
   * MeetingService#ofProcess}), and the item must be in one of the expected statuses (none given:
   * any). One statement reads the item when all of this holds; only when it does not are the
   * meeting and the item read one by one, to say which check failed.
   */
  public AgendaItem ofMeeting(
      long id, long meetingId, String meetingInstanceId, ItemStatus... expected) {
    AgendaItem item =
        items
            .findOnMeetingOf(id, meetingId, meetingInstanceId)
            .orElseGet(
                () -> {
                  meetings.ofProcess(meetingId, meetingInstanceId);
                  AgendaItem other = get(id);
                  if (other.meetingId() == null || other.meetingId() != meetingId) {
                    throw new IllegalStateException(
                        "Punktet " + id + " hører ikke til mødet " + meetingId + ".");
                  }
                  return other;
                });
    return expectStatus(item, expected);
  }

  private static AgendaItem expectStatus(AgendaItem item, ItemStatus... expected) {
    if (expected.length > 0 && !Arrays.asList(expected).contains(item.status())) {
      throw new IllegalStateException(
          "Punktet "
              + item.id()
              + " har status \""
              + item.status().danish()
              + "\" og kan ikke behandles i dette trin.");
    }
    return item;
  }

  /**
   * Registers a submitted item: it joins the meeting whose intake is open; arrives late at the
   * meeting in triage; or waits for the next call. The open meeting is read under a row lock, so an
   * item submitted while the deadline's timer closes the intake is either among the items to triage
   * or explicitly late, never in the meeting without a triage task.
   */
  @Transactional
  public Placement submit(NewItem item, String submitter, String processInstanceId) {
    Optional<Meeting> open = meetings.openForItemsLocked();
    if (open.isPresent()) {
      long id = insert(open.get().id(), item, submitter, ItemStatus.SUBMITTED, processInstanceId);
      return new Placement(id, Placement.Kind.OPEN, open);
    }
    Optional<Meeting> triage = meetings.inTriage();
    if (triage.isPresent()) {
      long id = insert(triage.get().id(), item, submitter, ItemStatus.LATE, processInstanceId);
      return new Placement(id, Placement.Kind.LATE, triage);
    }
    long id = insert(null, item, submitter, ItemStatus.WAITING, processInstanceId);
    return new Placement(id, Placement.Kind.QUEUED, Optional.empty());
  }

  /** A submitted item, registered with the instance that follows it (one row written). */
  private long insert(
      Long meetingId, NewItem item, String submitter, ItemStatus status, String processInstanceId) {
    return items.insert(
        meetingId,
        ItemSource.SUBMITTED,
        item,
        submitter,
        status,
        status == ItemStatus.LATE,
        null,
        false,
        processInstanceId,
        clock.now());
  }

  /**
   * The national guidance's standing topics, proposed on every agenda as information items (the
   * guidance recommends them; the chairs may leave any out).
   */
  @Transactional
  public List<Long> addStandingTopics(long meetingId) {
    return Arrays.stream(Topic.values())
        .filter(Topic::standing)
        .map(
            topic ->
                onAgenda(
                    meetingId,
                    ItemSource.STANDING,
                    information(
                        topic.danish(),
                        topic,
                        "Fast emne, som den nationale vejledning om KLU anbefaler at følge op på"
                            + " ved hvert møde; formandskabet kan udelade det."),
                    null,
                    null,
                    false))
        .toList();
  }

  /**
   * A follow-up action still open: carried onto this meeting's agenda as an information item. Its
   * text is the action's, so it is confidential when the item the action was agreed under is.
   */
  @Transactional
  public long carryOver(long meetingId, long actionId, String title, String description) {
    return onAgenda(
        meetingId,
        ItemSource.FOLLOW_UP,
        information(title, Topic.ANDET, description),
        null,
        actionId,
        items.actionOfConfidentialItem(actionId));
  }

  /**
   * An item the year plan puts on a meeting's agenda (a strategic topic agreed last year, or
   * "Årshjul for næste år"): on the agenda without triage, for discussion. Its text is the year
   * plan's own, copied from no item, so it starts open.
   */
  @Transactional
  public long addFromYearPlan(
      long meetingId, String title, Topic topic, String description, String createdBy) {
    NewItem item =
        new NewItem(
            title, topic, description, null, null, null, ItemKind.DECISION, YEAR_PLAN_MINUTES);
    return onAgenda(meetingId, ItemSource.YEAR_PLAN, item, createdBy, null, false);
  }

  private static NewItem information(String title, Topic topic, String description) {
    return new NewItem(
        title, topic, description, null, null, null, ItemKind.INFORMATION, STANDING_MINUTES);
  }

  /** An item straight on the meeting's agenda, without triage. */
  private long onAgenda(
      long meetingId,
      ItemSource source,
      NewItem item,
      String createdBy,
      Long actionId,
      boolean confidential) {
    return items.insert(
        meetingId,
        source,
        item,
        createdBy,
        ItemStatus.ON_AGENDA,
        false,
        actionId,
        confidential,
        null,
        clock.now());
  }

  /**
   * The call went out: items waiting for a call join this meeting (returned), and so do those the
   * secretariat solved or referred between intakes, for the chairs to see.
   */
  @Transactional
  public List<Long> attachWaiting(long meetingId) {
    return items.attachWaiting(meetingId, clock.now());
  }

  /** Items the secretariat must triage for a meeting (used as the multi-instance collection). */
  public List<Long> toTriage(long meetingId) {
    return items.ofMeeting(meetingId, List.of(ItemStatus.SUBMITTED)).stream()
        .map(AgendaItem::id)
        .toList();
  }

  @Transactional
  public void triage(long itemId, TriageOutcome outcome, String text) {
    ItemStatus status =
        switch (outcome) {
          case ON_AGENDA -> ItemStatus.ON_AGENDA;
          case SOLVED -> ItemStatus.SOLVED;
          case REFERRED -> ItemStatus.REFERRED;
          case NEEDS_INFORMATION -> ItemStatus.NEEDS_INFORMATION;
          case REJECTED -> ItemStatus.REJECTED;
        };
    List<ColumnValue<Column>> values =
        new ArrayList<>(List.of(set(STATUS, status), set(TRIAGE_OUTCOME, outcome)));
    if (outcome == TriageOutcome.NEEDS_INFORMATION) {
      values.add(set(INFORMATION_REQUEST, text));
    } else if (outcome != TriageOutcome.ON_AGENDA) {
      values.add(set(TRIAGE_NOTE, text));
    }
    items.update(itemId, clock.now(), values);
  }

  /**
   * Marks an item confidential: it is then left out of public documents. Confidentiality is only
   * ever raised here; an unticked box or a missing value keeps what the item was.
   */
  @Transactional
  public void markConfidential(long itemId) {
    update(itemId, set(CONFIDENTIAL, true));
  }

  /** The secretariat's explicit choice to make a confidential item public again. */
  @Transactional
  public void makePublic(long itemId) {
    update(itemId, set(CONFIDENTIAL, false));
  }

  /** An item made from another item's content is confidential when that item is. */
  @Transactional
  public void inheritConfidentiality(long itemId, long fromItemId) {
    if (get(fromItemId).confidential()) {
      markConfidential(itemId);
    }
  }

  @Transactional
  public AgendaItem addInformation(long itemId, String answer) {
    update(
        itemId,
        set(STATUS, ItemStatus.SUBMITTED),
        set(INFORMATION_ANSWER, answer == null ? null : answer.strip()));
    return get(itemId);
  }

  /** No answer came in time: the item is triaged again with what it has. */
  @Transactional
  public AgendaItem backToTriage(long itemId) {
    update(itemId, set(STATUS, ItemStatus.SUBMITTED));
    return get(itemId);
  }

  /** Whether a late item may still be admitted to its meeting's agenda. */
  public boolean canAdmit(AgendaItem item) {
    return item.meetingId() != null && meetings.get(item.meetingId()).phase().beforeAgendaDraft();
  }

  /**
   * The secretariat's decision on a late item: on this meeting's agenda, or the next meeting; and
   * whether it is confidential (only raised, as in triage).
   */
  @Transactional
  public AgendaItem decideLate(long itemId, boolean admit, String note, boolean confidential) {
    AgendaItem item = get(itemId);
    if (confidential) {
      markConfidential(itemId);
    }
    if (admit) {
      if (!canAdmit(item)) {
        throw new IllegalStateException(
            "Dagsordenen for mødet er allerede sendt til formandskabet; punktet kan kun flyttes"
                + " til næste møde.");
      }
      update(
          itemId,
          set(STATUS, ItemStatus.ON_AGENDA),
          set(TRIAGE_OUTCOME, TriageOutcome.ON_AGENDA),
          set(TRIAGE_NOTE, note));
    } else {
      moveToNextMeeting(itemId, note);
    }
    return get(itemId);
  }

  private void moveToNextMeeting(long itemId, String note) {
    items.moveToNextMeeting(itemId, note, clock.now());
  }

  /**
   * The agenda proposal for the chairs: every item the secretariat put on the agenda, decisions
   * first, with the requested kind and time; stored as the draft the chairs edit.
   */
  @Transactional
  public List<AgendaRow> draftAgenda(long meetingId) {
    List<AgendaItem> candidates = items.ofMeeting(meetingId, List.of(ItemStatus.ON_AGENDA));
    List<AgendaItem> ordered = new ArrayList<>();
    candidates.stream().filter(i -> i.requestedKind() == ItemKind.DECISION).forEach(ordered::add);
    candidates.stream()
        .filter(i -> i.requestedKind() == ItemKind.INFORMATION)
        .forEach(ordered::add);
    Map<Long, Integer> positions = new HashMap<>();
    for (int i = 0; i < ordered.size(); i++) {
      positions.put(ordered.get(i).id(), i + 1);
    }
    List<AgendaRow> rows = new ArrayList<>();
    Map<String, String> names = new HashMap<>();
    for (AgendaItem item : candidates) {
      rows.add(
          row(
              item,
              names,
              true,
              positions.get(item.id()),
              item.requestedKind(),
              item.expectedMinutes()));
    }
    saveDraft(meetingId, rows);
    return agendaRows(meetingId);
  }

  /**
   * Every item sent in for the meeting and what the secretariat did with it, as the chairs read it
   * when they draw up the agenda: one Markdown line per item, "- **Title** (indsendt af Lars Læge):
   * Løst af sekretariatet – the answer to the submitter". Includes the items solved or referred
   * between intakes (the call took them into this meeting) and those moved from it to the next
   * meeting.
   */
  public String receivedText(long meetingId) {
    StringBuilder text = new StringBuilder();
    Map<String, String> names = new HashMap<>(); // each submitter's name looked up once
    for (AgendaItem i : items.receivedFor(meetingId)) {
      String note = i.triageNote() == null ? "" : i.triageNote().strip().replaceAll("\\s+", " ");
      text.append("- **")
          .append(i.title().strip().replaceAll("\\s+", " "))
          .append("** (indsendt af ")
          .append(names.computeIfAbsent(i.submittedBy(), people::nameOf))
          .append("): ")
          .append(movedAway(i, meetingId) ? MOVED : i.status().danish())
          .append(note.isEmpty() ? "" : " – " + note)
          .append("\n");
    }
    return text.isEmpty() ? "Der er ikke indsendt punkter til mødet." : text.toString().strip();
  }

  /** What the chairs read for an item moved from their meeting to the next. */
  public static final String MOVED = "Flyttet til næste møde";

  private static boolean movedAway(AgendaItem item, long meetingId) {
    return item.meetingId() == null || item.meetingId() != meetingId;
  }

  /**
   * The items sent in for the meeting that are not on its agenda and that the chairs may put back
   * on it: solved, referred or rejected by the secretariat (in the triage or between intakes), or
   * moved to the next meeting and not yet taken in by another call.
   */
  public List<AgendaItem> offAgenda(long meetingId) {
    return items.receivedFor(meetingId).stream()
        .filter(
            i ->
                movedAway(i, meetingId)
                    ? i.status() == ItemStatus.WAITING && i.meetingId() == null
                    : PUT_BACK_FROM.contains(i.status()))
        .toList();
  }

  private static final Set<ItemStatus> PUT_BACK_FROM =
      Set.of(ItemStatus.SOLVED, ItemStatus.REFERRED, ItemStatus.REJECTED);

  /** What became of an item off the agenda, as the chairs read it. */
  public String offAgendaOutcome(AgendaItem item, long meetingId) {
    return movedAway(item, meetingId) ? MOVED : item.status().danish();
  }

  /**
   * A chair puts an item back on the agenda: it gets the state the triage's "on the agenda" and the
   * draft give an item (on the agenda, included last with its requested kind and time), so it goes
   * on like any triaged item: the chairs' review, a case presentation, the agenda and the minutes.
   */
  @Transactional
  public AgendaItem putBack(long meetingId, long itemId, String note) {
    if (offAgenda(meetingId).stream().noneMatch(i -> i.id() == itemId)) {
      throw new IllegalStateException(
          "Punktet " + itemId + " kan ikke sættes på dagsordenen for mødet " + meetingId + ".");
    }
    triage(itemId, TriageOutcome.ON_AGENDA, null);
    AgendaItem item = get(itemId);
    update(
        itemId,
        set(MEETING_ID, meetingId),
        set(MOVED_FROM_MEETING_ID, null),
        set(INCLUDED, true),
        set(AGENDA_POSITION, items.lastAgendaPosition(meetingId) + 1),
        set(AGENDA_KIND, item.requestedKind()),
        set(AGENDA_MINUTES, item.expectedMinutes()),
        set(TRIAGE_NOTE, note));
    return get(itemId);
  }

  /**
   * The agenda as it stands (the draft), one row per candidate item, in the agenda's order: the
   * items on it by their position, then those left out; the same order every time the draft is
   * read, so submitted rows are merged back to the items they were shown for.
   */
  public List<AgendaRow> agendaRows(long meetingId) {
    Map<String, String> names = new HashMap<>(); // each submitter's name looked up once
    return items.ofMeeting(meetingId, List.of(ItemStatus.ON_AGENDA)).stream()
        .sorted(
            java.util.Comparator.comparing((AgendaItem i) -> !i.included())
                .thenComparing(
                    i -> i.agendaPosition() == null ? Integer.MAX_VALUE : i.agendaPosition())
                .thenComparing(AgendaItem::id))
        .map(
            i ->
                row(
                    i,
                    names,
                    i.included(),
                    i.agendaPosition() == null ? 0 : i.agendaPosition(),
                    i.effectiveKind(),
                    i.agendaMinutes() == null ? i.expectedMinutes() : i.agendaMinutes()))
        .toList();
  }

  private AgendaRow row(
      AgendaItem i, Map<String, String> names, boolean include, int pos, ItemKind kind, int min) {
    return new AgendaRow(
        i.id(),
        i.title(),
        i.topic().danish(),
        sourceLabel(i, names),
        i.source() == ItemSource.STANDING,
        include,
        pos,
        kind.name(),
        min);
  }

  /** Who or what an item comes from, as the agenda forms show it. */
  public String sourceLabel(AgendaItem item) {
    return sourceLabel(item, new HashMap<>());
  }

  /** {@link #sourceLabel(AgendaItem)}, the submitters' names kept in {@code names}. */
  private String sourceLabel(AgendaItem item, Map<String, String> names) {
    return item.source() == ItemSource.SUBMITTED
        ? "Indsendt af " + names.computeIfAbsent(item.submittedBy(), people::nameOf)
        : item.source().danish();
  }

  /** Checks an edited agenda against the meeting's items; Danish messages, empty if fine. */
  public List<String> checkAgenda(long meetingId, List<AgendaRow> rows) {
    return checkAgenda(candidates(meetingId), rows);
  }

  /** The items the meeting's agenda is made of, by id. */
  private Map<Long, AgendaItem> candidates(long meetingId) {
    Map<Long, AgendaItem> candidates = new HashMap<>();
    items
        .ofMeeting(meetingId, List.of(ItemStatus.ON_AGENDA))
        .forEach(i -> candidates.put(i.id(), i));
    return candidates;
  }

  private static List<String> checkAgenda(Map<Long, AgendaItem> candidates, List<AgendaRow> rows) {
    List<String> problems = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    Set<Integer> positions = new HashSet<>();
    for (AgendaRow row : rows) {
      AgendaItem item = candidates.get(row.itemId());
      if (item == null) {
        problems.add("Punkt " + row.itemId() + " hører ikke til dette mødes dagsorden.");
        continue;
      }
      if (!seen.add(row.itemId())) {
        problems.add("Punktet \"" + item.title() + "\" står flere gange på dagsordenen.");
      }
      if (row.include() && !positions.add(row.position())) {
        problems.add("Rækkefølgen " + row.position() + " er brugt til flere punkter.");
      }
      if (row.include() && (row.position() < 1 || row.position() > 99)) {
        problems.add("\"" + item.title() + "\" skal have en rækkefølge mellem 1 og 99.");
      }
      if (!ItemKind.DECISION.name().equals(row.kind())
          && !ItemKind.INFORMATION.name().equals(row.kind())) {
        problems.add("\"" + item.title() + "\" har en ugyldig behandling \"" + row.kind() + "\".");
      }
      if (row.minutes() < 1 || row.minutes() > 180) {
        problems.add("\"" + item.title() + "\" skal have mellem 1 og 180 minutter.");
      }
    }
    for (AgendaItem missing : candidates.values()) {
      if (!seen.contains(missing.id())) {
        problems.add("Punktet \"" + missing.title() + "\" mangler på dagsordenen.");
      }
    }
    return problems;
  }

  /** Stores the chairs' (or the secretariat's) edits of the draft agenda. */
  @Transactional
  public void saveDraft(long meetingId, List<AgendaRow> rows) {
    Map<Long, AgendaItem> current = candidates(meetingId);
    List<String> problems = checkAgenda(current, rows);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join(" ", problems));
    }
    for (AgendaRow row : rows) {
      AgendaItem item = current.get(row.itemId());
      Integer position = row.include() ? row.position() : null;
      if (item.included() == row.include()
          && Objects.equals(item.agendaPosition(), position)
          && item.agendaKind() != null
          && item.agendaKind().name().equals(row.kind())
          && Objects.equals(item.agendaMinutes(), row.minutes())) {
        continue; // a chair who approves without changes writes nothing
      }
      update(
          row.itemId(),
          set(INCLUDED, row.include()),
          set(AGENDA_POSITION, position),
          set(AGENDA_KIND, row.kind()),
          set(AGENDA_MINUTES, row.minutes()));
    }
  }

  /**
   * Both chairs approved: items left out go to the next meeting, except the standing topics, which
   * the guidance only recommends (Aalborg: "behandles dog ikke, hvis de ikke er relevante"): one
   * left out is simply not on this agenda, and the next meeting proposes its own. Returns the items
   * moved.
   */
  @Transactional
  public List<AgendaItem> applyAgenda(long meetingId) {
    List<AgendaItem> moved = new ArrayList<>();
    for (AgendaItem item : items.ofMeeting(meetingId, List.of(ItemStatus.ON_AGENDA))) {
      if (!item.included() && item.source() == ItemSource.STANDING) {
        update(
            item.id(),
            set(STATUS, ItemStatus.LEFT_OUT),
            set(AGENDA_POSITION, null),
            set(TRIAGE_NOTE, "Formandskabet fandt ikke emnet relevant på dette møde."));
      } else if (!item.included()) {
        moveToNextMeeting(item.id(), "Formandskabet har flyttet punktet til næste møde.");
        moved.add(get(item.id()));
      }
    }
    return moved;
  }

  /** The agenda in its final order. */
  public List<AgendaItem> onAgenda(long meetingId) {
    return items.onAgenda(meetingId);
  }

  /**
   * The agenda's items by the numbers the agenda and the minutes give them, in order: items for
   * decision 2.1, 2.2, ..., items for information 3.1, 3.2, ...
   */
  public Map<String, AgendaItem> byNumber(long meetingId) {
    return byNumber(onAgenda(meetingId));
  }

  /** {@link #byNumber(long)} of the items {@link #onAgenda} gave, in their order. */
  public static Map<String, AgendaItem> byNumber(List<AgendaItem> onAgenda) {
    Map<String, AgendaItem> numbered = new LinkedHashMap<>();
    int decisions = 0;
    int information = 0;
    for (AgendaItem item : onAgenda) {
      String number =
          item.effectiveKind() == ItemKind.DECISION ? "2." + ++decisions : "3." + ++information;
      numbered.put(number, item);
    }
    return numbered;
  }

  public List<Long> onAgendaIds(long meetingId) {
    return onAgenda(meetingId).stream().map(AgendaItem::id).toList();
  }

  /**
   * Saves the secretariat's case presentation. It is internal, shown to the committee only, unless
   * the secretariat marks it public: then the public agenda shows it too.
   */
  @Transactional
  public void saveCasePresentation(long itemId, String text, boolean publicText) {
    update(itemId, set(CASE_PRESENTATION, text.strip()), set(CASE_PRESENTATION_PUBLIC, publicText));
  }

  @Transactional
  public void saveMinutes(long itemId, String discussion, String decision, boolean agreement) {
    update(
        itemId,
        set(MINUTES_DISCUSSION, discussion),
        set(MINUTES_DECISION, decision),
        set(DRAFT_AGREEMENT, agreement));
  }

  /** The minutes are published: every item on the agenda has been discussed. */
  @Transactional
  public List<AgendaItem> markDiscussed(long meetingId) {
    List<AgendaItem> agenda = onAgenda(meetingId);
    items.update(
        agenda.stream().map(AgendaItem::id).toList(),
        clock.now(),
        List.of(set(STATUS, ItemStatus.DISCUSSED)));
    return agenda;
  }

  @Transactional
  public void markFollowUpDone(long itemId) {
    update(itemId, set(STATUS, ItemStatus.FOLLOW_UP_DONE));
  }

  /** The items a person submitted, newest first. */
  public List<AgendaItem> submittedBy(String userId) {
    return items.submittedBy(userId);
  }

  @SafeVarargs
  private void update(long itemId, ColumnValue<Column>... values) {
    items.update(itemId, clock.now(), List.of(values));
  }
}
