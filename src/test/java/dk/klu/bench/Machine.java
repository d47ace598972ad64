package dk.klu.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The machine the figures come from. */
final class Machine {

  private Machine() {}

  static Map<String, Object> describe() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("processors", Runtime.getRuntime().availableProcessors());
    m.put("cpu", firstValue("/proc/cpuinfo", "model name"));
    String mem = firstValue("/proc/meminfo", "MemTotal").replaceAll("[^0-9]", "");
    m.put(
        "memTotal",
        mem.isEmpty()
            ? "unknown"
            : String.format(java.util.Locale.ROOT, "%.1f GiB", Long.parseLong(mem) / 1048576.0));
    m.put("loadAverageAtStart", read("/proc/loadavg").trim());
    m.put(
        "java",
        System.getProperty("java.vm.name")
            + " "
            + System.getProperty("java.runtime.version")
            + " ("
            + System.getProperty("java.vendor")
            + ")");
    m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    return m;
  }

  static String loadAverage() {
    return read("/proc/loadavg").trim();
  }

  private static String firstValue(String file, String key) {
    return read(file)
        .lines()
        .filter(l -> l.startsWith(key))
        .map(l -> l.substring(l.indexOf(':') + 1).trim())
        .findFirst()
        .orElse("unknown");
  }

  private static String read(String file) {
    try {
      return Files.readString(Path.of(file));
    } catch (Exception e) {
      return "";
    }
  }
}
