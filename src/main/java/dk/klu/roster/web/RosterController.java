package dk.klu.roster.web;

import dk.klu.http.InvalidInput;
import dk.klu.process.contract.Variable;
import dk.klu.roster.CommitteeRole;
import dk.klu.roster.RosterEntry;
import dk.klu.roster.RosterService;
import dk.klu.roster.RosterService.NewTerm;
import dk.klu.roster.process.MemberProcess;
import dk.klu.security.GroupAccess;
import dk.klu.security.KluGroups;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The committee's roster (HTTP Basic, like the REST API): {@code GET /api/roster?date=ÅÅÅÅ-MM-DD}
 * who sits on the committee on a day (today by default), {@code GET /api/roster/history} every term
 * ever entered (secretariat, chairs, process owners, administrators); {@code POST /api/roster}
 * enters a term and {@code POST /api/roster/{id}/end} ends one (secretariat, administrators). Bad
 * input: 400 with Danish messages, nothing changed.
 */
@RestController
public record RosterController(
    RosterService roster,
    IdentityService identityService,
    dk.klu.rules.KluClock clock,
    RuntimeService runtimeService) {

  static final Set<String> READERS =
      Set.of(KluGroups.SECRETARIAT, KluGroups.CHAIR, KluGroups.PROCESS_OWNER, KluGroups.ADMIN);
  static final Set<String> KEEPERS = Set.of(KluGroups.SECRETARIAT, KluGroups.ADMIN);

  /** A term as the API shows it, with the role in Danish. */
  public record TermView(
      long id,
      String userId,
      String name,
      String role,
      String roleText,
      String appointedBy,
      String organisation,
      String email,
      boolean contactPerson,
      LocalDate termFrom,
      LocalDate termTo) {

    static TermView of(RosterEntry e) {
      return new TermView(
          e.id(),
          e.userId(),
          e.name(),
          e.role().name(),
          e.role().danish(),
          e.appointedBy(),
          e.organisation(),
          e.email(),
          e.contactPerson(),
          e.termFrom(),
          e.termTo());
    }
  }

  /** A new term as sent: the role by its name, dates as ÅÅÅÅ-MM-DD. */
  public record TermRequest(
      String userId,
      String name,
      String role,
      String appointedBy,
      String organisation,
      String email,
      Boolean contactPerson,
      String termFrom,
      String termTo) {}

  /** The end of a term: its last day. */
  public record EndRequest(String lastDay) {}

  @GetMapping("/api/roster")
  public ResponseEntity<Object> on(@RequestParam(required = false) String date) {
    GroupAccess.require(identityService, READERS, "udvalgets medlemmer");
    List<String> problems = new ArrayList<>();
    LocalDate day =
        date == null || date.isBlank() ? clock.today() : parse(date, "Datoen", problems);
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return ResponseEntity.ok(roster.on(day).stream().map(TermView::of).toList());
  }

  @GetMapping("/api/roster/history")
  public List<TermView> history() {
    GroupAccess.require(identityService, READERS, "udvalgets medlemmer");
    return roster.all().stream().map(TermView::of).toList();
  }

  @PostMapping("/api/roster")
  public ResponseEntity<Object> add(@RequestBody(required = false) TermRequest request) {
    GroupAccess.require(identityService, KEEPERS, "at ændre udvalget");
    List<String> problems = new ArrayList<>();
    if (request == null) {
      throw new InvalidInput(
          List.of("Angiv personens navn, rolle, udpegning, organisation og periode."));
    }
    CommitteeRole role = null;
    if (request.role() != null && !request.role().isBlank()) {
      try {
        role = CommitteeRole.valueOf(request.role().strip());
      } catch (IllegalArgumentException e) {
        problems.add("Rollen \"" + request.role() + "\" findes ikke.");
      }
    }
    LocalDate from = parse(request.termFrom(), "Startdatoen", problems);
    LocalDate to =
        request.termTo() == null || request.termTo().isBlank()
            ? null
            : parse(request.termTo(), "Slutdatoen", problems);
    NewTerm term =
        new NewTerm(
            request.userId(),
            request.name(),
            role,
            request.appointedBy(),
            request.organisation(),
            request.email(),
            Boolean.TRUE.equals(request.contactPerson()),
            from,
            to);
    if (problems.isEmpty()) {
      problems.addAll(roster.check(term));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    // The same way as from Tasklist: klu-member enters the term and gives the secretariat the new
    // member's introduction.
    String pi =
        runtimeService
            .createProcessInstanceByKey(MemberProcess.KEY)
            .setVariables(
                Variable.values(
                    MemberProcess.NAME.entry(term.name()),
                    MemberProcess.ROLE.entry(term.role()),
                    MemberProcess.APPOINTED_BY.entry(term.appointedBy()),
                    MemberProcess.ORGANISATION.entry(term.organisation()),
                    MemberProcess.EMAIL.entry(term.email()),
                    MemberProcess.USER_ID.entry(term.userId()),
                    MemberProcess.CONTACT_PERSON.entry(term.contactPerson()),
                    MemberProcess.TERM_FROM.entry(term.termFrom()),
                    MemberProcess.TERM_TO.entry(term.termTo())))
            .execute()
            .getId();
    long termId =
        MemberProcess.TERM_ID.convert(runtimeService.getVariable(pi, MemberProcess.TERM_ID.name()));
    return ResponseEntity.ok(TermView.of(roster.find(termId).orElseThrow()));
  }

  @PostMapping("/api/roster/{id}/end")
  public ResponseEntity<Object> end(
      @PathVariable long id, @RequestBody(required = false) EndRequest request) {
    Authentication caller = GroupAccess.require(identityService, KEEPERS, "at ændre udvalget");
    List<String> problems = new ArrayList<>();
    LocalDate last = request == null ? null : parse(request.lastDay(), "Den sidste dag", problems);
    if (last == null && problems.isEmpty()) {
      problems.add("Angiv den sidste dag i perioden (ÅÅÅÅ-MM-DD).");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    try {
      return ResponseEntity.ok(TermView.of(roster.end(id, last, caller.getUserId())));
    } catch (IllegalArgumentException e) {
      throw new InvalidInput(List.of(e.getMessage()));
    }
  }

  private static LocalDate parse(String text, String what, List<String> problems) {
    if (text == null || text.isBlank()) {
      problems.add(what + " skal udfyldes (ÅÅÅÅ-MM-DD).");
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      problems.add(what + " skal skrives ÅÅÅÅ-MM-DD, ikke \"" + text.strip() + "\".");
      return null;
    }
  }
}
