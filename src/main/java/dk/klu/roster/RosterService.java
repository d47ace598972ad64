package dk.klu.roster;

import dk.klu.rules.KluClock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee's roster: who sits on it on a given day, in which role. Everything about people
 * (calls, agenda and minutes recipients, attendance, fees) asks it for the meeting's date. Knows
 * nothing of the engine: adding and ending a term publish {@link RosterChanged}, and the identity
 * side keeps Camunda's groups in step.
 */
@Service
public class RosterService {

  /** A new term on the committee, as the secretariat enters it. */
  public record NewTerm(
      String userId,
      String name,
      CommitteeRole role,
      String appointedBy,
      String organisation,
      String email,
      boolean contactPerson,
      LocalDate termFrom,
      LocalDate termTo) {}

  /** How the secretariat introduced a new member (klu-member). */
  public record Introduction(
      boolean materialSent,
      boolean yearPlanSent,
      boolean minutesSent,
      String contact,
      String note) {}

  /** A term began or ended; {@code entry} as it stands after the change. */
  public record RosterChanged(RosterEntry entry, boolean added) {}

  static final Comparator<RosterEntry> ORDER =
      Comparator.comparing(RosterEntry::role)
          .thenComparing(RosterEntry::name, String.CASE_INSENSITIVE_ORDER)
          .thenComparing(RosterEntry::id);

  private final JdbcClient jdbc;
  private final KluClock clock;
  private final ApplicationEventPublisher events;

  public RosterService(JdbcClient jdbc, KluClock clock, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.events = events;
  }

  /** Everyone on the committee on the day, chairs first. */
  public List<RosterEntry> on(LocalDate day) {
    return all().stream().filter(e -> e.servesOn(day)).sorted(ORDER).toList();
  }

  /** Everyone on the committee on the day whose role matches. */
  public List<RosterEntry> on(LocalDate day, Predicate<CommitteeRole> roles) {
    return on(day).stream().filter(e -> roles.test(e.role())).toList();
  }

  /** Every term ever entered: who was a member when. */
  public List<RosterEntry> all() {
    return jdbc.sql(
            "SELECT id, user_id, person_name, committee_role, appointed_by, organisation, email,"
                + " contact_person, term_from, term_to, created_at, ended_at FROM klu_roster ORDER"
                + " BY id")
        .query(
            (rs, row) ->
                new RosterEntry(
                    rs.getLong("id"),
                    rs.getString("user_id"),
                    rs.getString("person_name"),
                    CommitteeRole.valueOf(rs.getString("committee_role")),
                    rs.getString("appointed_by"),
                    rs.getString("organisation"),
                    rs.getString("email"),
                    rs.getBoolean("contact_person"),
                    rs.getObject("term_from", LocalDate.class),
                    rs.getObject("term_to", LocalDate.class),
                    rs.getObject("created_at", java.time.OffsetDateTime.class),
                    rs.getObject("ended_at", java.time.OffsetDateTime.class)))
        .list();
  }

  public Optional<RosterEntry> find(long id) {
    return all().stream().filter(e -> e.id() == id).findFirst();
  }

  /** What is wrong with a new term, in Danish; empty if it may be entered. */
  public List<String> check(NewTerm t) {
    List<String> problems = new ArrayList<>();
    if (blank(t.name())) {
      problems.add("Skriv personens navn.");
    }
    if (t.role() == null) {
      problems.add("Vælg personens rolle i udvalget.");
    }
    if (blank(t.appointedBy())) {
      problems.add("Skriv, hvem der har udpeget personen (f.eks. PLO-Aalborg).");
    }
    if (blank(t.organisation())) {
      problems.add("Skriv personens forvaltning eller organisation.");
    }
    if (t.email() != null
        && !t.email().isBlank()
        && !t.email().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      problems.add("E-mailadressen \"" + t.email().strip() + "\" er ikke gyldig.");
    }
    if (blank(t.email()) && blank(t.userId())) {
      problems.add("Angiv en e-mailadresse eller et brugernavn, så personen kan få indkaldelser.");
    }
    if (t.userId() != null
        && !t.userId().isBlank()
        && !t.userId().strip().matches("[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*")) {
      problems.add(
          "Brugernavnet må kun indeholde bogstaver a-z, tal og bindestreg mellem dem (f.eks."
              + " plo-formand).");
    }
    if (t.termFrom() == null) {
      problems.add("Vælg den dato, personen indtræder.");
    } else if (t.termTo() != null && t.termTo().isBefore(t.termFrom())) {
      problems.add("Perioden skal slutte samme dag eller efter, den begynder.");
    }
    if (t.role() != null && t.termFrom() != null && problems.isEmpty()) {
      for (CommitteeRole single : List.of(CommitteeRole.CHAIR, CommitteeRole.GP_CHAIR)) {
        if (t.role() == single
            && all().stream().anyMatch(e -> e.role() == single && overlaps(e, t))) {
          problems.add(
              "Der er allerede en "
                  + single.danish().toLowerCase(java.util.Locale.ROOT)
                  + " i perioden; afslut den andens periode først.");
        }
      }
      if (!blank(t.userId())
          && all().stream()
              .anyMatch(
                  e ->
                      t.userId().strip().equals(e.userId())
                          && e.role() == t.role()
                          && overlaps(e, t))) {
        problems.add("Personen sidder allerede i udvalget i den rolle i perioden.");
      }
    }
    return problems;
  }

