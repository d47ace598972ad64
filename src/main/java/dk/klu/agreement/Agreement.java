package dk.klu.agreement;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A local agreement the committee drafted, and where it is on its way to formalisation. */
public record Agreement(
    long id,
    String title,
    String draftText,
    Origin origin,
    Long originMeetingId,
    Long originItemId,
    boolean bindingObligations,
    boolean newUnpaidTask,
    boolean specialFee,
    Route route,
    Payer payer,
    boolean settlementAgreementRequired,
    String recipientAddress,
    int sendingRound,
    OffsetDateTime sentAt,
    String sentSubject,
    String sentText,
    int reminders,
    OffsetDateTime escalatedAt,
    Answer answer,
    OffsetDateTime answeredAt,
    String changesRequested,
    LocalDate effectiveDate,
    String rejectionReason,
    Long reportItemId,
    Long revisionItemId,
    OffsetDateTime gpsInformedAt,
    GpChannel gpsInformChannel,
    String withdrawalReason,
    ImplementationStatus implementationStatus,
    String implementationNote,
    LocalDate implementationAsOf,
    AgreementStatus status,
    String processInstanceId,
    String createdBy,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {}
