package dk.klu.document;

import dk.klu.document.EvaluationDocuments.Released;
import dk.klu.persistence.Table;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Released documents: a meeting's agendas and minutes in klu_document, a year's evaluation in
 * klu_evaluation_document. A row is written once and never changed.
 */
@Repository
public class DocumentRepository {

  private static final String COLUMNS =
      "id, meeting_id, kind, audience, version, title, sha256, note, released_by, released_at";

  private static final String EVALUATION_COLUMNS =
      "id, evaluation_year, version, title, sha256, released_by, released_at";

  private final JdbcClient jdbc;
  private final Table<ReleasedDocument> meetingDocuments;
  private final Table<Released> evaluationDocuments;

  public DocumentRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.meetingDocuments = new Table<>(jdbc, "klu_document", null);
    this.evaluationDocuments = new Table<>(jdbc, "klu_evaluation_document", null);
  }

  /** Stores a version of a meeting's document (its id is the table's to give); that id. */
  long insert(ReleasedDocument d, String html, byte[] pdf) {
    return meetingDocuments
        .insert()
        .set("meeting_id", d.meetingId())
        .set("kind", d.kind())
        .set("audience", d.audience())
        .set("version", d.version())
        .set("title", d.title())
        .set("html", html)
        .set("pdf", pdf)
        .set("sha256", d.sha256())
        .set("note", d.note())
        .set("released_by", d.releasedBy())
        .set("released_at", d.releasedAt())
        .id();
  }

  public Optional<ReleasedDocument> latest(long meetingId, DocumentKind kind, Audience audience) {
    return versions(meetingId, kind, audience, "DESC LIMIT 1").stream().findFirst();
  }

  /** Every version, oldest first. */
  public List<ReleasedDocument> versions(long meetingId, DocumentKind kind, Audience audience) {
    return versions(meetingId, kind, audience, "");
  }

  private List<ReleasedDocument> versions(
      long meetingId, DocumentKind kind, Audience audience, String order) {
    return select(
        "meeting_id = :meeting AND kind = :kind AND audience = :audience ORDER BY version " + order,
        Map.of("meeting", meetingId, "kind", kind.name(), "audience", audience.name()));
  }

  /** The public documents of all meetings, newest release first. */
  public List<ReleasedDocument> publicDocuments() {
    return select("audience = 'PUBLIC' ORDER BY released_at DESC, id DESC", Map.of());
  }

  public Optional<ReleasedDocument> get(long id) {
    return select("id = :id", Map.of("id", id)).stream().findFirst();
  }

  private List<ReleasedDocument> select(String where, Map<String, ?> params) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM klu_document WHERE " + where)
        .params(params)
        .query(Table.rowsOf(ReleasedDocument.class))
        .list();
  }

  public String html(long id) {
    return column("klu_document", "html", id, String.class);
  }

  public byte[] pdf(long id) {
    return column("klu_document", "pdf", id, byte[].class);
  }

  /** Stores a version of a year's evaluation (its id is the table's to give). */
  void insert(Released d, String html, byte[] pdf) {
    evaluationDocuments
        .insert()
        .set("evaluation_year", d.year())
        .set("version", d.version())
        .set("title", d.title())
        .set("html", html)
        .set("pdf", pdf)
        .set("sha256", d.sha256())
        .set("released_by", d.releasedBy())
        .set("released_at", d.releasedAt())
        .run();
  }

  public Optional<Released> latestEvaluation(int year) {
    return evaluation("evaluation_year = :key ORDER BY version DESC LIMIT 1", year);
  }

  public Optional<Released> evaluation(long id) {
    return evaluation("id = :key", id);
  }

  private Optional<Released> evaluation(String where, Object key) {
    return jdbc.sql("SELECT " + EVALUATION_COLUMNS + " FROM klu_evaluation_document WHERE " + where)
        .param("key", key)
        .query(Table.rowsOf(Released.class, "year", "evaluation_year"))
        .optional();
  }

  public String evaluationHtml(long id) {
    return column("klu_evaluation_document", "html", id, String.class);
  }

  public byte[] evaluationPdf(long id) {
    return column("klu_evaluation_document", "pdf", id, byte[].class);
  }

  /** One column of the row {@code id} of the table: the stored HTML or PDF of a version. */
  private <T> T column(String table, String column, long id, Class<T> type) {
    return jdbc.sql("SELECT " + column + " FROM " + table + " WHERE id = :id")
        .param("id", id)
        .query(type)
        .single();
  }
}
