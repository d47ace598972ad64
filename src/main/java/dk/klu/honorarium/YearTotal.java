package dk.klu.honorarium;

import java.math.BigDecimal;

/** What one GP was paid in a year, from the approved fee lists of the year's meetings. */
public record YearTotal(
    String name, String userId, int meetings, BigDecimal hours, BigDecimal amount) {}
