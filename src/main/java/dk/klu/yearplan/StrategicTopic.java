package dk.klu.yearplan;

import dk.klu.agenda.Topic;

/**
 * A strategic topic the committee agreed at the previous year's last meeting, assigned to one of
 * this year's meetings.
 *
 * @param number the topic's row in the plan (1, 2, ...)
 * @param title what the topic is
 * @param topic the national guidance's topic it belongs to ({@link Topic#ANDET} if none)
 * @param description optional background
 * @param meetingNumber the meeting it is assigned to (1 = the year's first), 0 when not chosen
 */
public record StrategicTopic(
    int number, String title, Topic topic, String description, int meetingNumber) {}
