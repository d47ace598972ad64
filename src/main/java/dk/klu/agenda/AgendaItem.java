package dk.klu.agenda;

import java.time.OffsetDateTime;

/** An agenda item: what was submitted, how it was triaged, where it is on the agenda. */
public record AgendaItem(
    long id,
    Long meetingId,
    ItemSource source,
    String title,
    Topic topic,
    String description,
    String discussionPoints,
    String approach,
    String justification,
    ItemKind requestedKind,
    int expectedMinutes,
    String submittedBy,
    OffsetDateTime submittedAt,
    ItemStatus status,
    boolean late,
    String triageNote,
    String informationRequest,
    String informationAnswer,
    boolean included,
    Integer agendaPosition,
    ItemKind agendaKind,
    Integer agendaMinutes,
    String casePresentation,
    String minutesDiscussion,
    String minutesDecision,
    boolean draftAgreement,
    Long carriedActionId,
    String processInstanceId,
    boolean confidential,
    boolean casePresentationPublic) {

  /** The kind it has on the agenda, or the requested one before the chairs decided. */
  public ItemKind effectiveKind() {
    return agendaKind != null ? agendaKind : requestedKind;
  }
}
