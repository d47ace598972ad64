package dk.klu.agreement;

import dk.klu.persistence.ColumnValue;
import dk.klu.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Agreements in klu_agreement, their events, and the settlement agreement with the region. */
@Repository
public class AgreementRepository {

  private final JdbcClient jdbc;
  private final Table<Agreement> agreements;
  private final Table<AgreementEvent> events;

  public AgreementRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.agreements = Table.of(jdbc, "klu_agreement", Agreement.class);
    this.events = Table.of(jdbc, "klu_agreement_event", AgreementEvent.class, "at", "happened_at");
  }

  public long insert(
      String title,
      String draftText,
      Origin origin,
      Long meetingId,
      Long itemId,
      String createdBy,
      String processInstanceId,
      OffsetDateTime now) {
    return agreements
        .insert()
        .set("title", title)
        .set("draft_text", draftText)
        .set("origin", origin)
        .set("origin_meeting_id", meetingId)
        .set("origin_item_id", itemId)
        .set("status", AgreementStatus.DRAFTING)
        .set("process_instance_id", processInstanceId)
        .set("created_by", createdBy)
        .set("created_at", now)
        .set("updated_at", now)
        .id();
  }

  public Optional<Agreement> find(long id) {
    return agreements.one("WHERE id = :id", "id", id);
  }

  public Optional<Agreement> fromItem(long itemId) {
    return agreements.one("WHERE origin_item_id = :item", "item", itemId);
  }

  /** The agreement whose revised draft the item puts before the committee. */
  public Optional<Agreement> fromRevisionItem(long itemId) {
    return agreements.one("WHERE revision_item_id = :item", "item", itemId);
  }

  /** Of these items, those that put an agreement's revised draft before the committee. */
  public Set<Long> revisionItemsAmong(List<Long> itemIds) {
    return itemIds.isEmpty()
        ? Set.of()
        : Set.copyOf(
            jdbc.sql(
                    "SELECT revision_item_id FROM klu_agreement WHERE revision_item_id IN (:items)")
                .param("items", itemIds)
                .query(Long.class)
                .list());
  }

  /** Every agreement, newest first. */
  public List<Agreement> all() {
    return agreements.list("ORDER BY created_at DESC, id DESC");
  }

  /** The columns the services change on an agreement. */
  public enum Column {
    TITLE,
    DRAFT_TEXT,
    BINDING_OBLIGATIONS,
    NEW_UNPAID_TASK,
    SPECIAL_FEE,
    STATUS,
    WITHDRAWAL_REASON,
    ROUTE,
    PAYER,
    SETTLEMENT_AGREEMENT_REQUIRED,
    ESCALATED_AT,
    ANSWER,
    ANSWERED_AT,
    EFFECTIVE_DATE,
    CHANGES_REQUESTED,
    REJECTION_REASON,
    IMPLEMENTATION_STATUS,
    IMPLEMENTATION_NOTE,
    IMPLEMENTATION_AS_OF,
    REVISION_ITEM_ID,
    REPORT_ITEM_ID,
    GPS_INFORMED_AT,
    GPS_INFORM_CHANNEL
  }

  public void update(long id, OffsetDateTime now, List<ColumnValue<Column>> values) {
    agreements.update("id = :id", "id", id).set("updated_at", now).set(values).run();
  }

  /** The draft went out (again): a new sending round, awaiting its answer from scratch. */
  public void markSent(long id, String address, String subject, String text, OffsetDateTime now) {
    jdbc.sql(
            "UPDATE klu_agreement SET status = 'SENT', recipient_address = :address, sending_round"
                + " = sending_round + 1, sent_at = :now, sent_subject = :subject, sent_text ="
                + " :text, reminders = 0, escalated_at = NULL, answer = NULL, answered_at = NULL,"
                + " updated_at = :now WHERE id = :id")
        .param("id", id)
        .param("address", address)
        .param("subject", subject)
        .param("text", text)
        .param("now", now)
        .update();
  }

  public void countReminder(long id, OffsetDateTime now) {
    jdbc.sql("UPDATE klu_agreement SET reminders = reminders + 1, updated_at = :now WHERE id = :id")
        .param("id", id)
        .param("now", now)
        .update();
  }

  public void addEvent(AgreementEvent event) {
    events
        .insert()
        .set("agreement_id", event.agreementId())
        .set("happened_at", event.at())
        .set("kind", event.kind())
        .set("status", event.status())
        .set("note", event.note())
        .set("by_user", event.byUser())
        .run();
  }

  public List<AgreementEvent> events(long agreementId) {
    return events.list("WHERE agreement_id = :agreement ORDER BY id", "agreement", agreementId);
  }

  public boolean settlementAgreementRecorded() {
    return jdbc.sql("SELECT COUNT(*) FROM klu_settlement_agreement").query(Long.class).single() > 0;
  }

  public void insertSettlementAgreement(
      LocalDate concludedOn,
      String reference,
      String note,
      long agreementId,
      String recordedBy,
      OffsetDateTime now) {
    new Table<>(jdbc, "klu_settlement_agreement", null)
        .insert()
        .set("concluded_on", concludedOn)
        .set("reference", reference)
        .set("note", note)
        .set("agreement_id", agreementId)
        .set("recorded_by", recordedBy)
        .set("created_at", now)
        .run();
  }
}
