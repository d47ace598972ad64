package dk.klu.document;

import dk.klu.meeting.Meeting;
import dk.klu.rules.KluClock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The released agendas and minutes. Releasing renders the document for the committee and for the
 * public and stores each as a new version when its content changed; a stored version is never
 * updated, so what went out can always be shown again exactly as it was.
 */
@Component
public class DocumentArchive {

  private final DocumentRepository documents;
  private final DocumentContent content;
  private final DocumentRenderer renderer;
  private final KluClock clock;

  public DocumentArchive(
      DocumentRepository documents,
      DocumentContent content,
      DocumentRenderer renderer,
      KluClock clock) {
    this.documents = documents;
    this.content = content;
    this.renderer = renderer;
    this.clock = clock;
  }

  /** A draft rendering, for the secretariat and the chairs to look at before it goes out. */
  public String previewHtml(long meetingId, DocumentKind kind) {
    return renderer.html(
        content.of(meetingId, kind, Audience.COMMITTEE), false, "Udkast – ikke udsendt", null);
  }

  public byte[] previewPdf(long meetingId, DocumentKind kind) {
    return renderer.pdf(previewHtml(meetingId, kind));
  }

  /**
   * Releases the document for both audiences. Content equal to the latest version releases nothing
   * new (a retried step or a second click changes nothing); changed content becomes the next
   * version with the note saying why.
   *
   * @return the latest released version for the committee
   */
  @Transactional
  public ReleasedDocument release(
      long meetingId, DocumentKind kind, String releasedBy, String note) {
    ReleasedDocument committee = null;
    Function<Audience, DocumentContent.View> views = content.of(meetingId, kind);
    for (Audience audience : Audience.values()) {
      ReleasedDocument released =
          releaseFor(views.apply(audience), meetingId, kind, audience, releasedBy, note);
      if (audience == Audience.COMMITTEE) {
        committee = released;
      }
    }
    return committee;
  }

  private ReleasedDocument releaseFor(
      DocumentContent.View view,
      long meetingId,
      DocumentKind kind,
      Audience audience,
      String releasedBy,
      String note) {
    String canonical = renderer.html(view, true, "", "");
    String sha = sha256(canonical);
    Optional<ReleasedDocument> latest = latest(meetingId, kind, audience);
    if (latest.isPresent() && latest.get().sha256().equals(sha)) {
      return latest.get();
    }
    int version = latest.map(d -> d.version() + 1).orElse(1);
    OffsetDateTime now = clock.now();
    String status =
        version > 1
            ? "Rettet " + Meeting.danish(now) + " – version " + version
            : (kind == DocumentKind.AGENDA ? "Udsendt " : "Godkendt og offentliggjort ")
                + Meeting.danish(now);
    String cleanNote = note == null ? "" : note;
    String web = renderer.html(view, true, status, cleanNote);
    byte[] pdf = renderer.pdf(renderer.html(view, false, status, cleanNote));
    ReleasedDocument released =
        new ReleasedDocument(
            0, meetingId, kind, audience, version, view.title(), sha, note, releasedBy, now);
    return released.withId(documents.insert(released, web, pdf));
  }

  public Optional<ReleasedDocument> latest(long meetingId, DocumentKind kind, Audience audience) {
    return documents.latest(meetingId, kind, audience);
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
