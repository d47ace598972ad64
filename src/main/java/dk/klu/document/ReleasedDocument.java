package dk.klu.document;

import java.time.OffsetDateTime;

/** A released version of an agenda or minutes; never changed after it was stored. */
public record ReleasedDocument(
    long id,
    long meetingId,
    DocumentKind kind,
    Audience audience,
    int version,
    String title,
    String sha256,
    String note,
    String releasedBy,
    OffsetDateTime releasedAt) {

  /** This version with the id the table gave it when it was stored. */
  ReleasedDocument withId(long id) {
    return new ReleasedDocument(
        id, meetingId, kind, audience, version, title, sha256, note, releasedBy, releasedAt);
  }

  /** The PDF's file name, e.g. {@code klu-referat-2027-03-04-v2.pdf}. */
  public String fileName(java.time.LocalDate meetingDate) {
    return "klu-" + kind.slug() + "-" + meetingDate + (version > 1 ? "-v" + version : "") + ".pdf";
  }
}
