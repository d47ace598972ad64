package dk.klu.publication;

import dk.klu.agenda.AgendaItem;
import dk.klu.agenda.AgendaItemService;
import dk.klu.agenda.ItemKind;
import dk.klu.document.Audience;
import dk.klu.document.DocumentKind;
import dk.klu.document.DocumentRepository;
import dk.klu.document.ReleasedDocument;
import dk.klu.meeting.Meeting;
import dk.klu.meeting.MeetingService;
import dk.klu.rules.MeetingSchedule;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * What the public may see: every meeting's date and place, and only the released public versions of
 * its agenda and minutes (confidential items appear as "Lukket punkt"). Never drafts.
 */
@Component
public record PublicArchive(
    MeetingService meetings, DocumentRepository documents, AgendaItemService items) {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d. MMMM yyyy 'kl.' HH.mm", Locale.forLanguageTag("da"));

  /** A released document as linked from the public pages. */
  public record PublicDocument(
      long id,
      DocumentKind kind,
      int version,
      String title,
      String releasedAt,
      String note,
      String htmlPath,
      String pdfPath,
      ReleasedDocument released) {}

  /** A meeting as the public sees it. */
  public record PublicMeeting(
      Meeting meeting,
      int year,
      String when,
      String path,
      Optional<PublicDocument> agenda,
      Optional<PublicDocument> minutes,
      List<PublicDocument> earlierVersions) {}

  /** A public agenda item (for open data): closed ones carry no text. */
  public record PublicItem(String number, String name, boolean open, String kind, String result) {}

  /** All meetings, newest first, grouped by year (newest year first). */
  public Map<Integer, List<PublicMeeting>> byYear() {
    return all().stream()
        .collect(
            Collectors.groupingBy(PublicMeeting::year, LinkedHashMap::new, Collectors.toList()));
  }

  public List<PublicMeeting> all() {
    return meetings.all().stream()
        .sorted(Comparator.comparing(Meeting::startsAt).reversed())
        .map(this::view)
        .toList();
  }

  public Optional<PublicMeeting> meeting(long id) {
    return meetings.all().stream().filter(m -> m.id() == id).findFirst().map(this::view);
  }

  /** The released public document of a kind; a given version or the latest. */
  public Optional<ReleasedDocument> document(long meetingId, DocumentKind kind, Integer version) {
    if (version == null) {
      return documents.latest(meetingId, kind, Audience.PUBLIC);
    }
    return documents.versions(meetingId, kind, Audience.PUBLIC).stream()
        .filter(d -> d.version() == version)
        .findFirst();
  }

  public String html(ReleasedDocument document) {
    return documents.html(document.id());
  }

  public byte[] pdf(ReleasedDocument document) {
    return documents.pdf(document.id());
  }

  /** Newly released public minutes, newest first (for the Atom feed). */
  public List<PublicDocument> releasedMinutes() {
    return documents.publicDocuments().stream()
        .filter(d -> d.kind() == DocumentKind.MINUTES)
        .map(this::document)
        .toList();
  }

  /**
   * The agenda's items once the agenda is public, with the decision once the minutes are; closed
   * items keep their number and nothing else.
   */
  public List<PublicItem> items(PublicMeeting m) {
    if (m.agenda().isEmpty()) {
      return List.of();
    }
    boolean withResults = m.minutes().isPresent();
    List<PublicItem> result = new ArrayList<>();
    int decision = 0;
    int information = 0;
    for (AgendaItem item : items.onAgenda(m.meeting().id())) {
      boolean isDecision = item.effectiveKind() == ItemKind.DECISION;
      String number = isDecision ? "2." + ++decision : "3." + ++information;
      if (item.confidential()) {
        result.add(new PublicItem(number, "Lukket punkt", false, null, null));
      } else {
        result.add(
            new PublicItem(
                number,
                item.title(),
                true,
                item.effectiveKind().danish(),
                withResults ? item.minutesDecision() : null));
      }
    }
    return result;
  }

  private PublicMeeting view(Meeting m) {
    var start = m.startsAt().atZoneSameInstant(MeetingSchedule.KLU_ZONE);
    List<PublicDocument> earlier = new ArrayList<>();
    for (DocumentKind kind : DocumentKind.values()) {
      List<ReleasedDocument> versions = documents.versions(m.id(), kind, Audience.PUBLIC);
      for (int i = 0; i < versions.size() - 1; i++) {
        earlier.add(document(versions.get(i)));
      }
    }
    return new PublicMeeting(
        m,
        start.getYear(),
        StringUtils.capitalize(when(m)),
        "/public/meetings/" + m.id(),
        documents.latest(m.id(), DocumentKind.AGENDA, Audience.PUBLIC).map(this::document),
        documents.latest(m.id(), DocumentKind.MINUTES, Audience.PUBLIC).map(this::document),
        earlier);
  }

  /** A released public document as the public pages link it. */
  public PublicDocument document(ReleasedDocument d) {
    String base = "/public/meetings/" + d.meetingId() + "/" + d.kind().slug();
    String query = "?version=" + d.version();
    return new PublicDocument(
        d.id(),
        d.kind(),
        d.version(),
        d.title(),
        Meeting.danish(d.releasedAt()),
        d.note(),
        base + query,
        base + ".pdf" + query,
        d);
  }

  /**
   * When a meeting starts, in Danish in the committee's zone: "torsdag 11. februar 2027 kl. 14.00".
   */
  public static String when(Meeting m) {
    return DAY.format(m.startsAt().atZoneSameInstant(MeetingSchedule.KLU_ZONE));
  }

  /** The date a meeting is held, in the committee's zone. */
  public static LocalDate date(Meeting m) {
    return m.startsAt().atZoneSameInstant(MeetingSchedule.KLU_ZONE).toLocalDate();
  }
}
