package dk.klu.agreement;

import static dk.klu.agreement.AgreementRepository.Column.*;
import static dk.klu.persistence.ColumnValue.set;
import static org.springframework.util.StringUtils.hasText;

import dk.klu.agenda.AgendaItem;
import dk.klu.agenda.AgendaItemService;
import dk.klu.agreement.AgreementRepository.Column;
import dk.klu.meeting.Meeting;
import dk.klu.meeting.MeetingPhase;
import dk.klu.meeting.MeetingService;
import dk.klu.persistence.ColumnValue;
import dk.klu.rules.KluClock;
import dk.klu.rules.MeetingSchedule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee's agreements from the draft to formalisation, and the registry of local agreements
 * the annual evaluation reads. Knows nothing of mail or the engine: the process steps record their
 * messages themselves.
 */
@Service
public class AgreementService {

  static final int MAX_TITLE = 200;
  static final int MAX_DRAFT = 10_000;

  private final AgreementRepository agreements;
  private final AgendaItemService items;
  private final MeetingService meetings;
  private final AgreementProperties properties;
  private final KluClock clock;

  public AgreementService(
      AgreementRepository agreements,
      AgendaItemService items,
      MeetingService meetings,
      AgreementProperties properties,
      KluClock clock) {
    this.agreements = agreements;
    this.items = items;
    this.meetings = meetings;
    this.properties = properties;
    this.clock = clock;
  }

  public Agreement get(long id) {
    return agreements
        .find(id)
        .orElseThrow(() -> new IllegalArgumentException("Aftalen " + id + " findes ikke."));
  }

  /** The agreement drafted on an agenda item, if there is one. */
  public Optional<Agreement> fromItem(long itemId) {
    return agreements.fromItem(itemId);
  }

  /**
   * The committee decision an agreement the secretariat starts rests on: an item on the agenda of a
   * held meeting, with a decision recorded in the minutes and no agreement yet; or why there is
   * none, in Danish.
   */
  public record CommitteeDecision(AgendaItem item, String meetingLabel, List<String> problems) {

    static CommitteeDecision refused(String... problems) {
      return new CommitteeDecision(null, null, List.of(problems));
    }
  }

  /**
   * Looks up the decision of item {@code itemNumber} (numbered as the agenda and minutes number it:
   * "2.1") of the held meeting on {@code meetingDate}.
   */
  public CommitteeDecision committeeDecision(LocalDate meetingDate, String itemNumber) {
    if (meetingDate == null || !hasText(itemNumber)) {
      List<String> missing = new ArrayList<>();
      if (meetingDate == null) {
        missing.add("Feltet \"Mødedato\" skal udfyldes.");
      }
      if (!hasText(itemNumber)) {
        missing.add("Feltet \"Punkt nr. i referatet\" skal udfyldes.");
      }
      return CommitteeDecision.refused(missing.toArray(String[]::new));
    }
    String date = Meeting.danishDate(meetingDate);
    List<Meeting> onDate =
        meetings.all().stream()
            .filter(
                m ->
                    m.startsAt()
                        .atZoneSameInstant(MeetingSchedule.KLU_ZONE)
                        .toLocalDate()
                        .equals(meetingDate))
            .toList();
    if (onDate.isEmpty()) {
      return CommitteeDecision.refused("Der er intet KLU-møde den " + date + ".");
    }
    List<Meeting> held =
        onDate.stream().filter(m -> m.phase().ordinal() >= MeetingPhase.HELD.ordinal()).toList();
    if (held.isEmpty()) {
      return CommitteeDecision.refused(
          "KLU-mødet den "
              + date
              + " er ikke afholdt ("
              + onDate.get(0).phase().danish().toLowerCase(Locale.ROOT)
              + "): en aftale oprettes kun på grundlag af en beslutning, udvalget har truffet på"
              + " et afholdt møde.");
    }
    String number = itemNumber.strip();
    for (Meeting meeting : held) {
      AgendaItem item = items.byNumber(meeting.id()).get(number);
      if (item == null) {
        continue;
      }
      String which = "Punkt " + number + " \"" + item.title() + "\" på KLU-mødet den " + date;
      if (!hasText(item.minutesDecision())) {
        return CommitteeDecision.refused(
            which
                + " har ingen beslutning i referatet: en aftale oprettes kun på grundlag af"
                + " udvalgets beslutning.");
      }
      Optional<Agreement> existing = agreements.fromItem(item.id());
      if (existing.isPresent()) {
        return CommitteeDecision.refused(
            which + " har allerede aftalen \"" + existing.get().title() + "\".");
      }
      return new CommitteeDecision(item, meeting.label(), List.of());
    }
    return CommitteeDecision.refused(
        "KLU-mødet den " + date + " har intet punkt " + number + " på dagsordenen.");
  }

