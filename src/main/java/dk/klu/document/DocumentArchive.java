package dk.klu.document;

import dk.klu.meeting.Meeting;
import dk.klu.rules.KluClock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The released agendas and minutes. Releasing renders the document for the committee and for the
 * public and stores each as a new version when its content changed; a stored version is never
 * updated, so what went out can always be shown again exactly as it was.
 */
@Component
public class DocumentArchive {

  private final JdbcClient jdbc;
  private final DocumentContent content;
  private final DocumentRenderer renderer;
  private final KluClock clock;

  public DocumentArchive(
      JdbcClient jdbc, DocumentContent content, DocumentRenderer renderer, KluClock clock) {
    this.jdbc = jdbc;
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
    for (Audience audience : Audience.values()) {
      ReleasedDocument released = releaseFor(meetingId, kind, audience, releasedBy, note);
      if (audience == Audience.COMMITTEE) {
        committee = released;
      }
    }
    return committee;
  }

  private ReleasedDocument releaseFor(
      long meetingId, DocumentKind kind, Audience audience, String releasedBy, String note) {
    DocumentContent.View view = content.of(meetingId, kind, audience);
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
    jdbc.sql(
            "INSERT INTO klu_document (meeting_id, kind, audience, version, title, html, pdf,"
                + " sha256, note, released_by, released_at) VALUES (:meeting, :kind,"
                + " :audience, :version, :title, :html, :pdf, :sha, :note, :by, :now)")
        .param("meeting", meetingId)
        .param("kind", kind.name())
        .param("audience", audience.name())
        .param("version", version)
        .param("title", view.title())
        .param("html", web)
        .param("pdf", pdf)
        .param("sha", sha)
        .param("note", note)
        .param("by", releasedBy)
        .param("now", now)
        .update();
    return latest(meetingId, kind, audience).orElseThrow();
  }

  public Optional<ReleasedDocument> latest(long meetingId, DocumentKind kind, Audience audience) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM klu_document WHERE meeting_id = :meeting AND kind = :kind"
                + " AND audience = :audience ORDER BY version DESC LIMIT 1")
        .param("meeting", meetingId)
        .param("kind", kind.name())
        .param("audience", audience.name())
        .query(DocumentArchive::map)
        .optional();
  }

  /** Every version, oldest first. */
  public List<ReleasedDocument> versions(long meetingId, DocumentKind kind, Audience audience) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM klu_document WHERE meeting_id = :meeting AND kind = :kind"
                + " AND audience = :audience ORDER BY version")
        .param("meeting", meetingId)
        .param("kind", kind.name())
        .param("audience", audience.name())
        .query(DocumentArchive::map)
        .list();
  }

  /** The public documents of all meetings, newest release first. */
  public List<ReleasedDocument> publicDocuments() {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM klu_document WHERE audience = 'PUBLIC'"
                + " ORDER BY released_at DESC, id DESC")
        .query(DocumentArchive::map)
        .list();
  }

  public Optional<ReleasedDocument> get(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM klu_document WHERE id = :id")
        .param("id", id)
        .query(DocumentArchive::map)
        .optional();
  }

  public String html(long id) {
    return jdbc.sql("SELECT html FROM klu_document WHERE id = :id")
        .param("id", id)
        .query(String.class)
        .single();
  }

  public byte[] pdf(long id) {
    return jdbc.sql("SELECT pdf FROM klu_document WHERE id = :id")
        .param("id", id)
        .query((rs, row) -> rs.getBytes(1))
        .single();
  }

  private static final String COLUMNS =
      "id, meeting_id, kind, audience, version, title, sha256, note, released_by, released_at";

  private static ReleasedDocument map(ResultSet rs, int row) throws SQLException {
    return new ReleasedDocument(
        rs.getLong("id"),
        rs.getLong("meeting_id"),
        DocumentKind.valueOf(rs.getString("kind")),
        Audience.valueOf(rs.getString("audience")),
        rs.getInt("version"),
        rs.getString("title"),
        rs.getString("sha256"),
        rs.getString("note"),
        rs.getString("released_by"),
        rs.getObject("released_at", OffsetDateTime.class));
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
