package dk.klu.agreement;

import dk.klu.rules.PositivePeriod;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where drafts are sent and how long the committee waits for an answer ({@code klu.agreement.*}).
 *
 * @param samarbejdsudvalgEmail the regional Samarbejdsudvalg's address (route a, § 2 agreements)
 * @param praksisudvalgEmail the regional Praksisudvalg's address (route b, bilateral agreements)
 * @param gpMailingList the municipality's GPs, told of a formalised agreement by mail
 * @param answerReminderInterval how often the body is reminded while the answer is awaited
 * @param answerEscalationAfter how long after sending the secretariat and chairs are warned
 * @param implementationFollowUp how often the secretariat follows up on a formalised agreement's
 *     implementation (quarterly by default)
 * @param settlementAgreementExists the municipality–region settlement agreement already exists
 *     (otherwise it exists once the secretariat has registered it in {@code klu-agreement})
 */
@ConfigurationProperties(prefix = "klu.agreement")
@Validated
public record AgreementProperties(
    @DefaultValue("samarbejdsudvalget@region.example") String samarbejdsudvalgEmail,
    @DefaultValue("praksisudvalget@region.example") String praksisudvalgEmail,
    @DefaultValue("praktiserende-laeger@kommune.example") String gpMailingList,
    @DefaultValue("P14D") @PositivePeriod("klu.agreement.answer-reminder-interval")
        Period answerReminderInterval,
    @DefaultValue("P60D") @PositivePeriod("klu.agreement.answer-escalation-after")
        Period answerEscalationAfter,
    @DefaultValue("P3M") @PositivePeriod("klu.agreement.implementation-follow-up")
        Period implementationFollowUp,
    @DefaultValue("false") boolean settlementAgreementExists) {

  /** The address of the body a route sends to. */
  public String address(Route route) {
    return route == Route.SU_PARAGRAPH_2 ? samarbejdsudvalgEmail : praksisudvalgEmail;
  }
}
