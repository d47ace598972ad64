package dk.klu.publication;

import dk.klu.document.Audience;
import dk.klu.document.DocumentRepository;
import dk.klu.document.ReleasedDocument;
import dk.klu.meeting.CommitteeProperties;
import dk.klu.meeting.Meeting;
import dk.klu.meeting.MeetingRepository.Stamps;
import dk.klu.meeting.MeetingService;
import dk.klu.publication.PublicArchive.PublicDocument;
import dk.klu.publication.PublicArchive.PublicItem;
import dk.klu.publication.PublicArchive.PublicMeeting;
import dk.klu.roster.RosterEntry;
import dk.klu.roster.RosterService;
import dk.klu.rules.MeetingSchedule;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Open data by OParl 1.1 (https://oparl.org/spezifikation/): the committee as one Body with one
 * Organization, its meetings as a paginated list whose objects each resolve at their {@code id},
 * agenda items, files (the released public agenda and minutes as PDF) and locations. Everything
 * comes from {@link PublicArchive}, so it shows exactly what the public pages show: closed items
 * are "Lukket punkt" and nothing else. Properties OParl does not have carry the prefix {@code
 * klu:}. People and their memberships come from the roster ({@link RosterService}), with names,
 * roles, the appointing body and terms, and nothing private (no e-mail, no login). The committee
 * has no papers: that list is empty. Every external list takes OParl's filters ({@code
 * created_since}, {@code created_until}, {@code modified_since}, {@code modified_until}, RFC 3339),
 * {@code limit} and {@code omit_internal}, and keeps them in its page links.
 */
@RestController
public class OParlController {

  static final String SCHEMA = "https://schema.oparl.org/1.1/";
  static final String ROOT = "/public/oparl";
  static final String LICENSE = "https://creativecommons.org/publicdomain/zero/1.0/";
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

  private final PublicArchive archive;
  private final DocumentRepository documents;
  private final RosterService roster;
  private final MeetingService meetingService;
  private final PublicLinks links;
  private final CommitteeProperties committee;
  private final int pageSize;

  public OParlController(
      PublicArchive archive,
      DocumentRepository documents,
      RosterService roster,
      MeetingService meetingService,
      PublicLinks links,
      CommitteeProperties committee,
      @Value("${klu.oparl.page-size:50}") int pageSize) {
    this.archive = archive;
    this.documents = documents;
    this.roster = roster;
    this.meetingService = meetingService;
    this.links = links;
    this.committee = committee;
    this.pageSize = Math.max(1, pageSize);
  }

  @GetMapping(ROOT)
  public ResponseEntity<Map<String, Object>> system() {
    Map<String, Object> system = object("System", ROOT);
    system.put("oparlVersion", SCHEMA);
    system.put("license", LICENSE);
    system.put("body", url("/bodies"));
    system.put("name", committee.displayName());
    system.put("web", links.absolute("/public/meetings"));
    return json(system);
  }

  @GetMapping(ROOT + "/bodies")
  public ResponseEntity<Map<String, Object>> bodies(@RequestParam Map<String, String> query) {
    return list(query, ROOT + "/bodies", q -> List.of(body().getBody()));
  }

  @GetMapping(ROOT + "/body")
  public ResponseEntity<Map<String, Object>> body() {
    Map<String, Object> body = object("Body", ROOT + "/body");
    body.put("system", url(""));
    body.put("name", committee.displayName());
    body.put("shortName", "KLU");
    body.put("license", LICENSE);
    body.put("organization", url("/organizations"));
    body.put("person", url("/people"));
    body.put("meeting", url("/meetings"));
    body.put("paper", url("/papers"));
    body.put("legislativeTerm", List.of());
    body.put("web", links.absolute("/public/meetings"));
    stamp(body, committeeStamps());
    return json(body);
  }

  @GetMapping(ROOT + "/organizations")
  public ResponseEntity<Map<String, Object>> organizations(
      @RequestParam Map<String, String> query) {
    return list(query, ROOT + "/organizations", q -> List.of(organization().getBody()));
  }

  @GetMapping(ROOT + "/organization")
  public ResponseEntity<Map<String, Object>> organization() {
    Map<String, Object> organization = object("Organization", ROOT + "/organization");
    organization.put("body", url("/body"));
    organization.put("name", committee.displayName());
    organization.put("shortName", "KLU");
    organization.put("organizationType", "Gremium");
    organization.put("classification", "Udvalg");
    organization.put("meeting", url("/meetings"));
    organization.put(
        "membership", roster.all().stream().map(t -> url("/memberships/" + t.id())).toList());
    organization.put("web", links.absolute("/public/meetings"));
    stamp(organization, committeeStamps());
    return json(organization);
  }

