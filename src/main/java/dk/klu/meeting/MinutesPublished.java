package dk.klu.meeting;

/**
 * The minutes of a meeting were published (a Spring application event, published in the step's
 * transaction). Capabilities that act on the minutes, such as the agreements the committee drafted,
 * listen for it, so the meeting cycle need not know them.
 */
public record MinutesPublished(long meetingId) {}
