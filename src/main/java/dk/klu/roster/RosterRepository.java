package dk.klu.roster;

import dk.klu.persistence.Table;
import dk.klu.roster.RosterService.Introduction;
import dk.klu.roster.RosterService.NewTerm;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Terms on the committee in klu_roster, with how each person was introduced. */
@Repository
public class RosterRepository {

  private final JdbcClient jdbc;
  private final Table<RosterEntry> roster;

  public RosterRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.roster =
        Table.of(
            jdbc, "klu_roster", RosterEntry.class, "name", "person_name", "role", "committee_role");
  }

  /** Every term ever entered, in the order entered. */
  public List<RosterEntry> all() {
    return roster.list("ORDER BY id");
  }

  public long insert(NewTerm t, String by, OffsetDateTime now) {
    return roster
        .insert()
        .set("user_id", t.userId())
        .set("person_name", t.name())
        .set("committee_role", t.role())
        .set("appointed_by", t.appointedBy())
        .set("organisation", t.organisation())
        .set("email", t.email())
        .set("contact_person", t.contactPerson())
        .set("term_from", t.termFrom())
        .set("term_to", t.termTo())
        .set("created_by", by)
        .set("created_at", now)
        .id();
  }

  public void end(long id, LocalDate lastDay, String by, OffsetDateTime now) {
    roster
        .update("id = :id", "id", id)
        .set("term_to", lastDay)
        .set("ended_by", by)
        .set("ended_at", now)
        .run();
  }

  /** Records the introduction; returns whether the term exists. */
  public boolean introduced(long id, Introduction introduction, String by, OffsetDateTime now) {
    return roster
            .update("id = :id", "id", id)
            .set("introduced_at", now)
            .set("introduced_by", by)
            .set("introduction_material_sent", introduction.materialSent())
            .set("introduction_year_plan_sent", introduction.yearPlanSent())
            .set("introduction_minutes_sent", introduction.minutesSent())
            .set("introduction_contact", introduction.contact())
            .set("introduction_note", introduction.note())
            .run()
        == 1;
  }

  /** Who introduced the person of a term; empty while they are not introduced. */
  public Optional<String> introducedBy(long id) {
    return jdbc.sql(
            "SELECT introduced_by FROM klu_roster WHERE id = :id AND introduced_at IS NOT NULL")
        .param("id", id)
        .query(String.class)
        .optional();
  }
}
