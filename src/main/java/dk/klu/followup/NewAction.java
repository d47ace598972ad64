package dk.klu.followup;

import java.time.LocalDate;

/** An action as the minutes state it. */
public record NewAction(long itemId, String description, String owner, LocalDate dueDate) {}
