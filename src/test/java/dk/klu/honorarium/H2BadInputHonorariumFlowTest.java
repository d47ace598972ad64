package dk.klu.honorarium;

import dk.klu.support.BadInput;
import dk.klu.support.BadInputHarness;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.TestPropertySource;

/**
 * Reliability, bad input: the fee list of {@link HonorariumFlowTest}, where before each of its
 * forms is first submitted for real, {@link BadInput} sends that form's generated bad submissions
 * over REST as the same person (the secretariat).
 *
 * <p>Fault injected: every bad submission the form's definition gives rise to (wrong types, invalid
 * options, numbers out of range, malformed dates, oversized text, script, markup, control
 * characters, required values left out, unknown fields, broken bodies, serialized objects).
 * Asserts: 400 with a Danish message naming the field, no klu_ table changed, the task still open
 * with its variables, no process started, no incident; and every form of {@code klu-honorarium} had
 * its bad submissions.
 *
 * <p>{@code klu-honorarium} has no start form: it is started from the registered attendance.
 */
@TestPropertySource(
    properties = "spring.datasource.url=jdbc:h2:mem:klu-bad-input-honorarium;DB_CLOSE_DELAY=-1")
class H2BadInputHonorariumFlowTest extends HonorariumFlowTest {

  @RegisterExtension static final BadInputHarness BAD = new BadInputHarness("klu-honorarium");

  @Override
  protected void complete(String user, String taskId, Map<String, Object> values) throws Exception {
    BAD.task(user, taskId, values);
    super.complete(user, taskId, values);
  }
}
