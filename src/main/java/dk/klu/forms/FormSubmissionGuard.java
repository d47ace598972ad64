package dk.klu.forms;

import dk.klu.http.CachedBodyRequest;
import dk.klu.http.JsonErrors;
import dk.klu.http.RoutedPath;
import dk.klu.security.Callers;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validates form submissions on the server, so a client that skips the form cannot store what the
 * form would refuse; and keeps variables from being changed other than through a form.
 *
 * <p>For a POST that completes a task or starts a process (submit-form, complete, resolve, start)
 * whose task or start event has a {@code camunda:formRef}, the variables are checked against the
 * form ({@link FormValidator}) and then the form's {@link FormRule}s. Any problem: 400 with Danish
 * messages, and the engine is not called. What the form shows read-only is taken out of the
 * submission before the engine stores anything ({@link ReadOnlyValues}). A person's submission to a
 * task or start without a form carries no values. Every other way of sending variables is closed to
 * people by the {@code EngineApiGate} before this filter.
 */
public class FormSubmissionGuard implements Filter {

  static final String NO_FORM =
      "Der er ingen formular at kontrollere værdierne mod, så der kan ikke sendes værdier med.";
  static final String RULE_FAILED =
      "Indsendelsen kunne ikke kontrolleres. Kontakt en administrator.";
  private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");
  private static final Logger LOG = LoggerFactory.getLogger(FormSubmissionGuard.class);

  private final FormTargets targets;
  private final FormCatalog catalog;
  private final FormValidator validator;
  private final RuleSource rules;
  private final Callers callers;

  /** Where the rules come from; asked on every submission, so rules may be registered late. */
  @FunctionalInterface
  interface RuleSource {
    Stream<FormRule> rules();
  }

  FormSubmissionGuard(
      FormTargets targets,
      FormCatalog catalog,
      FormValidator validator,
      RuleSource rules,
      Callers callers) {
    this.targets = targets;
    this.catalog = catalog;
    this.validator = validator;
    this.rules = rules;
    this.callers = callers;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    HttpServletResponse answer = (HttpServletResponse) response;
    Optional<Endpoint> endpoint = Endpoint.of(RoutedPath.of(http));
    if (endpoint.isEmpty() || READING.contains(http.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    Authentication caller =
        callers.caller(http, endpoint.get().rest(), endpoint.get().engineName());
    if (!"POST".equals(http.getMethod()) || (caller == null && !endpoint.get().rest())) {
      chain.doFilter(request, response); // the webapp refuses callers without a session
      return;
    }
    Optional<FormTarget> target = targets.find(endpoint.get(), caller);
    CachedBodyRequest cached = new CachedBodyRequest(http);
    if (target.isEmpty()) {
      // No form to check against (or nothing the caller may see): a person sends no values.
      if (!Callers.isAdmin(caller)
          && carriesValues(cached.body())
          && targets.visibleWithoutForm(endpoint.get(), caller)) {
        JsonErrors.write(
            answer, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException", NO_FORM);
        return;
      }
      chain.doFilter(cached, response);
      return;
    }
    Optional<FormDefinition> form =
        catalog.find(target.get().formRef(), target.get().deploymentId());
    List<String> messages = check(target.get(), form, cached.body());
    if (!messages.isEmpty()) {
      JsonErrors.write(
          answer, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException", messages);
      return;
    }
    chain.doFilter(
        new CachedBodyRequest(http, ReadOnlyValues.removed(form.get(), cached.body())), response);
  }

  /** Whether the body names any variable (an unreadable body counts: the engine refuses it). */
  private static boolean carriesValues(byte[] body) {
    if (body.length == 0) {
      return false;
    }
    try {
      return !SubmittedVariables.parse(body).isEmpty();
    } catch (SubmittedVariables.Refused e) {
      return !e.messages().contains(SubmittedVariables.NO_VARIABLES);
    }
  }

  /** The Danish messages for what is wrong with a submission to the target; empty when fine. */
  List<String> check(FormTarget target, Optional<FormDefinition> form, byte[] body) {
    Map<String, Object> values;
    try {
      values = Collections.unmodifiableMap(SubmittedVariables.parse(body));
    } catch (SubmittedVariables.Refused e) {
      return e.messages();
    }
    if (form.isEmpty()) {
      LOG.warn("Form '{}' not found: submission refused", target.formRef().getKey());
      return List.of(
          ValueChecks.message(
              "Formularen \"%s\" findes ikke, så indsendelsen kan ikke kontrolleres.",
              ValueChecks.shown(target.formRef().getKey())));
    }
    List<String> messages = new ArrayList<>(validator.validate(form.get(), values));
    if (messages.isEmpty()) {
      messages.addAll(applyRules(submission(form.get().id(), values, target)));
    }
    return messages;
  }

  private List<String> applyRules(FormSubmission submission) {
    List<String> messages = new ArrayList<>();
    rules
        .rules()
        .filter(rule -> submission.formId().equals(rule.formId()))
        .forEach(
            rule -> {
              try {
                messages.addAll(rule.validate(submission));
              } catch (RuntimeException e) {
                LOG.error("Form rule {} failed", rule.getClass().getName(), e);
                messages.add(RULE_FAILED);
              }
            });
    return messages.stream().distinct().toList();
  }

  /** The target's process variables as rules read them: each read once per submission. */
  private Function<String, Object> current(FormTarget target) {
    Map<String, Optional<Object>> read = new HashMap<>();
    return name ->
        read.computeIfAbsent(name, n -> Optional.ofNullable(targets.variable(target, n)))
            .orElse(null);
  }

  private FormSubmission submission(String formId, Map<String, Object> values, FormTarget target) {
    return new FormSubmission(
        formId,
        values,
        target.taskId(),
        target.processInstanceId(),
        target.processDefinitionId(),
        target.processDefinitionKey(),
        current(target));
  }
}
