package dk.klu.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/** A horizontal bar chart of the ratios ours/bare with their targets, drawn with Java2D. */
final class BenchChart {

  private static final Color OK = new Color(0x2e7d32);
  private static final Color OVER = new Color(0xc62828);
  private static final Color NEUTRAL = new Color(0x546e7a);

  private BenchChart() {}

  static void write(Map<String, Object> results, Path file) throws Exception {
    List<Summary.Ratio> rows = Summary.ratios(results);
    // the label column as wide as the longest label
    Font labels = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
    java.awt.FontMetrics metrics = probe.createGraphics().getFontMetrics(labels);
    int left = 30 + rows.stream().mapToInt(r -> metrics.stringWidth(r.label())).max().orElse(300);
    int right = 90;
    int top = 70;
    int rowHeight = 30;
    int footer = 80;
    int width = left + 770;
    int height = top + Math.max(1, rows.size()) * rowHeight + footer;
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);

    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
    g.drawString(
        "KLU workflow: ours / bare baseline, measured in the same run (lower is better)", 20, 30);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    Map<String, Object> machine = Summary.map(results.get("machine"));
    if (machine != null) {
      g.drawString(
          machine.get("processors")
              + " cores, "
              + machine.get("memTotal")
              + ", "
              + machine.get("java")
              + "; load at start "
              + machine.get("loadAverageAtStart"),
          20,
          50);
    }

    double max = 2.0;
    for (Summary.Ratio r : rows) {
      max = Math.max(max, Math.ceil(r.value() * 2) / 2);
    }
    int plot = width - left - right;
    // grid
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    for (double x = 0; x <= max + 1e-9; x += max > 6 ? 1 : 0.5) {
      int px = left + (int) (x / max * plot);
      g.setColor(new Color(0xe0e0e0));
      g.drawLine(px, top - 5, px, top + rows.size() * rowHeight);
      g.setColor(Color.DARK_GRAY);
      g.drawString(String.format("%.1fx", x), px - 10, top + rows.size() * rowHeight + 15);
    }
    int y = top;
    for (Summary.Ratio r : rows) {
      g.setColor(Color.BLACK);
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
      g.drawString(r.label(), 20, y + 19);
      int w = (int) (r.value() / max * plot);
      g.setColor(r.target() == null ? NEUTRAL : r.value() <= r.target() ? OK : OVER);
      g.fillRect(left, y + 6, Math.max(1, w), rowHeight - 12);
      g.setColor(Color.BLACK);
      g.drawString(String.format("%.2fx", r.value()), left + w + 6, y + 19);
      if (r.target() != null) {
        int tx = left + (int) (r.target() / max * plot);
        g.setColor(Color.BLACK);
        g.setStroke(
            new BasicStroke(
                2, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1, new float[] {4, 3}, 0));
        g.drawLine(tx, y + 2, tx, y + rowHeight - 2);
        g.setStroke(new BasicStroke(1));
      }
      y += rowHeight;
    }
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    g.setColor(Color.BLACK);
    int fy = top + rows.size() * rowHeight + 38;
    g.drawString("Dashed line: target. Green: target met, red: not met, grey: no target.", 20, fy);
    Map<String, Object> scale = Summary.map(results.get("scale"));
    if (scale != null) {
      g.drawString(
          String.format(
              "Scale on PostgreSQL: %s cycles in %s s (%s cycles/s); secretariat's task list over REST p50 %s ms, p95 %s ms (target p95 < 30 ms)",
              scale.get("cycles"),
              scale.get("totalSeconds"),
              scale.get("cyclesPerSecond"),
              scale.get("taskListP50Millis"),
              scale.get("taskListP95Millis")),
          20,
          fy + 20);
    }
    g.dispose();
    ImageIO.write(image, "png", file.toFile());
  }
}
