package dk.klu.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Security review finding 12: the PDF renderer loads nothing from outside. Text people write ends
 * up in the documents; a reference to a URL or a local file in it must not make the server fetch or
 * read anything.
 */
class DocumentRendererResourcesTest {

  /** CSS that would put this word into the PDF's text if it were ever loaded. */
  private static final String LEAK = "LAEKKET";

  private final DocumentRenderer renderer = DocumentRendererTest.renderer();

  private HttpServer server;
  private final AtomicInteger hits = new AtomicInteger();

  @TempDir Path dir;

  @BeforeEach
  void startServer() throws Exception {
    byte[] png = png();
    byte[] css = ("body::before { content: \"" + LEAK + "\"; }").getBytes(StandardCharsets.UTF_8);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          hits.incrementAndGet();
          byte[] body = exchange.getRequestURI().getPath().endsWith(".css") ? css : png;
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    Files.write(dir.resolve("x.png"), png);
    Files.write(dir.resolve("x.css"), css);
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  @Test
  void fetchesNoUrlAndReadsNoFileButStillRenders() throws Exception {
    String http = "http://127.0.0.1:" + server.getAddress().getPort();
    String file = dir.toUri().toString(); // file:///tmp/.../
    String html =
        """
        <!DOCTYPE html>
        <html lang="da"><head><title>Dagsorden</title>
        <link rel="stylesheet" href="%1$s/link.css"/>
        <link rel="stylesheet" href="%2$sx.css"/>
        <link rel="stylesheet" href="file:///etc/passwd"/>
        <style>
          @import url("%1$s/import.css");
          @import url("%2$sx.css");
          @import url("file:///etc/passwd");
          h1 { background-image: url("%1$s/background.png"); }
          p { background: url("%2$sx.png"); }
          body, h1 { font-family: 'DejaVu Sans', sans-serif; }
        </style></head>
        <body>
        <h1>Dagsorden</h1>
        <p>Punkt 1: Vagtlæger</p>
        <img src="%1$s/x.png" alt="billede"/>
        <img src="%2$sx.png" alt="fil"/>
        <img src="file:///etc/passwd" alt="passwd"/>
        <object data="%1$s/object.svg" type="image/svg+xml"></object>
        </body></html>
        """
            .formatted(http, file);

    byte[] pdf = renderer.pdf(html);

    assertThat(hits).as("requests to the local HTTP server").hasValue(0);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("Punkt 1: Vagtlæger").doesNotContain(LEAK);
      for (PDPage page : doc.getPages()) {
        for (var name : page.getResources().getXObjectNames()) {
          assertThat(page.getResources().getXObject(name))
              .as("an image read from a URL or a file")
              .isNotInstanceOf(PDImageXObject.class);
        }
      }
    }
  }

  private static byte[] png() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
    return out.toByteArray();
  }
}
