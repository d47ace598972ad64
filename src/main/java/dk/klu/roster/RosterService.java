package dk.klu.roster;

import static org.springframework.util.StringUtils.hasText;

import dk.klu.rules.KluClock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.context.ApplicationEventPublisher;
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

  private final RosterRepository roster;
  private final KluClock clock;
  private final ApplicationEventPublisher events;

  public RosterService(RosterRepository roster, KluClock clock, ApplicationEventPublisher events) {
    this.roster = roster;
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
    return roster.all();
  }

  public Optional<RosterEntry> find(long id) {
    return all().stream().filter(e -> e.id() == id).findFirst();
  }

  /** What is wrong with a new term, in Danish; empty if it may be entered. */
  public List<String> check(NewTerm t) {
    List<String> problems = new ArrayList<>();
    if (!hasText(t.name())) {
      problems.add("Skriv personens navn.");
    }
    if (t.role() == null) {
      problems.add("Vælg personens rolle i udvalget.");
    }
    if (!hasText(t.appointedBy())) {
      problems.add("Skriv, hvem der har udpeget personen (f.eks. PLO-Aalborg).");
    }
    if (!hasText(t.organisation())) {
      problems.add("Skriv personens forvaltning eller organisation.");
    }
    String email = stripped(t.email());
    String userId = stripped(t.userId());
    if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      problems.add("E-mailadressen \"" + email + "\" er ikke gyldig.");
    }
    if (email == null && userId == null) {
      problems.add("Angiv en e-mailadresse eller et brugernavn, så personen kan få indkaldelser.");
    }
    if (userId != null && !userId.matches("[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*")) {
      problems.add(
          "Brugernavnet må kun indeholde bogstaver a-z, tal og bindestreg mellem dem (f.eks."
              + " plo-formand).");
    }
    if (t.termFrom() == null) {
      problems.add("Vælg den dato, personen indtræder.");
    } else if (t.termTo() != null && t.termTo().isBefore(t.termFrom())) {
      problems.add("Perioden skal slutte samme dag eller efter, den begynder.");
    }
    CommitteeRole role = t.role();
    if (role != null && t.termFrom() != null && problems.isEmpty()) {
      // one chair and one GP chair at a time
      if ((role == CommitteeRole.CHAIR || role == CommitteeRole.GP_CHAIR)
          && all().stream().anyMatch(e -> e.role() == role && overlaps(e, t))) {
        problems.add(
            "Der er allerede en "
                + role.danish().toLowerCase(Locale.ROOT)
                + " i perioden; afslut den andens periode først.");
      }
      if (userId != null
          && all().stream()
              .anyMatch(e -> userId.equals(e.userId()) && e.role() == role && overlaps(e, t))) {
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
    NewTerm clean =
        new NewTerm(
            stripped(t.userId()),
            t.name().strip(),
            t.role(),
            t.appointedBy().strip(),
            t.organisation().strip(),
            stripped(t.email()),
            t.contactPerson(),
            t.termFrom(),
            t.termTo());
    RosterEntry entry = find(roster.insert(clean, by, clock.now())).orElseThrow();
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
    roster.end(id, lastDay, by, clock.now());
    RosterEntry ended = find(id).orElseThrow();
    events.publishEvent(new RosterChanged(ended, false));
    return ended;
  }

  /** Records the introduction of the person of a term. */
  @Transactional
  public void recordIntroduction(long id, Introduction introduction, String by) {
    Introduction clean =
        new Introduction(
            introduction.materialSent(),
            introduction.yearPlanSent(),
            introduction.minutesSent(),
            introduction.contact().strip(),
            stripped(introduction.note()));
    if (!roster.introduced(id, clean, by, clock.now())) {
      throw new IllegalStateException("Medlemsperioden " + id + " findes ikke.");
    }
  }

  /** Who introduced the person of a term, and when; empty while they are not introduced. */
  public Optional<String> introducedBy(long id) {
    return roster.introducedBy(id);
  }

  private static boolean overlaps(RosterEntry e, NewTerm t) {
    LocalDate end = t.termTo() == null ? LocalDate.MAX : t.termTo();
    LocalDate eEnd = e.termTo() == null ? LocalDate.MAX : e.termTo();
    return !e.termFrom().isAfter(end) && !t.termFrom().isAfter(eEnd);
  }

  /** The text without surrounding white space; null when blank. */
  private static String stripped(String s) {
    return hasText(s) ? s.strip() : null;
  }
}
