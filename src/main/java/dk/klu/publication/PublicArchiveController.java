package dk.klu.publication;

import dk.klu.document.DocumentKind;
import dk.klu.document.ReleasedDocument;
import dk.klu.http.PdfResponses;
import dk.klu.meeting.CommitteeProperties;
import dk.klu.meeting.Meeting;
import dk.klu.meeting.MeetingService;
import dk.klu.publication.PublicArchive.PublicDocument;
import dk.klu.publication.PublicArchive.PublicMeeting;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The public archive (no login): the meetings by year with their released agendas and minutes as
 * HTML and PDF, an iCalendar feed and an Atom feed of newly published minutes (open data by OParl
 * 1.1: {@link OParlController}). Only released public versions are shown; everything else is 404.
 */
@Controller
public record PublicArchiveController(
    PublicArchive archive,
    MeetingCalendar meetingCalendar,
    MeetingService meetings,
    PublicLinks links,
    CommitteeProperties committee) {

  static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);
  static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);

  @GetMapping("/public")
  public String root() {
    return "redirect:/public/meetings";
  }

  @GetMapping(value = "/public/meetings", produces = MediaType.TEXT_HTML_VALUE)
  public String meetings(Model model) {
    model.addAttribute("committee", committee.displayName());
    model.addAttribute("years", archive.byYear());
    return "public/meetings";
  }

  /**
   * The newest published minutes as a short list made to be shown in a frame on the municipality's
   * own site: absolute, stable links (the latest version of each meeting's minutes), opened in the
   * whole window, and a link to the full archive.
   */
  @GetMapping(value = "/public/embed/minutes", produces = MediaType.TEXT_HTML_VALUE)
  public String embeddedMinutes(
      @RequestParam(name = "antal", defaultValue = "" + EMBED_DEFAULT) String count,
      Model model,
      jakarta.servlet.http.HttpServletResponse response) {
    model.addAttribute("committee", committee.displayName());
    model.addAttribute("links", links);
    Integer limit = embedCount(count);
    if (limit == null) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute(
          "problem",
          "Listen kan ikke vises: antal skal være et helt tal fra 1 til "
              + EMBED_MAX
              + " (uden antal vises de "
              + EMBED_DEFAULT
              + " nyeste referater).");
      model.addAttribute("meetings", List.of());
      return "public/embed-minutes";
    }
    model.addAttribute(
        "meetings",
        archive.all().stream().filter(m -> m.minutes().isPresent()).limit(limit).toList());
    return "public/embed-minutes";
  }

  static final int EMBED_DEFAULT = 10;
  static final int EMBED_MAX = 100;

  /** The number of meetings asked for, or null when it is not a whole number in range. */
  private static Integer embedCount(String count) {
    try {
      int n = Integer.parseInt(count.strip());
      return n >= 1 && n <= EMBED_MAX ? n : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  @GetMapping(value = "/public/meetings/{id}", produces = MediaType.TEXT_HTML_VALUE)
  public String meeting(@PathVariable long id, Model model) {
    PublicMeeting m = archive.meeting(id).orElseThrow(OParlController::notFound);
    model.addAttribute("committee", committee.displayName());
    model.addAttribute("m", m);
    model.addAttribute("items", archive.items(m));
    return "public/meeting";
  }

  @GetMapping(value = "/public/meetings/{id}/{kind}", produces = MediaType.TEXT_HTML_VALUE)
  @ResponseBody
  public String documentHtml(
      @PathVariable long id,
      @PathVariable String kind,
      @RequestParam(required = false) Integer version) {
    return archive.html(released(id, kind, version));
  }

  @GetMapping("/public/meetings/{id}/{kind}.pdf")
  public ResponseEntity<byte[]> documentPdf(
      @PathVariable long id,
      @PathVariable String kind,
      @RequestParam(required = false) Integer version) {
    ReleasedDocument document = released(id, kind, version);
    Meeting m = meetings.get(id);
    return PdfResponses.inline(document.fileName(PublicArchive.date(m)))
        .cacheControl(CacheControl.noCache())
        .body(archive.pdf(document));
  }

  @GetMapping("/public/calendar.ics")
  public ResponseEntity<String> calendar() {
    String feed =
        meetingCalendar.feed(committee.displayName(), meetings.all(), meetings.now().toInstant());
    return ResponseEntity.ok()
        .contentType(CALENDAR)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename("klu-moeder.ics").build().toString())
        .body(feed);
  }

  /** Atom 1.0 (RFC 4287): every released version of public minutes, newest first. */
  @GetMapping("/public/minutes.atom")
  public ResponseEntity<String> atom() throws XMLStreamException {
    List<PublicDocument> minutes = archive.releasedMinutes();
    StringWriter out = new StringWriter();
    XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeStartElement("feed");
    xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
    xml.writeAttribute("xml:lang", "da");
    element(xml, "title", committee.displayName() + ": referater");
    element(xml, "id", links.absolute("/public/minutes.atom"));
    link(xml, "self", links.absolute("/public/minutes.atom"));
    link(xml, "alternate", links.absolute("/public/meetings"));
    element(
        xml,
        "updated",
        minutes.isEmpty()
            ? meetings.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
            : minutes
                .get(0)
                .released()
                .releasedAt()
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    xml.writeStartElement("author");
    element(xml, "name", committee.displayName());
    xml.writeEndElement();
    for (PublicDocument d : minutes) {
      xml.writeStartElement("entry");
      element(xml, "title", d.title() + (d.version() > 1 ? " (version " + d.version() + ")" : ""));
      element(xml, "id", "urn:klu:document:" + d.id());
      link(xml, "alternate", links.absolute(d.htmlPath()));
      element(
          xml, "updated", d.released().releasedAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
      element(
          xml,
          "summary",
          "Referatet er offentliggjort "
              + d.releasedAt()
              + (d.note() == null || d.note().isBlank() ? "." : ". Rettelse: " + d.note()));
      xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    xml.close();
    return ResponseEntity.ok().contentType(ATOM).body(out.toString());
  }

  private static void element(XMLStreamWriter xml, String name, String text)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }

  private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
    xml.writeEmptyElement("link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("href", href);
  }

  private ReleasedDocument released(long id, String slug, Integer version) {
    DocumentKind kind =
        List.of(DocumentKind.values()).stream()
            .filter(k -> k.slug().equals(slug))
            .findFirst()
            .orElseThrow(OParlController::notFound);
    return archive.document(id, kind, version).orElseThrow(OParlController::notFound);
  }
}
