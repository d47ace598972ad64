package dk.klu.support;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** The Nu HTML Checker (the W3C's validator) run in-process on a page. */
public final class HtmlChecker {

  private HtmlChecker() {}

  /** The checker's errors for an HTML document; empty when it is valid. */
  public static List<String> errors(String html) {
    List<String> errors = new ArrayList<>();
    ErrorHandler handler =
        new ErrorHandler() {
          @Override
          public void warning(SAXParseException e) {}

          @Override
          public void error(SAXParseException e) {
            errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
          }

          @Override
          public void fatalError(SAXParseException e) {
            error(e);
          }
        };
    try {
      SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
      validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", handler);
      validator.setUpValidatorAndParsers(handler, false, false);
      InputSource source =
          new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
      source.setEncoding("UTF-8");
      validator.checkHtmlInputSource(source);
    } catch (Exception e) {
      throw new IllegalStateException("Nu HTML Checker could not run", e);
    }
    return errors;
  }
}