  /** Everyone who is or was on the committee's roster, one Person for all their terms. */
  @GetMapping(ROOT + "/people")
  public ResponseEntity<Map<String, Object>> people(@RequestParam Map<String, String> query) {
    return list(
        query,
        ROOT + "/people",
        q -> people().values().stream().map(terms -> person(terms, q.omitInternal())).toList());
  }

  @GetMapping(ROOT + "/people/{id}")
  public ResponseEntity<Map<String, Object>> person(@PathVariable long id) {
    List<RosterEntry> terms = people().get(id);
    if (terms == null) {
      throw notFound();
    }
    return json(person(terms, false));
  }

  @GetMapping(ROOT + "/memberships/{id}")
  public ResponseEntity<Map<String, Object>> membership(@PathVariable long id) {
    return people().values().stream()
        .flatMap(
            terms ->
                terms.stream().filter(t -> t.id() == id).map(t -> membership(t, terms.get(0).id())))
        .findFirst()
        .map(OParlController::json)
        .orElseThrow(OParlController::notFound);
  }

  @GetMapping(ROOT + "/papers")
  public ResponseEntity<Map<String, Object>> papers(@RequestParam Map<String, String> query) {
    return list(query, ROOT + "/papers", q -> List.of());
  }

  /**
   * The meetings, oldest first by id (a stable order, as OParl asks), a page at a time; the older
   * address {@code /public/meetings.json} serves the same list.
   */
  @GetMapping({ROOT + "/meetings", "/public/meetings.json"})
  public ResponseEntity<Map<String, Object>> meetings(@RequestParam Map<String, String> query) {
    return list(
        query,
        ROOT + "/meetings",
        q -> {
          Map<Long, Stamps> stamps = meetingService.stamps();
          return archive.all().stream()
              .sorted(Comparator.comparingLong(m -> m.meeting().id()))
              .map(m -> meeting(m, stamps, q.omitInternal()))
              .toList();
        });
  }

  @GetMapping(ROOT + "/meetings/{id}")
  public ResponseEntity<Map<String, Object>> meeting(@PathVariable long id) {
    return json(
        meeting(
            archive.meeting(id).orElseThrow(OParlController::notFound),
            meetingService.stamps(),
            false));
  }

  @GetMapping(ROOT + "/meetings/{id}/location")
  public ResponseEntity<Map<String, Object>> location(@PathVariable long id) {
    return json(location(archive.meeting(id).orElseThrow(OParlController::notFound).meeting()));
  }

  @GetMapping(ROOT + "/meetings/{id}/agenda-items/{order}")
  public ResponseEntity<Map<String, Object>> agendaItem(
      @PathVariable long id, @PathVariable int order) {
    PublicMeeting m = archive.meeting(id).orElseThrow(OParlController::notFound);
    List<PublicItem> items = archive.items(m);
    if (order < 1 || order > items.size()) {
      throw notFound();
    }
    return json(agendaItem(m, items.get(order - 1), order));
  }

  /** A released public agenda or minutes (any version); committee versions are not here. */
  @GetMapping(ROOT + "/files/{id}")
  public ResponseEntity<Map<String, Object>> file(@PathVariable long id) {
    ReleasedDocument document =
        documents
            .get(id)
            .filter(d -> d.audience() == Audience.PUBLIC)
            .orElseThrow(OParlController::notFound);
    PublicMeeting m = archive.meeting(document.meetingId()).orElseThrow(OParlController::notFound);
    return json(file(archive.document(document), m.meeting()));
  }

  Map<String, Object> meeting(PublicMeeting m, Map<Long, Stamps> stamps, boolean omitInternal) {
    Meeting meeting = m.meeting();
    Map<String, Object> json = object("Meeting", ROOT + "/meetings/" + meeting.id());
    json.put("name", meeting.title());
    json.put(
        "meetingState",
        m.minutes().isPresent()
            ? "minutesPublished"
            : m.agenda().isPresent() ? "agendaSent" : "planned");
    json.put("start", dateTime(meeting.startsAt()));
    json.put("end", dateTime(meeting.endsAt()));
    json.put("location", location(meeting));
    json.put("organization", List.of(url("/organization")));
    m.agenda().ifPresent(d -> json.put("invitation", file(d, meeting)));
    m.minutes().ifPresent(d -> json.put("resultsProtocol", file(d, meeting)));
    if (!m.earlierVersions().isEmpty()) {
      json.put("auxiliaryFile", m.earlierVersions().stream().map(d -> file(d, meeting)).toList());
    }
    if (!omitInternal) {
      List<PublicItem> items = archive.items(m);
      json.put(
          "agendaItem",
          IntStream.range(0, items.size())
              .mapToObj(i -> agendaItem(m, items.get(i), i + 1))
              .toList());
    }
    json.put("web", links.absolute(m.path()));
    Stamps own = stamps.get(meeting.id());
    OffsetDateTime modified =
        Stream.of(m.earlierVersions().stream(), m.agenda().stream(), m.minutes().stream())
            .flatMap(d -> d)
            .map(d -> d.released().releasedAt())
            .reduce(own.modified(), OParlController::later);
    stamp(json, new Stamps(own.created(), modified));
    return json;
  }

