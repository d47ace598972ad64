package dk.klu.roster;

import dk.klu.roster.RosterService.Introduction;
import dk.klu.roster.RosterService.NewTerm;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Terms on the committee in klu_roster, with how each person was introduced. */
@Repository
public class RosterRepository {

  private final JdbcClient jdbc;

  public RosterRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every term ever entered, in the order entered. */
  public List<RosterEntry> all() {
    return jdbc.sql(
            "SELECT id, user_id, person_name, committee_role, appointed_by, organisation, email,"
                + " contact_person, term_from, term_to, created_at, ended_at FROM klu_roster ORDER"
                + " BY id")
        .query(
            (rs, row) ->
                new RosterEntry(
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
                    rs.getObject("ended_at", OffsetDateTime.class)))
        .list();
  }

  public long insert(NewTerm t, String by, OffsetDateTime now) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO klu_roster (user_id, person_name, committee_role, appointed_by,"
                + " organisation, email, contact_person, term_from, term_to, created_by,"
                + " created_at) VALUES (:user, :name, :role, :appointedBy, :organisation,"
                + " :email, :contact, :from, :to, :by, :at)")
        .param("user", t.userId())
        .param("name", t.name())
        .param("role", t.role().name())
        .param("appointedBy", t.appointedBy())
        .param("organisation", t.organisation())
        .param("email", t.email())
        .param("contact", t.contactPerson())
        .param("from", t.termFrom())
        .param("to", t.termTo())
        .param("by", by)
        .param("at", now)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  public void end(long id, LocalDate lastDay, String by, OffsetDateTime now) {
    jdbc.sql("UPDATE klu_roster SET term_to = :to, ended_by = :by, ended_at = :at WHERE id = :id")
        .param("to", lastDay)
        .param("by", by)
        .param("at", now)
        .param("id", id)
        .update();
  }

  /** Records the introduction; returns whether the term exists. */
  public boolean introduced(long id, Introduction introduction, String by, OffsetDateTime now) {
    return jdbc.sql(
                "UPDATE klu_roster SET introduced_at = :at, introduced_by = :by,"
                    + " introduction_material_sent = :material, introduction_year_plan_sent ="
                    + " :yearPlan, introduction_minutes_sent = :minutes, introduction_contact ="
                    + " :contact, introduction_note = :note WHERE id = :id")
            .param("at", now)
            .param("by", by)
            .param("material", introduction.materialSent())
            .param("yearPlan", introduction.yearPlanSent())
            .param("minutes", introduction.minutesSent())
            .param("contact", introduction.contact())
            .param("note", introduction.note())
            .param("id", id)
            .update()
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
