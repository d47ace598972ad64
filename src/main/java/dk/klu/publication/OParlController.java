package dk.klu.publication;

import dk.klu.document.Audience;
import dk.klu.document.DocumentArchive;
import dk.klu.document.ReleasedDocument;
import dk.klu.meeting.Meeting;
import dk.klu.publication.PublicArchive.PublicDocument;
import dk.klu.publication.PublicArchive.PublicItem;
import dk.klu.publication.PublicArchive.PublicMeeting;
import dk.klu.rules.MeetingSchedule;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * klu:}. No Person or Membership: the application keeps no public roster of members; Body's
 * required {@code person} and {@code paper} lists are served empty.
 */
@RestController
public class OParlController {

  static final String SCHEMA = "https://schema.oparl.org/1.1/";
  static final String ROOT = "/public/oparl";
  static final String LICENSE = "https://creativecommons.org/publicdomain/zero/1.0/";
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

  private final PublicArchive archive;
  private final DocumentArchive documents;
  private final PublicLinks links;
  private final String committee;
  private final int pageSize;

  public OParlController(
      PublicArchive archive,
      DocumentArchive documents,
      PublicLinks links,
      @Value("${klu.committee.display-name:Kommunalt Lægeligt Udvalg}") String committee,
      @Value("${klu.oparl.page-size:50}") int pageSize) {
    this.archive = archive;
    this.documents = documents;
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
    system.put("name", committee);
    system.put("web", links.absolute("/public/meetings"));
    return json(system);
  }

  @GetMapping(ROOT + "/bodies")
  public ResponseEntity<Map<String, Object>> bodies() {
    return json(page(List.of(body().getBody()), 1, ROOT + "/bodies"));
  }

  @GetMapping(ROOT + "/body")
  public ResponseEntity<Map<String, Object>> body() {
    Map<String, Object> body = object("Body", ROOT + "/body");
    body.put("system", url(""));
    body.put("name", committee);
    body.put("shortName", "KLU");
    body.put("license", LICENSE);
    body.put("organization", url("/organizations"));
    body.put("person", url("/people"));
    body.put("meeting", url("/meetings"));
    body.put("paper", url("/papers"));
    body.put("legislativeTerm", List.of());
    body.put("web", links.absolute("/public/meetings"));
    return json(body);
  }

  @GetMapping(ROOT + "/organizations")
  public ResponseEntity<Map<String, Object>> organizations() {
    return json(page(List.of(organization().getBody()), 1, ROOT + "/organizations"));
  }

  @GetMapping(ROOT + "/organization")
  public ResponseEntity<Map<String, Object>> organization() {
    Map<String, Object> organization = object("Organization", ROOT + "/organization");
    organization.put("body", url("/body"));
    organization.put("name", committee);
    organization.put("shortName", "KLU");
    organization.put("organizationType", "Gremium");
    organization.put("classification", "Udvalg");
    organization.put("meeting", url("/meetings"));
    organization.put("web", links.absolute("/public/meetings"));
    return json(organization);
  }

  @GetMapping(ROOT + "/people")
  public ResponseEntity<Map<String, Object>> people() {
    return json(page(List.of(), 1, ROOT + "/people"));
  }

  @GetMapping(ROOT + "/papers")
  public ResponseEntity<Map<String, Object>> papers() {
    return json(page(List.of(), 1, ROOT + "/papers"));
  }

  /**
   * The meetings, oldest first by id (a stable order, as OParl asks), a page at a time; the older
   * address {@code /public/meetings.json} serves the same list.
   */
  @GetMapping({ROOT + "/meetings", "/public/meetings.json"})
  public ResponseEntity<Map<String, Object>> meetings(@RequestParam(defaultValue = "1") int page) {
    List<Map<String, Object>> all =
        archive.all().stream()
            .sorted(Comparator.comparingLong(m -> m.meeting().id()))
            .map(this::meeting)
            .toList();
    return json(page(all, page, ROOT + "/meetings"));
  }

  @GetMapping(ROOT + "/meetings/{id}")
  public ResponseEntity<Map<String, Object>> meeting(@PathVariable long id) {
    return json(meeting(archive.meeting(id).orElseThrow(OParlController::notFound)));
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
    return json(
        file(
            archive.publicDocument(document),
            PublicArchive.date(m.meeting()).toString(),
            m.meeting().id()));
  }

  Map<String, Object> meeting(PublicMeeting m) {
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
    String date = PublicArchive.date(meeting).toString();
    m.agenda().ifPresent(d -> json.put("invitation", file(d, date, meeting.id())));
    m.minutes().ifPresent(d -> json.put("resultsProtocol", file(d, date, meeting.id())));
    if (!m.earlierVersions().isEmpty()) {
      json.put(
          "auxiliaryFile",
          m.earlierVersions().stream().map(d -> file(d, date, meeting.id())).toList());
    }
    List<PublicItem> items = archive.items(m);
    List<Map<String, Object>> agenda = new java.util.ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      agenda.add(agendaItem(m, items.get(i), i + 1));
    }
    json.put("agendaItem", agenda);
    json.put("web", links.absolute(m.path()));
    return json;
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

  private Map<String, Object> file(PublicDocument d, String meetingDate, long meetingId) {
    Map<String, Object> json = object("File", ROOT + "/files/" + d.id());
    json.put("name", d.title());
    json.put("fileName", d.released().fileName(java.time.LocalDate.parse(meetingDate)));
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
    json.put("meeting", List.of(url("/meetings/" + meetingId)));
    json.put("created", dateTime(d.released().releasedAt()));
    json.put("web", links.absolute(d.htmlPath()));
    json.put("klu:version", d.version());
    if (d.note() != null && !d.note().isBlank()) {
      json.put("klu:correctionNote", d.note());
    }
    return json;
  }

  /** One page of an external object list: data, pagination and links, as OParl 1.1 lays out. */
  private Map<String, Object> page(List<Map<String, Object>> all, int page, String path) {
    int pages = Math.max(1, (all.size() + pageSize - 1) / pageSize);
    if (page < 1 || page > pages) {
      throw notFound();
    }
    Map<String, Object> list = new LinkedHashMap<>();
    list.put("data", all.subList((page - 1) * pageSize, Math.min(all.size(), page * pageSize)));
    Map<String, Object> pagination = new LinkedHashMap<>();
    pagination.put("totalElements", all.size());
    pagination.put("elementsPerPage", pageSize);
    pagination.put("currentPage", page);
    pagination.put("totalPages", pages);
    list.put("pagination", pagination);
    Map<String, Object> pageLinks = new LinkedHashMap<>();
    pageLinks.put("first", pageUrl(path, 1));
    if (page > 1) {
      pageLinks.put("prev", pageUrl(path, page - 1));
    }
    pageLinks.put("self", pageUrl(path, page));
    if (page < pages) {
      pageLinks.put("next", pageUrl(path, page + 1));
    }
    pageLinks.put("last", pageUrl(path, pages));
    list.put("links", pageLinks);
    return list;
  }

  private String pageUrl(String path, int page) {
    return links.absolute(page == 1 ? path : path + "?page=" + page);
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

  private static ResponseStatusException notFound() {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, "Siden findes ikke.");
  }
}
