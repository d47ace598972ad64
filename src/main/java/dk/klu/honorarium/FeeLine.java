package dk.klu.honorarium;

import java.math.BigDecimal;

/** One person on a meeting's fee list, with the decision and the amount. */
public record FeeLine(
    int lineNo,
    String name,
    String userId,
    String roleText,
    Participation participation,
    String replacesName,
    Integer seatNumber,
    boolean paid,
    String reason,
    BigDecimal hours,
    BigDecimal amount) {}