  // --- people, from the roster ----------------------------------------------------------------

  /**
   * The roster's terms by person, each person under the id of their first term: one login, or one
   * e-mail address, or one name is one person.
   */
  private Map<Long, List<RosterEntry>> people() {
    Map<String, List<RosterEntry>> byPerson = new LinkedHashMap<>();
    for (RosterEntry term : roster.all()) {
      String key =
          term.userId() != null
              ? "user:" + term.userId()
              : term.email() != null
                  ? "mail:" + term.email().toLowerCase(java.util.Locale.ROOT)
                  : "name:" + term.name();
      byPerson.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(term);
    }
    Map<Long, List<RosterEntry>> people = new LinkedHashMap<>();
    for (List<RosterEntry> terms : byPerson.values()) {
      people.put(terms.get(0).id(), terms);
    }
    return people;
  }

  private Map<String, Object> person(List<RosterEntry> terms, boolean omitInternal) {
    long id = terms.get(0).id();
    Map<String, Object> json = object("Person", ROOT + "/people/" + id);
    json.put("body", url("/body"));
    json.put("name", terms.get(terms.size() - 1).name());
    if (!omitInternal) {
      json.put("membership", terms.stream().map(t -> membership(t, id)).toList());
    }
    stamp(json, stamps(terms));
    return json;
  }

  private Map<String, Object> membership(RosterEntry term, long personId) {
    Map<String, Object> json = object("Membership", ROOT + "/memberships/" + term.id());
    json.put("person", url("/people/" + personId));
    json.put("organization", url("/organization"));
    json.put("role", term.role().danish());
    json.put("startDate", term.termFrom().toString());
    if (term.termTo() != null) {
      json.put("endDate", term.termTo().toString());
    }
    json.put("klu:appointedBy", term.appointedBy());
    json.put("klu:organisation", term.organisation());
    if (term.contactPerson()) {
      json.put("klu:contactPerson", true);
    }
    stamp(json, stamps(List.of(term)));
    return json;
  }

  private static Stamps stamps(List<RosterEntry> terms) {
    OffsetDateTime created = null;
    OffsetDateTime modified = null;
    for (RosterEntry t : terms) {
      created = created == null || t.createdAt().isBefore(created) ? t.createdAt() : created;
      modified = later(later(modified, t.createdAt()), t.endedAt());
    }
    return new Stamps(created, modified);
  }

  /** The committee (Body, Organization): as old as its first record, as new as its last change. */
  private Stamps committeeStamps() {
    OffsetDateTime created = null;
    OffsetDateTime modified = null;
    for (Stamps s : meetingService.stamps().values()) {
      created = created == null || s.created().isBefore(created) ? s.created() : created;
      modified = later(modified, s.modified());
    }
    Stamps people = stamps(roster.all());
    if (people.created() != null) {
      created = created == null || people.created().isBefore(created) ? people.created() : created;
      modified = later(modified, people.modified());
    }
    for (PublicDocument d : archive.releasedMinutes()) {
      modified = later(modified, d.released().releasedAt());
    }
    return new Stamps(created, modified);
  }

  private static OffsetDateTime later(OffsetDateTime a, OffsetDateTime b) {
    return a == null ? b : b == null || a.isAfter(b) ? a : b;
  }

  private static void stamp(Map<String, Object> json, Stamps stamps) {
    if (stamps.created() != null) {
      json.put("created", dateTime(stamps.created()));
      json.put("modified", dateTime(later(stamps.created(), stamps.modified())));
    }
  }

  private Map<String, Object> agendaItem(PublicMeeting m, PublicItem item, int order) {
    long meetingId = m.meeting().id();
    Map<String, Object> json =
        object("AgendaItem", ROOT + "/meetings/" + meetingId + "/agenda-items/" + order);
    json.put("meeting", url("/meetings/" + meetingId));
    json.put("number", item.number());
    json.put("order", order);
    json.put("name", item.name());
    json.put("public", item.open());
    if (item.kind() != null) {
      json.put("klu:kind", item.kind());
    }
    if (item.result() != null) {
      json.put("resolutionText", item.result());
    }
    return json;
  }

