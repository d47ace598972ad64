package dk.klu.agenda.web;

import dk.klu.agenda.AgendaItem;
import dk.klu.agenda.AgendaItemService;
import dk.klu.meeting.CommitteeProperties;
import dk.klu.meeting.Meeting;
import dk.klu.meeting.MeetingService;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A submitter follows their own items at {@code GET /api/items/mine}: a page in Danish for a
 * browser (a link from Tasklist opens it in the webapp session), JSON for everything else. Both
 * list the items newest first with their status in Danish and what happens next. Nobody sees
 * another person's items here.
 */
@RestController
public record MyItemsController(
    AgendaItemService items,
    MeetingService meetings,
    IdentityService identityService,
    CommitteeProperties committee) {

  static final String PATH = "/api/items/mine";

  /** One of my items as I see it; dates in Danish, no meeting (null) while it waits. */
  public record MyItem(
      long id,
      String title,
      String topic,
      String status,
      String statusText,
      String next,
      String meeting,
      String submitted,
      boolean confidential) {}

  @GetMapping(PATH)
  public List<MyItem> mine() {
    return items.submittedBy(caller()).stream().map(this::view).toList();
  }

  /** The same list as a page for people; no script, so it works under the /api CSP. */
  @GetMapping(value = PATH, produces = MediaType.TEXT_HTML_VALUE)
  public ModelAndView page(HttpServletResponse response) {
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    return new ModelAndView(
        "member/items",
        Map.of("committee", committee.displayName(), "items", mine()),
        HttpStatus.OK);
  }

  private String caller() {
    Authentication caller = identityService.getCurrentAuthentication();
    if (caller == null || caller.getUserId() == null) {
      throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Log ind for at se dine punkter.");
    }
    return caller.getUserId();
  }

  private MyItem view(AgendaItem item) {
    Meeting meeting = item.meetingId() == null ? null : meetings.get(item.meetingId());
    return new MyItem(
        item.id(),
        item.title(),
        item.topic().danish(),
        item.status().name(),
        item.status().danish(),
        item.status().next(),
        meeting == null ? null : meeting.label(),
        Meeting.danish(item.submittedAt()),
        item.confidential());
  }
}