  /** Enters a new term; the Danish problems of {@link #check} as an exception. */
  @Transactional
  public RosterEntry add(NewTerm t, String by) {
    List<String> problems = check(t);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join(" ", problems));
    }
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO klu_roster (user_id, person_name, committee_role, appointed_by,"
                + " organisation, email, contact_person, term_from, term_to, created_by,"
                + " created_at) VALUES (:user, :name, :role, :appointedBy, :organisation,"
                + " :email, :contact, :from, :to, :by, :at)")
        .param("user", blank(t.userId()) ? null : t.userId().strip())
        .param("name", t.name().strip())
        .param("role", t.role().name())
        .param("appointedBy", t.appointedBy().strip())
        .param("organisation", t.organisation().strip())
        .param("email", blank(t.email()) ? null : t.email().strip())
        .param("contact", t.contactPerson())
        .param("from", t.termFrom())
        .param("to", t.termTo())
        .param("by", by)
        .param("at", clock.now())
        .update(keys, "id");
    RosterEntry entry = find(keys.getKey().longValue()).orElseThrow();
    events.publishEvent(new RosterChanged(entry, true));
    return entry;
  }

  /** Ends a term on its last day (kept: who was a member when). */
  @Transactional
  public RosterEntry end(long id, LocalDate lastDay, String by) {
    RosterEntry entry =
        find(id)
            .orElseThrow(
                () -> new IllegalArgumentException("Medlemsperioden " + id + " findes ikke."));
    if (lastDay == null) {
      throw new IllegalArgumentException("Vælg den sidste dag i perioden.");
    }
    if (lastDay.isBefore(entry.termFrom())) {
      throw new IllegalArgumentException(
          "Perioden kan ikke slutte før den begyndte (" + entry.termFrom() + ").");
    }
    if (entry.termTo() != null && entry.termTo().isBefore(lastDay)) {
      throw new IllegalArgumentException("Perioden sluttede allerede " + entry.termTo() + ".");
    }
    jdbc.sql("UPDATE klu_roster SET term_to = :to, ended_by = :by, ended_at = :at WHERE id = :id")
        .param("to", lastDay)
        .param("by", by)
        .param("at", clock.now())
        .param("id", id)
        .update();
    RosterEntry ended = find(id).orElseThrow();
    events.publishEvent(new RosterChanged(ended, false));
    return ended;
  }

  /** Records the introduction of the person of a term. */
  @Transactional
  public void recordIntroduction(long id, Introduction introduction, String by) {
    int updated =
        jdbc.sql(
                "UPDATE klu_roster SET introduced_at = :at, introduced_by = :by,"
                    + " introduction_material_sent = :material, introduction_year_plan_sent ="
                    + " :yearPlan, introduction_minutes_sent = :minutes, introduction_contact ="
                    + " :contact, introduction_note = :note WHERE id = :id")
            .param("at", clock.now())
            .param("by", by)
            .param("material", introduction.materialSent())
            .param("yearPlan", introduction.yearPlanSent())
            .param("minutes", introduction.minutesSent())
            .param("contact", introduction.contact().strip())
            .param("note", blank(introduction.note()) ? null : introduction.note().strip())
            .param("id", id)
            .update();
    if (updated != 1) {
      throw new IllegalStateException("Medlemsperioden " + id + " findes ikke.");
    }
  }

  /** Who introduced the person of a term, and when; empty while they are not introduced. */
  public Optional<String> introducedBy(long id) {
    return jdbc.sql(
            "SELECT introduced_by FROM klu_roster WHERE id = :id AND introduced_at IS NOT NULL")
        .param("id", id)
        .query(String.class)
        .optional();
  }

  private static boolean overlaps(RosterEntry e, NewTerm t) {
    LocalDate end = t.termTo() == null ? LocalDate.MAX : t.termTo();
    LocalDate eEnd = e.termTo() == null ? LocalDate.MAX : e.termTo();
    return !e.termFrom().isAfter(end) && !t.termFrom().isAfter(eEnd);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