  private Map<String, Object> location(Meeting meeting) {
    Map<String, Object> json = object("Location", ROOT + "/meetings/" + meeting.id() + "/location");
    json.put("description", meeting.location());
    json.put("meetings", List.of(url("/meetings/" + meeting.id())));
    return json;
  }

  private Map<String, Object> file(PublicDocument d, Meeting meeting) {
    Map<String, Object> json = object("File", ROOT + "/files/" + d.id());
    json.put("name", d.title());
    json.put("fileName", d.released().fileName(PublicArchive.date(meeting)));
    json.put("mimeType", "application/pdf");
    json.put(
        "date",
        d.released()
            .releasedAt()
            .atZoneSameInstant(MeetingSchedule.KLU_ZONE)
            .toLocalDate()
            .toString());
    json.put("accessUrl", links.absolute(d.pdfPath()));
    json.put("downloadUrl", links.absolute(d.pdfPath()));
    json.put("meeting", List.of(url("/meetings/" + meeting.id())));
    json.put("created", dateTime(d.released().releasedAt()));
    json.put("web", links.absolute(d.htmlPath()));
    json.put("klu:version", d.version());
    if (d.note() != null && !d.note().isBlank()) {
      json.put("klu:correctionNote", d.note());
    }
    return json;
  }

  /**
   * An external object list: OParl's filters applied to the objects' {@code created} and {@code
   * modified}, then one page of what is left; a filter or page that cannot be read answers 400 with
   * the reason in Danish, a page past the end 404.
   */
  private ResponseEntity<Map<String, Object>> list(
      Map<String, String> query,
      String path,
      java.util.function.Function<ListQuery, List<Map<String, Object>>> objects) {
    ListQuery q;
    try {
      q = ListQuery.of(query);
    } catch (IllegalArgumentException e) {
      Map<String, Object> problem = new LinkedHashMap<>();
      problem.put("status", 400);
      problem.put("message", e.getMessage());
      return ResponseEntity.badRequest()
          .contentType(MediaType.APPLICATION_JSON)
          .header("Access-Control-Allow-Origin", "*")
          .body(problem);
    }
    List<Map<String, Object>> kept = objects.apply(q).stream().filter(q::keeps).toList();
    return json(page(kept, q, path));
  }

  /** One page of an external object list: data, pagination and links, as OParl 1.1 lays out. */
  private Map<String, Object> page(List<Map<String, Object>> all, ListQuery q, String path) {
    int size = q.limit() == null ? pageSize : Math.min(pageSize, q.limit());
    int pages = Math.max(1, (all.size() + size - 1) / size);
    int page = q.page();
    if (page > pages) {
      throw notFound();
    }
    Map<String, Object> list = new LinkedHashMap<>();
    list.put("data", all.subList((page - 1) * size, Math.min(all.size(), page * size)));
    Map<String, Object> pagination = new LinkedHashMap<>();
    pagination.put("totalElements", all.size());
    pagination.put("elementsPerPage", size);
    pagination.put("currentPage", page);
    pagination.put("totalPages", pages);
    list.put("pagination", pagination);
    Map<String, Object> pageLinks = new LinkedHashMap<>();
    pageLinks.put("first", links.absolute(path + q.link(1)));
    if (page > 1) {
      pageLinks.put("prev", links.absolute(path + q.link(page - 1)));
    }
    pageLinks.put("self", links.absolute(path + q.link(page)));
    if (page < pages) {
      pageLinks.put("next", links.absolute(path + q.link(page + 1)));
    }
    pageLinks.put("last", links.absolute(path + q.link(pages)));
    list.put("links", pageLinks);
    return list;
  }

  private Map<String, Object> object(String type, String path) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", links.absolute(path));
    json.put("type", SCHEMA + type);
    return json;
  }

  private String url(String path) {
    return links.absolute(ROOT + path);
  }

  /** RFC 3339 with seconds, in the committee's zone: 2027-02-11T14:00:00+01:00. */
  static String dateTime(OffsetDateTime time) {
    return DATE_TIME.format(
        time.atZoneSameInstant(MeetingSchedule.KLU_ZONE).truncatedTo(ChronoUnit.SECONDS));
  }

  /** OParl: every answer may be read by a web page from anywhere (CORS). */
  private static ResponseEntity<Map<String, Object>> json(Map<String, Object> body) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .header("Access-Control-Allow-Origin", "*")
        .body(body);
  }

  /** The public pages' and open data's answer to anything not released or not there. */
  static ResponseStatusException notFound() {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, "Siden findes ikke.");
  }
}
