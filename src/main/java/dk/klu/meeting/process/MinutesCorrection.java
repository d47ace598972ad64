package dk.klu.meeting.process;

import dk.klu.agenda.AgendaItem;
import dk.klu.agenda.AgendaItemService;
import dk.klu.document.Audience;
import dk.klu.document.DocumentArchive;
import dk.klu.document.DocumentKind;
import dk.klu.document.ReleasedDocument;
import dk.klu.meeting.Meeting;
import dk.klu.meeting.MeetingService;
import dk.klu.notification.Outbox;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Corrects published minutes: the secretariat changes what an item's minutes say, and the minutes
 * are released again as a new version with a note on what was corrected and why. The earlier
 * version stays in the archive, the committee and the chairs are told. All or nothing: a rejected
 * correction changes nothing.
 */
@Service
public class MinutesCorrection {

  static final int NOTE_MAX = 2000;
  static final int DISCUSSION_MAX = 10000;
  static final int DECISION_MAX = 4000;

  /** One item's corrected minutes; a null field keeps what the minutes say. */
  public record ItemCorrection(Long itemId, String discussion, String decision) {}

  /** What the secretariat asks to correct. */
  public record Request(String note, List<ItemCorrection> items) {}

  /** The outcome: the new version, or the reasons nothing was changed. */
  public record Result(Optional<ReleasedDocument> released, List<String> errors) {
    public boolean ok() {
      return errors.isEmpty();
    }

    static Result rejected(String reason) {
      return new Result(Optional.empty(), List.of(reason));
    }
  }

  private final MeetingService meetings;
  private final AgendaItemService items;
  private final DocumentArchive documents;
  private final Outbox outbox;
  private final MeetingMessages messages;
  private final MeetingRecipients recipients;

  public MinutesCorrection(
      MeetingService meetings,
      AgendaItemService items,
      DocumentArchive documents,
      Outbox outbox,
      MeetingMessages messages,
      MeetingRecipients recipients) {
    this.recipients = recipients;
    this.meetings = meetings;
    this.items = items;
    this.documents = documents;
    this.outbox = outbox;
    this.messages = messages;
  }

  /**
   * Checks the request, saves the corrected texts and releases the next version.
   *
   * @return the new version, or Danish reasons why nothing was changed
   */
  @Transactional
  public Result correct(Meeting meeting, Request request, String correctedBy) {
    List<String> errors = new ArrayList<>();
    Optional<ReleasedDocument> published =
        documents.latest(meeting.id(), DocumentKind.MINUTES, Audience.COMMITTEE);
    if (published.isEmpty()) {
      return Result.rejected(
          "Referatet er ikke offentliggjort endnu. Ret det i opgaven \"Skriv referat\" i"
              + " Tasklist.");
    }
    String note = request.note() == null ? "" : request.note().strip();
    if (note.isEmpty()) {
      errors.add("Skriv hvad der er rettet og hvorfor (notat til rettelsen).");
    } else if (note.length() > NOTE_MAX) {
      errors.add("Notatet må højst være " + NOTE_MAX + " tegn.");
    }
    List<ItemCorrection> corrections = request.items() == null ? List.of() : request.items();
    if (corrections.isEmpty()) {
      errors.add("Angiv mindst ét punkt, der skal rettes.");
    }
    Map<Long, AgendaItem> agenda =
        items.onAgenda(meeting.id()).stream()
            .collect(Collectors.toMap(AgendaItem::id, Function.identity()));
    Set<Long> seen = new HashSet<>();
    for (ItemCorrection c : corrections) {
      if (c == null || c.itemId() == null) {
        errors.add("Hvert punkt skal have et punkt-id (itemId).");
        continue;
      }
      if (!agenda.containsKey(c.itemId())) {
        errors.add("Punkt " + c.itemId() + " er ikke på dette mødes dagsorden.");
        continue;
      }
      if (!seen.add(c.itemId())) {
        errors.add("Punkt " + c.itemId() + " er angivet mere end én gang.");
      }
      if (c.discussion() == null && c.decision() == null) {
        errors.add("Punkt " + c.itemId() + ": angiv den rettede drøftelse eller beslutning.");
      }
      check(c.discussion(), DISCUSSION_MAX, "drøftelse", c.itemId(), errors);
      check(c.decision(), DECISION_MAX, "beslutning", c.itemId(), errors);
    }
    if (!errors.isEmpty()) {
      return new Result(Optional.empty(), errors);
    }
    for (ItemCorrection c : corrections) {
      AgendaItem item = agenda.get(c.itemId());
      items.saveMinutes(
          item.id(),
          c.discussion() == null ? item.minutesDiscussion() : c.discussion().strip(),
          c.decision() == null ? item.minutesDecision() : c.decision().strip(),
          item.draftAgreement());
    }
    ReleasedDocument released =
        documents.release(meeting.id(), DocumentKind.MINUTES, correctedBy, note);
    if (released.version() == published.get().version()) {
      TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
      return Result.rejected("Rettelsen ændrer intet i referatet. Intet er gemt.");
    }
    outbox.record(
        messages.minutesCorrected(meeting, released.version(), note, recipients.readers(meeting)));
    return new Result(Optional.of(released), List.of());
  }

  private static void check(String text, int max, String what, long itemId, List<String> errors) {
    if (text == null) {
      return;
    }
    if (text.isBlank()) {
      errors.add("Punkt " + itemId + ": " + what + " må ikke være tom.");
    } else if (text.strip().length() > max) {
      errors.add("Punkt " + itemId + ": " + what + " må højst være " + max + " tegn.");
    }
  }
}
