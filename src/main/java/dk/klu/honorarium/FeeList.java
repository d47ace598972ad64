package dk.klu.honorarium;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** A meeting's fee list: its lines and where it is. */
public record FeeList(
    long id,
    long meetingId,
    FeeListStatus status,
    int computations,
    int paidSeats,
    FeeProperties.TimeBasis timeBasis,
    BigDecimal hours,
    BigDecimal rate,
    BigDecimal totalAmount,
    String correctionReason,
    int reminders,
    OffsetDateTime computedAt,
    String approvedBy,
    OffsetDateTime approvedAt,
    String processInstanceId,
    List<FeeLine> lines) {

  public boolean approved() {
    return status == FeeListStatus.APPROVED;
  }

  /** The lines that are paid. */
  public List<FeeLine> paidLines() {
    return lines.stream().filter(FeeLine::paid).toList();
  }
}
