package dk.klu.agenda.web;

import dk.klu.agenda.AgendaItem;
import dk.klu.agenda.AgendaItemService;
import dk.klu.meeting.MeetingService;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A submitter follows their own items: {@code GET /api/items/mine} (HTTP Basic, like the REST API)
 * lists them with their status in Danish. Nobody sees another person's items here.
 */
@RestController
public class MyItemsController {

  private final AgendaItemService items;
  private final MeetingService meetings;
  private final IdentityService identityService;

  public MyItemsController(
      AgendaItemService items, MeetingService meetings, IdentityService identityService) {
    this.items = items;
    this.meetings = meetings;
    this.identityService = identityService;
  }

  /** One of my items as I see it. */
  public record MyItem(
      long id, String title, String topic, String status, String statusText, String meeting) {}

  @GetMapping("/api/items/mine")
  public List<MyItem> mine() {
    Authentication caller = identityService.getCurrentAuthentication();
    if (caller == null || caller.getUserId() == null) {
      throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Log ind for at se dine punkter.");
    }
    return items.submittedBy(caller.getUserId()).stream().map(this::view).toList();
  }

  private MyItem view(AgendaItem item) {
    return new MyItem(
        item.id(),
        item.title(),
        item.topic().danish(),
        item.status().name(),
        item.status().danish(),
        item.meetingId() == null ? null : meetings.get(item.meetingId()).label());
  }
}
