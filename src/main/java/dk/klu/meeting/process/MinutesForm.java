package dk.klu.meeting.process;

import dk.klu.agenda.AgendaItem;
import dk.klu.agenda.AgendaItemService;
import dk.klu.followup.FollowUpAction;
import dk.klu.followup.FollowUpService;
import dk.klu.followup.NewAction;
import dk.klu.process.RowSlots;
import dk.klu.process.RowSlots.Row;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.spin.plugin.variable.value.JsonValue;
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
  private final dk.klu.people.PersonNames people;

  public MinutesForm(
      AgendaItemService items, FollowUpService followUps, dk.klu.people.PersonNames people) {
    this.people = people;
    this.items = items;
    this.followUps = followUps;
  }

  /** The items on the agenda as the form's row slots. */
  public JsonValue itemSlots(long meetingId) {
    List<AgendaItem> onAgenda = items.onAgenda(meetingId);
    Map<Long, String> numbers = numbers(meetingId);
    return RowSlots.slots(
        onAgenda,
        (item, row) -> {
          row.put("itemId", item.id());
          row.put("position", onAgenda.indexOf(item) + 1);
          row.put("number", numbers.get(item.id()));
          row.put("title", item.title());
          row.put("kindLabel", item.effectiveKind().danish());
          row.put("discussion", item.minutesDiscussion() == null ? "" : item.minutesDiscussion());
          row.put("decision", item.minutesDecision() == null ? "" : item.minutesDecision());
          row.put("draftAgreement", item.draftAgreement());
        });
  }

  /** The open follow-up actions as the form's row slots. */
  public JsonValue actionSlots(long meetingId) {
    Map<Long, String> numbers = numbers(meetingId);
    return RowSlots.slots(
        followUps.ofMeeting(meetingId).stream()
            .filter(a -> a.status() == FollowUpAction.Status.OPEN)
            .toList(),
        (action, row) -> {
          row.put("itemNumber", numbers.getOrDefault(action.itemId(), ""));
          row.put("description", action.description());
          row.put("owner", action.owner());
          row.put("dueDate", action.dueDate().toString());
        });
  }

  /**
   * The follow-up actions as the chairs read them before approving the minutes, one Markdown line
   * each: "- Skriv til PLO (punkt 2.1; ansvarlig: Sara Sekretær; frist 1. april 2027)".
   */
  public String actionsText(long meetingId) {
    Map<Long, String> numbers = numbers(meetingId);
    StringBuilder text = new StringBuilder();
    for (FollowUpAction a : followUps.ofMeeting(meetingId)) {
      if (a.status() != FollowUpAction.Status.OPEN) {
        continue;
      }
      text.append("- ")
          .append(a.description().strip().replaceAll("\\s+", " "))
          .append(" (punkt ")
          .append(numbers.getOrDefault(a.itemId(), "?"))
          .append("; ansvarlig: ")
          .append(people.nameOf(a.owner()))
          .append("; frist ")
          .append(dk.klu.meeting.Meeting.danishDate(a.dueDate()))
          .append(")\n");
    }
    return text.isEmpty() ? "Ingen opfølgningspunkter." : text.toString().strip();
  }

  /** Problems with submitted minutes, in Danish; empty if they can be stored. */
  public List<String> check(long meetingId, Object minutesItems, Object actions, LocalDate today) {
    List<String> problems = new ArrayList<>();
    List<AgendaItem> agenda = items.onAgenda(meetingId);
    int expected = agenda.size();
    List<Row> rows = RowSlots.numbered(minutesItems, expected);
    if (rows.size() > expected) {
      problems.add(
          "Referatet skal have "
              + expected
              + " punkter, men der blev indsendt "
              + rows.size()
              + ".");
    }
    for (Row item : rows) {
      if (item.blank("discussion")) {
        problems.add("Referatet af punkt " + item.number() + " mangler drøftelsen.");
      } else if (item.blank("decision")) {
        problems.add("Referatet af punkt " + item.number() + " mangler beslutningen.");
      }
    }
    Map<String, AgendaItem> byNumber = AgendaItemService.byNumber(agenda);
    for (Row action : RowSlots.numbered(actions, 0)) {
      int row = action.number();
      for (String[] field :
          new String[][] {
            {"itemNumber", "Dagsordenspunkt"},
            {"description", "Handling"},
            {"owner", "Ansvarlig"},
            {"dueDate", "Frist"}
          }) {
        if (action.blank(field[0])) {
          problems.add("Opfølgning " + row + ": feltet \"" + field[1] + "\" skal udfyldes.");
        }
      }
      String number = action.blank("itemNumber") ? null : action.text("itemNumber").strip();
      if (number != null && !byNumber.containsKey(number)) {
        problems.add(
            "Opfølgning "
                + row
                + ": dagsordenspunkt "
                + number
                + " findes ikke; skriv nummeret som på dagsordenen ("
                + String.join(", ", byNumber.keySet())
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
    }
    return problems;
  }

  @Transactional
  public void store(long meetingId, Object minutesItems, Object actions) {
    List<AgendaItem> agenda = items.onAgenda(meetingId);
    List<Long> order = agenda.stream().map(AgendaItem::id).toList();
    Map<String, AgendaItem> byNumber = AgendaItemService.byNumber(agenda);
    RowSlots.merge(
        order,
        minutesItems,
        (expected, given) -> "Referatet passer ikke til dagsordenen.",
        (itemId, r) -> {
          items.saveMinutes(
              itemId, r.text("discussion"), r.text("decision"), r.flag("draftAgreement"));
          return itemId;
        });
    followUps.replaceActions(
        meetingId,
        RowSlots.read(
            actions,
            a ->
                new NewAction(
                    byNumber.get(a.text("itemNumber").strip()).id(),
                    a.text("description"),
                    a.text("owner"),
                    LocalDate.parse(a.text("dueDate")))));
  }

  /** Each agenda item's number as the agenda and minutes show it (2.1, 3.1, ...). */
  private Map<Long, String> numbers(long meetingId) {
    Map<Long, String> numbers = new java.util.HashMap<>();
    items.byNumber(meetingId).forEach((number, item) -> numbers.put(item.id(), number));
    return numbers;
  }
}
