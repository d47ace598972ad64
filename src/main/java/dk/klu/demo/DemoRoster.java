package dk.klu.demo;

import dk.klu.roster.CommitteeRole;
import dk.klu.roster.RosterService;
import dk.klu.roster.RosterService.NewTerm;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A roster shaped like Aalborg's committee (rules, *Deltagere*), so a newcomer sees the real shape:
 * the municipal chair, PLO-Aalborg's board (six paid GPs, its chair the GP chair), two members each
 * from Ældre- og Handicapforvaltningen and Familie- og Beskæftigelsesforvaltningen, the head of
 * PPR, the chief physician of Socialmedicinsk Enhed, the hospital's pathway manager, a practice
 * consultant and the secretary. The demo people who log in are on it with their user ids; the
 * others have only an e-mail address. Entered once, on an empty roster; only in the {@code demo}
 * profile.
 */
@Component
@Profile("demo")
@Order(6)
public record DemoRoster(RosterService roster) implements ApplicationRunner {

  /** The day the demo terms begin. */
  static final LocalDate FROM = LocalDate.of(2026, 1, 1);

  private static final String PLO = "PLO-Aalborg";
  private static final String SUNDHED = "Sundheds- og Kulturforvaltningen";

  /** The demo roster's terms, in the order they are entered. */
  public static final List<NewTerm> TERMS =
      List.of(
          term(
              "formand",
              "Frederik Formand",
              CommitteeRole.CHAIR,
              SUNDHED,
              SUNDHED + ", vicedirektør",
              false),
          term(
              "plo-formand",
              "Pernille PLO-formand",
              CommitteeRole.GP_CHAIR,
              PLO,
              "Formand for PLO-Aalborg",
              false),
          term("laege", "Lars Læge", CommitteeRole.PLO_MEMBER, PLO, "Lægehuset Vestbyen", false),
          term(
              "laege2", "Lene Læge", CommitteeRole.PLO_MEMBER, PLO, "Lægerne i Nørresundby", false),
          term(null, "Anders Andersen", CommitteeRole.PLO_MEMBER, PLO, "Lægehuset Hasseris", false),
          term(null, "Birthe Bach", CommitteeRole.PLO_MEMBER, PLO, "Lægerne Østergade", false),
          term(
              null,
              "Carsten Christensen",
              CommitteeRole.PLO_MEMBER,
              PLO,
              "Lægehuset Svenstrup",
              false),
          term(
              null,
              "Dorte Damgaard",
              CommitteeRole.MUNICIPAL_MEMBER,
              "Ældre- og Handicapforvaltningen",
              "Ældre- og Handicapforvaltningen",
              true),
          term(
              null,
              "Erik Eriksen",
              CommitteeRole.MUNICIPAL_MEMBER,
              "Ældre- og Handicapforvaltningen",
              "Ældre- og Handicapforvaltningen",
              false),
          term(
              null,
              "Frida Frandsen",
              CommitteeRole.MUNICIPAL_MEMBER,
              "Familie- og Beskæftigelsesforvaltningen",
              "Familie- og Beskæftigelsesforvaltningen",
              false),
          term(
              null,
              "Gustav Graversen",
              CommitteeRole.MUNICIPAL_MEMBER,
              "Familie- og Beskæftigelsesforvaltningen",
              "Familie- og Beskæftigelsesforvaltningen",
              false),
          term(
              null,
              "Hanne Holm",
              CommitteeRole.MUNICIPAL_MEMBER,
              "Skoleforvaltningen",
              "PPR, leder",
              false),
          term(
              null,
              "Ib Iversen",
              CommitteeRole.MUNICIPAL_MEMBER,
              SUNDHED,
              "Socialmedicinsk Enhed, overlæge",
              false),
          term(
              null,
              "Jette Jakobsen",
              CommitteeRole.HOSPITAL_MEMBER,
              "Aalborg Universitetshospital",
              "Aalborg Universitetshospital, forløbschef",
              false),
          term(
              "praksiskonsulent",
              "Peter Praksiskonsulent",
              CommitteeRole.PRACTICE_CONSULTANT,
              SUNDHED,
              "Praksiskonsulentordningen",
              false),
          term(
              "sekretaer",
              "Sara Sekretær",
              CommitteeRole.SECRETARY,
              SUNDHED,
              "KLU-sekretariatet",
              false));

  @Override
  public void run(ApplicationArguments args) {
    if (!roster.all().isEmpty()) {
      return;
    }
    for (NewTerm t : TERMS) {
      roster.add(t, "demo");
    }
  }

  private static NewTerm term(
      String userId,
      String name,
      CommitteeRole role,
      String appointedBy,
      String organisation,
      boolean contact) {
    String email =
        userId != null
            ? userId + "@klu.example"
            : name.toLowerCase(java.util.Locale.ROOT)
                    .replace("ø", "oe")
                    .replace("æ", "ae")
                    .replace("å", "aa")
                    .replace(' ', '.')
                + "@klu.example";
    return new NewTerm(userId, name, role, appointedBy, organisation, email, contact, FROM, null);
  }
}