  /**
   * The secretariat starts an agreement from its own draft, on the committee's decision under item
   * {@code itemNumber} of the held meeting on {@code meetingDate}; refused without one.
   */
  @Transactional
  public Agreement create(
      String title,
      String draftText,
      LocalDate meetingDate,
      String itemNumber,
      String by,
      String processInstanceId) {
    String checkedTitle = required(title, "Titel");
    String checkedDraft = required(draftText, "Aftaleudkast");
    CommitteeDecision decision = committeeDecision(meetingDate, itemNumber);
    if (!decision.problems().isEmpty()) {
      throw new IllegalArgumentException(String.join(" ", decision.problems()));
    }
    AgendaItem item = decision.item();
    long id =
        agreements.insert(
            checkedTitle,
            checkedDraft,
            Origin.SECRETARIAT,
            item.meetingId(),
            item.id(),
            by,
            processInstanceId,
            clock.now());
    event(
        id,
        AgreementEvent.CREATED,
        AgreementStatus.DRAFTING,
        "På grundlag af udvalgets beslutning under punkt "
            + itemNumber.strip()
            + " på "
            + decision.meetingLabel()
            + ": "
            + item.minutesDecision(),
        by);
    return get(id);
  }

  /**
   * The committee agreed on a draft in an item's minutes: the agreement starts from the item's
   * title and minutes. Once per item: a second call returns the agreement already there.
   */
  @Transactional
  public Agreement createFromMinutes(long itemId, String processInstanceId) {
    Optional<Agreement> existing = agreements.fromItem(itemId);
    if (existing.isPresent()) {
      return existing.get();
    }
    AgendaItem item = items.get(itemId);
    if (!item.draftAgreement()) {
      throw new IllegalStateException(
          "Referatet af punktet " + itemId + " har intet udkast til aftale.");
    }
    String meeting = item.meetingId() == null ? "KLU" : meetings.get(item.meetingId()).label();
    String draft =
        "Udkast aftalt i KLU på "
            + meeting
            + " under punktet \""
            + item.title()
            + "\".\n\nBeslutning: "
            + blankAs(item.minutesDecision(), "(ingen)")
            + "\n\nDrøftelse: "
            + blankAs(item.minutesDiscussion(), "(ingen)");
    long id =
        agreements.insert(
            ColumnValue.fit(item.title(), MAX_TITLE),
            ColumnValue.fit(draft, MAX_DRAFT),
            Origin.MINUTES,
            item.meetingId(),
            itemId,
            null,
            processInstanceId,
            clock.now());
    event(id, AgreementEvent.CREATED, AgreementStatus.DRAFTING, "Aftalt i KLU: " + meeting, null);
    return get(id);
  }

