package dk.klu.overview;

import dk.klu.meeting.CommitteeProperties;
import dk.klu.security.GroupAccess;
import dk.klu.security.KluGroups;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.ModelAndView;

/**
 * The process owner's overview in Danish, {@code GET /api/overview}: a page for a browser (linked
 * from Cockpit's header, opened in the webapp session), JSON for everything else. For the process
 * owners, the secretariat, the chairs and administrators.
 */
@RestController
public record ProcessOverviewController(
    ProcessOverview overview, IdentityService identityService, CommitteeProperties committee) {

  static final String PATH = "/api/overview";

  private static final Set<String> READERS =
      Set.of(KluGroups.PROCESS_OWNER, KluGroups.SECRETARIAT, KluGroups.CHAIR, KluGroups.ADMIN);

  @GetMapping(PATH)
  public ProcessOverview.View json() {
    GroupAccess.require(identityService, READERS, "overblikket over KLU's processer");
    return overview.now();
  }

  /** The same as a page for people; no script, so it works under the /api CSP. */
  @GetMapping(value = PATH, produces = MediaType.TEXT_HTML_VALUE)
  public ModelAndView page(HttpServletResponse response) {
    ProcessOverview.View view = json();
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    return new ModelAndView(
        "overview/overview",
        Map.of("committee", committee.displayName(), "o", view),
        HttpStatus.OK);
  }
}
