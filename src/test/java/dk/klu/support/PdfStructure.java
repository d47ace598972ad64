package dk.klu.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * A tagged PDF's logical structure as a screen reader meets it: the structure tree walked depth
 * first, in the order of its kids, with the text of each element's marked content (by MCID on its
 * page). This is the reading order, which veraPDF's PDF/UA-1 checks do not judge.
 */
public final class PdfStructure {

  private PdfStructure() {}

  /**
   * One structure element in reading order.
   *
   * @param type the standard structure type (P, H1, Table, Caption, …) after the role map
   * @param path the types from the root down to this element, e.g. "Document/Sect/L/LI/Lbl"
   * @param text the element's own marked content up to its next child element (an element with
   *     content and children appears once empty, where it begins, and once per run of content)
   */
  public record Element(String type, String path, String text) {
    @Override
    public String toString() {
      return path + " \"" + text + "\"";
    }
  }

  /**
   * The document is tagged (marked, with a structure tree that has kids), its language Danish and
   * its title {@code title}.
   */
  public static void assertTaggedDanish(PDDocument doc, String title) {
    var catalog = doc.getDocumentCatalog();
    assertThat(catalog.getMarkInfo().isMarked()).isTrue();
    assertThat(catalog.getStructureTreeRoot().getKids()).isNotEmpty();
    assertThat(catalog.getLanguage()).isEqualTo("da");
    assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(title);
  }

  /** The document's structure elements in reading order. */
  public static List<Element> readingOrder(PDDocument doc) {
    var root = doc.getDocumentCatalog().getStructureTreeRoot();
    if (root == null) {
      throw new AssertionError("The PDF is not tagged: no structure tree");
    }
    Map<PDPage, Map<Integer, String>> texts = new HashMap<>();
    List<Element> out = new ArrayList<>();
    for (Object kid : root.getKids()) {
      if (kid instanceof PDStructureElement e) {
        walk(e, "", null, texts, out);
      }
    }
    return out;
  }

  /** The non-empty texts in reading order, each element's on its own. */
  public static List<String> texts(PDDocument doc) {
    return readingOrder(doc).stream().map(Element::text).filter(t -> !t.isBlank()).toList();
  }

  private static void walk(
      PDStructureElement element,
      String parentPath,
      PDPage inheritedPage,
      Map<PDPage, Map<Integer, String>> texts,
      List<Element> out) {
    String type = element.getStandardStructureType();
    String path = parentPath.isEmpty() ? type : parentPath + "/" + type;
    PDPage page = element.getPage() != null ? element.getPage() : inheritedPage;
    out.add(new Element(type, path, ""));
    StringBuilder own = new StringBuilder();
    for (Object kid : element.getKids()) {
      if (kid instanceof Integer mcid) {
        own.append(text(page, mcid, texts));
      } else if (kid instanceof PDMarkedContentReference ref) {
        own.append(text(ref.getPage() != null ? ref.getPage() : page, ref.getMCID(), texts));
      } else if (kid instanceof PDStructureElement child) {
        flush(type, path, own, out);
        walk(child, path, page, texts, out);
      }
    }
    flush(type, path, own, out);
  }

  /** The element's content read so far, as one entry, in the order of the kids. */
  private static void flush(String type, String path, StringBuilder own, List<Element> out) {
    String text = own.toString().replaceAll("\\s+", " ").trim();
    if (!text.isEmpty()) {
      out.add(new Element(type, path, text));
    }
    own.setLength(0);
  }

  private static String text(PDPage page, int mcid, Map<PDPage, Map<Integer, String>> texts) {
    if (page == null) {
      return "";
    }
    return texts.computeIfAbsent(page, PdfStructure::markedContent).getOrDefault(mcid, "");
  }

  private static Map<Integer, String> markedContent(PDPage page) {
    try {
      PDFMarkedContentExtractor extractor = new NamedPropertiesExtractor();
      extractor.processPage(page);
      Map<Integer, String> byMcid = new HashMap<>();
      for (PDMarkedContent content : extractor.getMarkedContents()) {
        collect(content, byMcid);
      }
      return byMcid;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * PDFBox 3.0's extractor reads {@code /P <</MCID 6>> BDC} but not {@code /P /Prop7 BDC}, the form
   * openhtmltopdf writes (the MCID in the page's /Properties resources): it takes the second name
   * for the tag and finds no MCID. This one looks the property list up.
   */
  private static final class NamedPropertiesExtractor extends PDFMarkedContentExtractor {
    NamedPropertiesExtractor() {
      addOperator(
          new OperatorProcessor(this) {
            @Override
            public void process(Operator operator, List<COSBase> arguments) {
              COSName tag = null;
              COSDictionary properties = null;
              for (COSBase argument : arguments) {
                if (argument instanceof COSDictionary d) {
                  properties = d;
                } else if (argument instanceof COSName name) {
                  if (tag == null) {
                    tag = name;
                  } else {
                    PDPropertyList list = getContext().getResources().getProperties(name);
                    properties = list == null ? null : list.getCOSObject();
                  }
                }
              }
              getContext().beginMarkedContentSequence(tag, properties);
            }

            @Override
            public String getName() {
              return OperatorName.BEGIN_MARKED_CONTENT_SEQ;
            }
          });
    }
  }

  private static void collect(PDMarkedContent content, Map<Integer, String> byMcid) {
    StringBuilder text = new StringBuilder();
    for (Object o : content.getContents()) {
      if (o instanceof TextPosition t) {
        text.append(t.getUnicode());
      } else if (o instanceof PDMarkedContent nested) {
        collect(nested, byMcid);
      }
    }
    if (content.getMCID() >= 0) {
      byMcid.merge(content.getMCID(), text.toString(), (a, b) -> a + " " + b);
    }
  }
}
