package dk.klu.meeting;

/**
 * The attendance of a meeting was registered (a Spring application event, published in the step's
 * transaction, see docs/adr/0005). The GPs' fees ({@code klu-honorarium}) follow it, so the meeting
 * cycle need not know them. Published again when the attendance is registered again.
 */
public record AttendanceRegistered(long meetingId) {}
