package dk.klu.document;

import dk.klu.agenda.AgendaItem;
import dk.klu.agenda.AgendaItemService;
import dk.klu.agenda.ItemKind;
import dk.klu.agenda.ItemSource;
import dk.klu.followup.FollowUpAction;
import dk.klu.followup.FollowUpService;
import dk.klu.meeting.Meeting;
import dk.klu.meeting.MeetingService;
import dk.klu.minutes.AttendanceService;
import dk.klu.minutes.Attendee;
import dk.klu.people.PersonNames;
import dk.klu.rules.MeetingSchedule;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * What an agenda or minutes says, read from the domain: the fixed points, the items for decision
 * and for information with their times and case presentations, and for the minutes the attendance,
 * discussions, decisions and follow-up actions. For the public, confidential items keep their
 * number but show nothing but "Lukket punkt", and the case presentations the secretariat wrote are
 * left out unless it marked them public (the minutes are public; the agenda is public without the
 * internal case presentations).
 */
@Component
public record DocumentContent(
    MeetingService meetings,
    AgendaItemService items,
    AttendanceService attendance,
    FollowUpService followUps,
    PersonNames people) {

  static final Locale DANISH = Locale.forLanguageTag("da");
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("EEEE 'den' d. MMMM yyyy", DANISH);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm", DANISH);
  private static final DateTimeFormatter SHORT_DATE =
      DateTimeFormatter.ofPattern("d. MMMM yyyy", DANISH);

  /** One item as a document shows it. */
  public record ItemView(
      String number,
      long id,
      String title,
      String topic,
      String kind,
      Integer minutes,
      String origin,
      String description,
      String casePresentation,
      String discussion,
      String decision,
      boolean draftAgreement,
      boolean closed,
      boolean casePresentationInternal,
      List<ActionView> actions) {}

  /** A follow-up action in the minutes. */
  public record ActionView(String description, String owner, String due) {}

  /** A line of the attendance list. */
  public record AttendeeView(String name, String role, String status) {}

  /** Everything a template needs; the same for HTML and PDF. */
  public record View(
      long meetingId,
      DocumentKind kind,
      Audience audience,
      String title,
      String meetingTitle,
      String date,
      String time,
      String location,
      List<ItemView> decisionItems,
      List<ItemView> informationItems,
      int plannedMinutes,
      List<AttendeeView> attendees,
      List<ActionView> actions) {

    /** Whether any item was left out for the public. */
    public boolean hasClosedItems() {
      return decisionItems.stream().anyMatch(ItemView::closed)
          || informationItems.stream().anyMatch(ItemView::closed);
    }
  }

  /** The content of a meeting's agenda or minutes, as it stands now. */
  public View of(long meetingId, DocumentKind kind, Audience audience) {
    return of(meetingId, kind).apply(audience);
  }

  /**
   * The content of a meeting's agenda or minutes as it stands now, for either audience: the
   * meeting, its agenda, actions and attendance are read once for both.
   */
  public Function<Audience, View> of(long meetingId, DocumentKind kind) {
    Meeting m = meetings.get(meetingId);
    List<AgendaItem> agenda = items.onAgenda(meetingId);
    List<FollowUpAction> meetingActions =
        kind == DocumentKind.MINUTES ? followUps.ofMeeting(meetingId) : List.of();
    Map<Long, List<FollowUpAction>> actionsByItem =
        meetingActions.stream().collect(Collectors.groupingBy(FollowUpAction::itemId));
    List<AttendeeView> attendees =
        kind == DocumentKind.MINUTES
            ? attendance.of(meetingId).stream().map(DocumentContent::attendee).toList()
            : List.of();
    var start = m.startsAt().atZoneSameInstant(MeetingSchedule.KLU_ZONE);
    var end = m.endsAt().atZoneSameInstant(MeetingSchedule.KLU_ZONE);
    return audience -> {
      List<ItemView> decisions = new ArrayList<>();
      List<ItemView> information = new ArrayList<>();
      for (Map.Entry<String, AgendaItem> numbered : AgendaItemService.byNumber(agenda).entrySet()) {
        AgendaItem item = numbered.getValue();
        List<ItemView> target = item.effectiveKind() == ItemKind.DECISION ? decisions : information;
        target.add(
            view(
                numbered.getKey(),
                item,
                kind,
                audience,
                actionsByItem.getOrDefault(item.id(), List.of())));
      }
      List<ActionView> actions =
          meetingActions.stream()
              .filter(a -> audience == Audience.COMMITTEE || !closed(a.itemId(), agenda))
              .map(this::action)
              .toList();
      return new View(
          meetingId,
          kind,
          audience,
          kind.danish() + " – " + m.titleWithDate(),
          m.title(),
          StringUtils.capitalize(DATE.format(start)),
          "kl. " + TIME.format(start) + "–" + TIME.format(end),
          m.location(),
          decisions,
          information,
          agenda.stream().mapToInt(i -> i.agendaMinutes() == null ? 0 : i.agendaMinutes()).sum(),
          attendees,
          actions);
    };
  }

  private static boolean closed(long itemId, List<AgendaItem> agenda) {
    return agenda.stream().anyMatch(i -> i.id() == itemId && i.confidential());
  }

  private ItemView view(
      String number,
      AgendaItem item,
      DocumentKind kind,
      Audience audience,
      List<FollowUpAction> actions) {
    boolean closed = audience == Audience.PUBLIC && item.confidential();
    if (closed) {
      return new ItemView(
          number,
          item.id(),
          "Lukket punkt",
          null,
          null,
          item.agendaMinutes(),
          null,
          null,
          null,
          null,
          null,
          false,
          true,
          false,
          List.of());
    }
    boolean minutes = kind == DocumentKind.MINUTES;
    boolean written = item.casePresentation() != null && !item.casePresentation().isBlank();
    boolean internal = written && audience == Audience.PUBLIC && !item.casePresentationPublic();
    return new ItemView(
        number,
        item.id(),
        item.title(),
        item.topic().danish(),
        item.effectiveKind().danish(),
        item.agendaMinutes(),
        item.source() == ItemSource.SUBMITTED ? null : item.source().danish(),
        minutes ? null : item.description(),
        minutes || internal ? null : item.casePresentation(),
        minutes ? item.minutesDiscussion() : null,
        minutes ? item.minutesDecision() : null,
        minutes && item.draftAgreement(),
        false,
        !minutes && internal,
        actions.stream().map(this::action).toList());
  }

  private static AttendeeView attendee(Attendee a) {
    String status =
        switch (a.status()) {
          case PRESENT -> "Til stede";
          case ABSENT -> "Afbud";
          case REPLACED -> "Stedfortræder: " + a.replacedBy();
        };
    return new AttendeeView(a.name(), a.role().danish(), status);
  }

  private ActionView action(FollowUpAction a) {
    return new ActionView(
        a.description(), people.nameOf(a.owner()), SHORT_DATE.format(a.dueDate()));
  }
}
