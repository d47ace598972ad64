package dk.klu.forms;

import dk.klu.security.Callers;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Registers the {@link FormSubmissionGuard} on both REST APIs, after the REST authentication filter
 * (so the caller is known).
 */
@Configuration
public class FormGuardConfiguration {

  static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 40;

  @Bean
  FilterRegistrationBean<FormSubmissionGuard> formSubmissionGuard(
      FormTargets targets,
      FormCatalog catalog,
      FormValidator validator,
      ObjectProvider<FormRule> rules,
      IdentityService identityService) {
    FilterRegistrationBean<FormSubmissionGuard> registration =
        new FilterRegistrationBean<>(
            new FormSubmissionGuard(
                targets, catalog, validator, rules::orderedStream, new Callers(identityService)));
    registration.setName("klu-form-submission-guard");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setOrder(ORDER);
    return registration;
  }
}
