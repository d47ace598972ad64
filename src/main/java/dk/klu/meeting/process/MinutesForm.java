package dk.klu.meeting.process;

import dk.klu.agenda.AgendaItem;
import dk.klu.agenda.AgendaItemService;
import dk.klu.followup.FollowUpAction;
import dk.klu.followup.FollowUpService;
import dk.klu.followup.NewAction;
import dk.klu.process.JsonVariables;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The minutes lists of the minutes forms: one row per agenda item (merged by index, as Tasklist
 * submits only the edited fields) and the follow-up actions, which refer to an item by its number
 * on the agenda.
 */
@Component
public class MinutesForm {

  private final AgendaItemService items;
  private final FollowUpService followUps;

  public MinutesForm(AgendaItemService items, FollowUpService followUps) {
    this.items = items;
    this.followUps = followUps;
  }

  public List<Map<String, Object>> itemRows(long meetingId) {
    List<Map<String, Object>> rows = new ArrayList<>();
    int number = 1;
    for (AgendaItem item : items.onAgenda(meetingId)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("itemId", item.id());
      row.put("position", number++);
      row.put("title", item.title());
      row.put("kindLabel", item.effectiveKind().danish());
      row.put("discussion", item.minutesDiscussion() == null ? "" : item.minutesDiscussion());
      row.put("decision", item.minutesDecision() == null ? "" : item.minutesDecision());
      row.put("draftAgreement", item.draftAgreement());
      rows.add(row);
    }
    return rows;
  }

  public List<Map<String, Object>> actionRows(long meetingId) {
    List<Long> order = items.onAgendaIds(meetingId);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (FollowUpAction action : followUps.ofMeeting(meetingId)) {
      if (action.status() != FollowUpAction.Status.OPEN) {
        continue;
      }
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("itemPosition", order.indexOf(action.itemId()) + 1);
      row.put("description", action.description());
      row.put("owner", action.owner());
      row.put("dueDate", action.dueDate().toString());
      rows.add(row);
    }
    return rows;
  }

  /** Problems with submitted minutes, in Danish; empty if they can be stored. */
  public List<String> check(long meetingId, Object minutesItems, Object actions, LocalDate today) {
    List<String> problems = new ArrayList<>();
    int expected = items.onAgendaIds(meetingId).size();
    int given = JsonVariables.rows(minutesItems).size();
    if (given > expected) {
      problems.add(
          "Referatet skal have " + expected + " punkter, men der blev indsendt " + given + ".");
    }
    int number = 1;
    for (Map<String, Object> item : JsonVariables.rows(minutesItems, expected)) {
      for (String field : new String[] {"discussion", "decision"}) {
        Object value = item.get(field);
        if (value == null || value.toString().isBlank()) {
          problems.add(
              "Referatet af punkt "
                  + number
                  + " mangler "
                  + (field.equals("discussion") ? "drøftelsen." : "beslutningen."));
          break;
        }
      }
      number++;
    }
    int row = 1;
    for (Map<String, Object> action : JsonVariables.rows(actions)) {
      for (String[] field :
          new String[][] {
            {"itemPosition", "Dagsordenspunkt nr."},
            {"description", "Handling"},
            {"owner", "Ansvarlig"},
            {"dueDate", "Frist"}
          }) {
        Object value = action.get(field[0]);
        if (value == null || value.toString().isBlank()) {
          problems.add("Opfølgning " + row + ": feltet \"" + field[1] + "\" skal udfyldes.");
        }
      }
      int position = JsonVariables.number(action, "itemPosition", 0);
      if (position < 1 || position > expected) {
        problems.add(
            "Opfølgning "
                + row
                + ": dagsordenspunkt nr. "
                + position
                + " findes ikke (1-"
                + expected
                + ").");
      }
      try {
        LocalDate due = LocalDate.parse(String.valueOf(action.get("dueDate")));
        if (due.isBefore(today)) {
          problems.add("Opfølgning " + row + ": fristen " + due + " er allerede passeret.");
        }
      } catch (DateTimeParseException e) {
        problems.add("Opfølgning " + row + ": fristen skal være en dato (ÅÅÅÅ-MM-DD).");
      }
      row++;
    }
    return problems;
  }

  @Transactional
  public void store(long meetingId, Object minutesItems, Object actions) {
    List<Long> order = items.onAgendaIds(meetingId);
    List<Map<String, Object>> rows = JsonVariables.rows(minutesItems, order.size());
    if (rows.size() != order.size()) {
      throw new IllegalArgumentException("Referatet passer ikke til dagsordenen.");
    }
    for (int i = 0; i < order.size(); i++) {
      Map<String, Object> r = rows.get(i);
      items.saveMinutes(
          order.get(i),
          JsonVariables.text(r, "discussion"),
          JsonVariables.text(r, "decision"),
          JsonVariables.flag(r, "draftAgreement"));
    }
    List<NewAction> newActions = new ArrayList<>();
    for (Map<String, Object> a : JsonVariables.rows(actions)) {
      newActions.add(
          new NewAction(
              order.get(JsonVariables.number(a, "itemPosition", 1) - 1),
              JsonVariables.text(a, "description"),
              JsonVariables.text(a, "owner"),
              LocalDate.parse(JsonVariables.text(a, "dueDate"))));
    }
    followUps.replaceActions(meetingId, newActions);
  }
}
