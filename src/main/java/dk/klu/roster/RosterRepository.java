package dk.klu.roster;

import dk.klu.persistence.Table;
import dk.klu.roster.RosterService.Introduction;
import dk.klu.roster.RosterService.NewTerm;
import java.sql.ResultSet;
import java.sql.SQLException;
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
    this.roster = new Table<>(jdbc, "klu_roster", RosterRepository::map);
  }

  /** Every term ever entered, in the order entered. */
  public List<RosterEntry> all() {
    return roster.list("ORDER BY id");
  }

  private static RosterEntry map(ResultSet rs, int row) throws SQLException {
    return new RosterEntry(
        rs.getLong("id"),
        rs.getString("user_id"),
        rs.getString("person_name"),
        CommitteeRole.valueOf(rs.getString("committee_role")),
        rs.getString("appointed_by"),
        rs.getString("organisation"),
        rs.getString("email"),
        rs.getBoolean("contact_person"),
        rs.getObject("term_from", LocalDate.class),
        rs.getObject("term_to", LocalDate.class),
        rs.getObject("created_at", OffsetDateTime.class),
        rs.getObject("ended_at", OffsetDateTime.class));
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