  /** The drafters' version of the draft and their answers to the route questions. */
  @Transactional
  public Agreement saveDraft(long id, String title, String draftText, RouteFacts facts, String by) {
    Agreement agreement = inStatus(id, AgreementStatus.DRAFTING);
    List<String> problems = new ArrayList<>(facts.contradictions());
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join(" ", problems));
    }
    update(
        agreement.id(),
        set(TITLE, required(title, "Titel")),
        set(DRAFT_TEXT, required(draftText, "Aftaleudkast")),
        set(BINDING_OBLIGATIONS, facts.bindingObligations()),
        set(NEW_UNPAID_TASK, facts.newUnpaidTask()),
        set(SPECIAL_FEE, facts.specialFee()));
    event(id, AgreementEvent.DRAFT_SAVED, AgreementStatus.DRAFTING, null, by);
    return get(id);
  }

  /** The drafters give the agreement up. */
  @Transactional
  public Agreement withdraw(long id, String reason, String by) {
    inStatus(id, AgreementStatus.DRAFTING);
    String why = required(reason, "Begrundelse");
    update(id, set(STATUS, AgreementStatus.WITHDRAWN), set(WITHDRAWAL_REASON, why));
    event(id, AgreementEvent.WITHDRAWN, AgreementStatus.WITHDRAWN, why, by);
    return get(id);
  }

  /**
   * Stores the route taken: the only one the rules open for the draft, or the one the committee
   * chose of those open ({@code openRoutes} &gt; 1). When a municipal fee requires the settlement
   * agreement with the region and there is none yet, the agreement waits for one.
   */
  @Transactional
  public Agreement decideRoute(long id, RouteOption chosen, int openRoutes) {
    inStatus(id, AgreementStatus.DRAFTING);
    boolean missing = chosen.settlementAgreementRequired() && !settlementAgreementExists();
    AgreementStatus status =
        missing ? AgreementStatus.AWAITING_SETTLEMENT_AGREEMENT : AgreementStatus.DRAFTING;
    update(
        id,
        set(ROUTE, chosen.route()),
        set(PAYER, chosen.payer()),
        set(SETTLEMENT_AGREEMENT_REQUIRED, chosen.settlementAgreementRequired()),
        set(STATUS, status));
    event(
        id,
        AgreementEvent.ROUTE_DECIDED,
        status,
        (openRoutes > 1 ? "Udvalget valgte " : "Eneste åbne aftalevej: ")
            + chosen.route().danish()
            + "; honorar: "
            + chosen.payer().danish()
            + (chosen.settlementAgreementRequired()
                ? missing
                    ? "; afregningsaftale med regionen mangler"
                    : "; afregningsaftale med regionen findes"
                : ""),
        null);
    return get(id);
  }

  /** Whether the municipality–region settlement agreement exists (configured or registered). */
  public boolean settlementAgreementExists() {
    return properties.settlementAgreementExists() || agreements.settlementAgreementRecorded();
  }

  /** The secretariat arranged the settlement agreement with the region. */
  @Transactional
  public Agreement settlementAgreementConcluded(
      long id, LocalDate concludedOn, String reference, String note, String by) {
    inStatus(id, AgreementStatus.AWAITING_SETTLEMENT_AGREEMENT);
    if (concludedOn == null) {
      throw new IllegalArgumentException("Feltet \"Aftalt den\" skal udfyldes.");
    }
    agreements.insertSettlementAgreement(
        concludedOn, blankAs(reference, null), blankAs(note, null), id, by, clock.now());
    update(id, set(STATUS, AgreementStatus.DRAFTING));
    event(
        id,
        AgreementEvent.SETTLEMENT_AGREEMENT_CONCLUDED,
        AgreementStatus.DRAFTING,
        "Afregningsaftale med regionen indgået " + concludedOn,
        by);
    return get(id);
  }

  /** The region would not settle the fee: the draft goes back to its drafters. */
  @Transactional
  public Agreement settlementAgreementNotPossible(long id, String note, String by) {
    inStatus(id, AgreementStatus.AWAITING_SETTLEMENT_AGREEMENT);
    String why = required(note, "Begrundelse");
    update(id, set(STATUS, AgreementStatus.DRAFTING));
    event(id, AgreementEvent.SETTLEMENT_AGREEMENT_NOT_POSSIBLE, AgreementStatus.DRAFTING, why, by);
    return get(id);
  }

  /**
   * The draft went to the regional body: keeps a copy of what was sent; returns the agreement (its
   * sending round counts the sendings).
   */
  @Transactional
  public Agreement markSent(long id, String address, String subject, String text) {
    Agreement agreement = inStatus(id, AgreementStatus.DRAFTING);
    if (agreement.route() == null) {
      throw new IllegalStateException("Aftalen har ingen aftalevej endnu.");
    }
    agreements.markSent(id, address, subject, ColumnValue.fit(text, 12_000), clock.now());
    event(
        id,
        AgreementEvent.SENT,
        AgreementStatus.SENT,
        "Sendt til " + agreement.route().body() + " (" + address + ")",
        null);
    return get(id);
  }

  /** A reminder went to the body; returns how many in this round. */
  @Transactional
  public int recordReminder(long id) {
    inStatus(id, AgreementStatus.SENT);
    agreements.countReminder(id, clock.now());
    Agreement agreement = get(id);
    event(
        id,
        AgreementEvent.REMINDED,
        AgreementStatus.SENT,
        "Påmindelse nr. " + agreement.reminders(),
        null);
    return agreement.reminders();
  }

  /** The answer has been awaited too long: marked, so the registry shows it. */
  @Transactional
  public Agreement escalate(long id) {
    inStatus(id, AgreementStatus.SENT);
    update(id, set(ESCALATED_AT, clock.now()));
    event(id, AgreementEvent.ESCALATED, AgreementStatus.SENT, "Svarfristen er overskredet", null);
    return get(id);
  }

  /** What is missing from an answer, in Danish; empty when it can be registered. */
  public static List<String> checkAnswer(
      Answer answer, LocalDate effectiveDate, String changes, String reason) {
    List<String> problems = new ArrayList<>();
    if (answer == null) {
      problems.add("Vælg udvalgets svar.");
    } else if (answer == Answer.FORMALISED && effectiveDate == null) {
      problems.add("Feltet \"Ikrafttrædelsesdato\" skal udfyldes, når aftalen er formaliseret.");
    } else if (answer == Answer.CHANGES_REQUESTED && !hasText(changes)) {
      problems.add("Feltet \"Ønskede ændringer\" skal udfyldes, når udvalget ønsker ændringer.");
    } else if (answer == Answer.REJECTED && !hasText(reason)) {
      problems.add("Feltet \"Begrundelse for afvisningen\" skal udfyldes, når aftalen er afvist.");
    }
    return problems;
  }

  /** The regional body answered. */
  @Transactional
  public Agreement recordAnswer(
      long id, Answer answer, LocalDate effectiveDate, String changes, String reason, String by) {
    inStatus(id, AgreementStatus.SENT);
    List<String> problems = checkAnswer(answer, effectiveDate, changes, reason);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join(" ", problems));
    }
    AgreementStatus status =
        switch (answer) {
          case FORMALISED -> AgreementStatus.FORMALISED;
          case CHANGES_REQUESTED -> AgreementStatus.DRAFTING;
          case REJECTED -> AgreementStatus.REJECTED;
        };
    boolean formalised = answer == Answer.FORMALISED;
    update(
        id,
        set(STATUS, status),
        set(ANSWER, answer),
        set(ANSWERED_AT, clock.now()),
        set(EFFECTIVE_DATE, formalised ? effectiveDate : null),
        set(CHANGES_REQUESTED, answer == Answer.CHANGES_REQUESTED ? changes.strip() : null),
        set(REJECTION_REASON, answer == Answer.REJECTED ? reason.strip() : null),
        set(IMPLEMENTATION_STATUS, formalised ? ImplementationStatus.NOT_STARTED : null),
        set(IMPLEMENTATION_AS_OF, formalised ? clock.now().toLocalDate() : null));
    String note =
        switch (answer) {
          case FORMALISED -> "Formaliseret med virkning fra " + effectiveDate;
          case CHANGES_REQUESTED -> changes.strip();
          case REJECTED -> reason.strip();
        };
    event(id, AgreementEvent.ANSWERED, status, answer.danish() + ": " + note, by);
    return get(id);
  }

  /**
   * The revised draft is on its way to the committee as an item for its next meeting: nothing is
   * sent again before the committee has decided on it.
   */
  @Transactional
  public Agreement revisionToCommittee(long id, long itemId) {
    Agreement agreement = inStatus(id, AgreementStatus.DRAFTING);
    update(id, set(STATUS, AgreementStatus.AWAITING_COMMITTEE), set(REVISION_ITEM_ID, itemId));
    if (agreement.originItemId() != null) {
      items.inheritConfidentiality(itemId, agreement.originItemId());
    }
    event(
        id,
        AgreementEvent.REVISION_TO_COMMITTEE,
        AgreementStatus.AWAITING_COMMITTEE,
        "Beslutningspunkt " + itemId + " til udvalgets næste møde",
        null);
    return get(id);
  }

  /** The agreement whose revised draft awaits the committee's decision under the item. */
  public Optional<Agreement> awaitingCommittee(long itemId) {
    return agreements
        .fromRevisionItem(itemId)
        .filter(a -> a.status() == AgreementStatus.AWAITING_COMMITTEE);
  }

  /** Whether the item puts an agreement's revised draft before the committee. */
  public boolean isRevisionItem(long itemId) {
    return agreements.fromRevisionItem(itemId).isPresent();
  }

  /** Of these items, those that put an agreement's revised draft before the committee. */
  public Set<Long> revisionItemsAmong(List<Long> itemIds) {
    return agreements.revisionItemsAmong(itemIds);
  }

  /**
   * The committee decided on the revised draft in the published minutes: agreed, it may be sent
   * again; otherwise it goes back to its drafters with the decision.
   */
  @Transactional
  public Agreement revisionDecided(long id, boolean agreed, String decision) {
    inStatus(id, AgreementStatus.AWAITING_COMMITTEE);
    update(id, set(STATUS, AgreementStatus.DRAFTING));
    event(
        id,
        AgreementEvent.REVISION_DECIDED,
        AgreementStatus.DRAFTING,
        (agreed ? "Udvalget er enigt om det reviderede udkast: " : "Udvalget er ikke enigt: ")
            + blankAs(decision, "(ingen beslutning)"),
        null);
    return get(id);
  }

  /** The rejection is on its way to the committee as an information item. */
  @Transactional
  public void reportedToCommittee(long id, long itemId) {
    Agreement agreement = inStatus(id, AgreementStatus.REJECTED);
    update(id, set(REPORT_ITEM_ID, itemId));
    if (agreement.originItemId() != null) {
      // the report repeats the agreement's title: it is as confidential as the item it came from
      items.inheritConfidentiality(itemId, agreement.originItemId());
    }
    event(
        id,
        AgreementEvent.REPORTED_TO_COMMITTEE,
        AgreementStatus.REJECTED,
        "Orienteringspunkt " + itemId + " til udvalgets næste møde",
        null);
  }

  /** The municipality's GPs have been told of the formalised agreement. */
  @Transactional
  public Agreement gpsInformed(long id, GpChannel channel, String by) {
    inStatus(id, AgreementStatus.FORMALISED);
    update(id, set(GPS_INFORMED_AT, clock.now()), set(GPS_INFORM_CHANNEL, channel));
    event(id, AgreementEvent.GPS_INFORMED, AgreementStatus.FORMALISED, channel.danish(), by);
    return get(id);
  }

  /** What is missing from an implementation follow-up, in Danish; empty when it can be stored. */
  public static List<String> checkImplementation(
      ImplementationStatus status, String note, LocalDate asOf, LocalDate today) {
    List<String> problems = new ArrayList<>();
    if (status == null) {
      problems.add("Vælg implementeringsstatus.");
    } else if (status == ImplementationStatus.STOPPED && !hasText(note)) {
      problems.add("Feltet \"Bemærkning\" skal udfyldes, når implementeringen er standset.");
    }
    if (asOf == null) {
      problems.add("Feltet \"Status pr.\" skal udfyldes.");
    } else if (asOf.isAfter(today)) {
      problems.add("Status kan ikke angives for en dato i fremtiden (" + asOf + ").");
    }
    return problems;
  }

  /** The secretariat followed up on a formalised agreement's implementation. */
  @Transactional
  public Agreement followUpImplementation(
      long id, ImplementationStatus status, String note, LocalDate asOf, String by) {
    inStatus(id, AgreementStatus.FORMALISED);
    List<String> problems = checkImplementation(status, note, asOf, clock.now().toLocalDate());
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join(" ", problems));
    }
    update(
        id,
        set(IMPLEMENTATION_STATUS, status),
        set(IMPLEMENTATION_NOTE, blankAs(note, null)),
        set(IMPLEMENTATION_AS_OF, asOf));
    event(
        id,
        AgreementEvent.IMPLEMENTATION_FOLLOWED_UP,
        AgreementStatus.FORMALISED,
        status.danish() + " pr. " + asOf + (!hasText(note) ? "" : ": " + note.strip()),
        by);
    return get(id);
  }

  /** The registry of local agreements, newest first: what the annual evaluation reads. */
  public List<Agreement> registry() {
    return agreements.all();
  }

  /** How many agreements are in each status (every status, zero included). */
  public Map<AgreementStatus, Long> countsByStatus() {
    Map<AgreementStatus, Long> counts = new EnumMap<>(AgreementStatus.class);
    for (AgreementStatus status : AgreementStatus.values()) {
      counts.put(status, 0L);
    }
    registry().forEach(a -> counts.merge(a.status(), 1L, Long::sum));
    return counts;
  }

  public List<AgreementEvent> events(long id) {
    return agreements.events(id);
  }

  private Agreement inStatus(long id, AgreementStatus expected) {
    Agreement agreement = get(id);
    if (agreement.status() != expected) {
      throw new IllegalStateException(
          "Aftalen \""
              + agreement.title()
              + "\" er "
              + agreement.status().danish().toLowerCase(java.util.Locale.ROOT)
              + ", ikke "
              + expected.danish().toLowerCase(java.util.Locale.ROOT)
              + ".");
    }
    return agreement;
  }

  private void event(long id, String kind, AgreementStatus status, String note, String by) {
    agreements.addEvent(
        new AgreementEvent(id, clock.now(), kind, status, ColumnValue.fit(note, 4000), by));
  }

  private static String required(String text, String label) {
    if (!hasText(text)) {
      throw new IllegalArgumentException("Feltet \"" + label + "\" skal udfyldes.");
    }
    return text.strip();
  }

  private static String blankAs(String text, String fallback) {
    return !hasText(text) ? fallback : text.strip();
  }

  @SafeVarargs
  private void update(long id, ColumnValue<Column>... values) {
    agreements.update(id, clock.now(), List.of(values));
  }
}
