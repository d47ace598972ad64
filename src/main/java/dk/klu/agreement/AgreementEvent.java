package dk.klu.agreement;

import java.time.OffsetDateTime;

/** One thing that happened to an agreement, with the status it left the agreement in. */
public record AgreementEvent(
    long agreementId,
    OffsetDateTime at,
    String kind,
    AgreementStatus status,
    String note,
    String byUser) {

  /** Kinds of events. */
  public static final String CREATED = "CREATED";

  public static final String DRAFT_SAVED = "DRAFT_SAVED";
  public static final String WITHDRAWN = "WITHDRAWN";
  public static final String ROUTE_DECIDED = "ROUTE_DECIDED";
  public static final String SETTLEMENT_AGREEMENT_CONCLUDED = "SETTLEMENT_AGREEMENT_CONCLUDED";
  public static final String SETTLEMENT_AGREEMENT_NOT_POSSIBLE =
      "SETTLEMENT_AGREEMENT_NOT_POSSIBLE";
  public static final String REVISION_TO_COMMITTEE = "REVISION_TO_COMMITTEE";
  public static final String REVISION_DECIDED = "REVISION_DECIDED";
  public static final String SENT = "SENT";
  public static final String REMINDED = "REMINDED";
  public static final String ESCALATED = "ESCALATED";
  public static final String ANSWERED = "ANSWERED";
  public static final String REPORTED_TO_COMMITTEE = "REPORTED_TO_COMMITTEE";
  public static final String GPS_INFORMED = "GPS_INFORMED";
  public static final String IMPLEMENTATION_FOLLOWED_UP = "IMPLEMENTATION_FOLLOWED_UP";
}
