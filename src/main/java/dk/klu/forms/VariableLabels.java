package dk.klu.forms;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * The process variables in Danish, for Cockpit (the process owner reads {@code agendaItems} as
 * "Dagsordenens punkter"): the application's own names (dk/klu/forms/variable-labels.properties),
 * then the label of the form field that asks for the variable.
 */
@Component
public class VariableLabels {

  static final String FILE = "dk/klu/forms/variable-labels.properties";

  private final Map<String, String> labels;

  public VariableLabels(FormCatalog forms) {
    Map<String, String> all = new TreeMap<>(forms.labels());
    all.putAll(own());
    this.labels = Map.copyOf(all);
  }

  /** Variable name to Danish label. */
  public Map<String, String> all() {
    return labels;
  }

  private static Map<String, String> own() {
    Properties properties = new Properties();
    try (Reader in =
        new InputStreamReader(
            VariableLabels.class.getClassLoader().getResourceAsStream(FILE),
            StandardCharsets.UTF_8)) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + FILE, e);
    }
    Map<String, String> own = new TreeMap<>();
    properties.forEach((key, value) -> own.put((String) key, ((String) value).strip()));
    return own;
  }
}
