package dk.klu.roster.process;

import static dk.klu.roster.process.MemberProcess.*;
import static dk.klu.rules.MeetingSchedule.local;

import dk.klu.forms.FormRule;
import dk.klu.meeting.Meeting;
import dk.klu.meeting.MeetingService;
import dk.klu.notification.MailTexts;
import dk.klu.notification.Message;
import dk.klu.notification.Outbox;
import dk.klu.process.Iso;
import dk.klu.process.contract.Actors;
import dk.klu.roster.RosterEntry;
import dk.klu.roster.RosterService;
import dk.klu.roster.RosterService.NewTerm;
import dk.klu.rules.DanishHolidays;
import dk.klu.rules.KluClock;
import dk.klu.rules.MeetingSchedule;
import dk.klu.security.KluGroups;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The steps of {@code klu-member}: the term is entered on the roster (Camunda's groups follow), the
 * secretariat introduces the new member before their first meeting, reminded three days before the
 * introduction is due, and the introduction is recorded with the term.
 */
@Configuration(proxyBeanMethods = false)
public record MemberDelegates(
    RosterService roster, MeetingService meetings, Outbox outbox, MailTexts texts, KluClock clock) {

  /** Days before the introduction's due date that the secretariat is reminded. */
  static final int REMINDER_DAYS_BEFORE = 3;

  /** Without a planned meeting, the introduction is due this many days after the term begins. */
  static final int DAYS_WITHOUT_MEETING = 14;

  /** The new term as the start form (or the API) gives it. */
  public static NewTerm term(Map<String, ?> values) {
    return new NewTerm(
        USER_ID.from(values).getOrNull(),
        NAME.from(values).getOrNull(),
        ROLE.from(values).getOrNull(),
        APPOINTED_BY.from(values).getOrNull(),
        ORGANISATION.from(values).getOrNull(),
        EMAIL.from(values).getOrNull(),
        Boolean.TRUE.equals(CONTACT_PERSON.from(values).getOrNull()),
        TERM_FROM.from(values).getOrNull(),
        TERM_TO.from(values).getOrNull());
  }

  @Bean
  FormRule memberStartRule() {
    return FormRule.rule("klu-member-start", s -> roster.check(term(s.values())));
  }

  @Bean
  JavaDelegate addToRosterDelegate() {
    return execution -> {
      NewTerm term = term(execution.getVariables());
      RosterEntry entry = roster.add(term, INITIATOR.from(execution).getOrNull());
      TERM_ID.set(execution, entry.id());
      ROLE_TEXT.set(execution, entry.role().danish());
      TERM_FROM_TEXT.set(execution, Meeting.danishDate(entry.termFrom()));
      execution.setProcessBusinessKey("Medlem: " + entry.name());
      OffsetDateTime now = clock.now();
      Optional<Meeting> first = firstMeeting(entry, now);
      FIRST_MEETING_TEXT.set(
          execution, first.map(Meeting::label).orElse("intet møde er planlagt endnu"));
      ZonedDateTime due = introductionDue(entry, first, now);
      ZonedDateTime reminder =
          DanishHolidays.workingDayOnOrBefore(due.toLocalDate().minusDays(REMINDER_DAYS_BEFORE))
              .atTime(MeetingSchedule.SEND_TIME)
              .atZone(MeetingSchedule.KLU_ZONE);
      if (!reminder.toOffsetDateTime().isAfter(now)) {
        reminder = due;
      }
      INTRODUCTION_DUE.set(execution, Iso.format(due));
      INTRODUCTION_REMINDER.set(execution, Iso.format(reminder));
    };
  }

  /**
   * The first meeting the new member takes part in: the first not yet held on or after the term.
   */
  private Optional<Meeting> firstMeeting(RosterEntry entry, OffsetDateTime now) {
    return meetings.all().stream()
        .filter(m -> m.startsAt().isAfter(now))
        .filter(m -> !local(m.startsAt()).toLocalDate().isBefore(entry.termFrom()))
        .filter(m -> entry.servesOn(local(m.startsAt()).toLocalDate()))
        .min(Comparator.comparing(Meeting::startsAt));
  }

  /**
   * When the new member should have been introduced: before the agenda of their first meeting goes
   * out, so they can read it as a member; if that is too close, the working day before the meeting;
   * without a planned meeting, two weeks after the term begins. Never in the past.
   */
  static ZonedDateTime introductionDue(
      RosterEntry entry, Optional<Meeting> first, OffsetDateTime now) {
    ZonedDateTime tomorrow =
        DanishHolidays.workingDayAfter(local(now).toLocalDate())
            .atTime(MeetingSchedule.DUE_TIME)
            .atZone(MeetingSchedule.KLU_ZONE);
    ZonedDateTime due;
    if (first.isPresent()) {
      due = local(first.get().agendaSendAt());
      if (!due.isAfter(tomorrow)) {
        due =
            DanishHolidays.workingDayOnOrBefore(
                    local(first.get().startsAt()).toLocalDate().minusDays(1))
                .atTime(MeetingSchedule.DUE_TIME)
                .atZone(MeetingSchedule.KLU_ZONE);
      }
    } else {
      LocalDate from =
          entry.termFrom().isAfter(local(now).toLocalDate())
              ? entry.termFrom()
              : local(now).toLocalDate();
      due =
          DanishHolidays.workingDayOnOrBefore(from.plusDays(DAYS_WITHOUT_MEETING))
              .atTime(MeetingSchedule.DUE_TIME)
              .atZone(MeetingSchedule.KLU_ZONE);
    }
    return due.isBefore(tomorrow) ? tomorrow : due;
  }

  @Bean
  JavaDelegate remindIntroductionDelegate() {
    return execution -> {
      long termId = TERM_ID.from(execution).get();
      outbox.record(
          texts.message(
              "MEMBER_INTRODUCTION_REMINDER",
              "member-introduction-reminder:" + termId,
              List.of(Message.group(KluGroups.SECRETARIAT)),
              null,
              null,
              Map.of(
                  "name", NAME.from(execution).get(),
                  "role", ROLE_TEXT.from(execution).get(),
                  "from", TERM_FROM_TEXT.from(execution).get(),
                  "firstMeeting", FIRST_MEETING_TEXT.from(execution).get())));
    };
  }

  @Bean
  JavaDelegate recordIntroductionDelegate() {
    return execution ->
        roster.recordIntroduction(
            TERM_ID.from(execution).get(),
            new RosterService.Introduction(
                Boolean.TRUE.equals(MATERIAL_SENT.from(execution).getOrNull()),
                Boolean.TRUE.equals(YEAR_PLAN_SENT.from(execution).getOrNull()),
                Boolean.TRUE.equals(MINUTES_SENT.from(execution).getOrNull()),
                CONTACT.from(execution).get(),
                NOTE.from(execution).getOrNull()),
            Actors.current(execution));
  }
}
