package dk.klu.evaluation;

import java.time.OffsetDateTime;

/** A year's evaluation: the figures taken when it was generated and the secretariat's texts. */
public record Evaluation(
    long id,
    int year,
    EvaluationStatus status,
    EvaluationReport report,
    String assessment,
    String recommendations,
    int reviewRound,
    String returnNote,
    String completedBy,
    OffsetDateTime completedAt,
    OffsetDateTime approvedAt,
    String recipientAddress,
    OffsetDateTime sentAt,
    OffsetDateTime archivedAt,
    String processInstanceId,
    String createdBy,
    OffsetDateTime createdAt) {}
