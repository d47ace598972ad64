package dk.klu.meeting;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The committee itself: its name, the user ids of its two chairs, who approve the agenda and the
 * minutes, and its full name ({@code klu.committee.display-name}) on documents, public pages and
 * mail.
 */
@ConfigurationProperties(prefix = "klu.committee")
public record CommitteeProperties(
    @DefaultValue("KLU") String name,
    @DefaultValue("formand") String chairUser,
    @DefaultValue("plo-formand") String gpChairUser,
    @DefaultValue("10") int fixedPointsMinutes,
    @DefaultValue("15") int breakMinutes,
    @DefaultValue("Kommunalt Lægeligt Udvalg") String displayName) {}
