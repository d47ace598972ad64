package dk.klu.http;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** How the web endpoints answer with a PDF. */
public final class PdfResponses {

  private PdfResponses() {}

  /** The answer that shows a PDF in the browser, saved under {@code fileName}; add the body. */
  public static ResponseEntity.BodyBuilder inline(String fileName) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename(fileName).build().toString());
  }
}
