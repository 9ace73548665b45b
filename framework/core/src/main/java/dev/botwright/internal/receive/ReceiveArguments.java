package dev.botwright.internal.receive;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The parsed arguments after {@code receive}.
 *
 * @param event the {@code --event} value, {@code issues} or {@code issues.opened}
 * @param payload the {@code --payload} file
 * @param dryRun whether {@code --dry-run} was given
 * @param stubs the {@code --stub ROUTE=FILE} values, file by route, in the order given
 * @param help whether {@code --help} was given
 */
record ReceiveArguments(
    @Nullable String event,
    @Nullable String payload,
    boolean dryRun,
    Map<String, String> stubs,
    boolean help) {

  static ReceiveArguments parse(List<String> args) {
    String event = null;
    String payload = null;
    boolean dryRun = false;
    boolean help = false;
    Map<String, String> stubs = new LinkedHashMap<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      String name =
          arg.startsWith("--") && arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      switch (name) {
        case "--help", "-h" -> help = true;
        case "--dry-run" -> dryRun = true;
        case "--event", "-e", "--payload", "-p", "--stub" -> {
          String value;
          if (!name.equals(arg)) {
            value = arg.substring(name.length() + 1);
          } else if (i + 1 < args.size()) {
            value = args.get(++i);
          } else {
            throw new IllegalArgumentException("Option " + name + " needs a value.");
          }
          switch (name) {
            case "--event", "-e" -> event = value;
            case "--payload", "-p" -> payload = value;
            default -> stub(value, stubs);
          }
        }
        default -> throw new IllegalArgumentException("Unknown argument '" + arg + "'.");
      }
    }
    if (!help && (event == null || payload == null)) {
      throw new IllegalArgumentException(
          "Give the event and the payload file, e.g. --event issues --payload"
              + " fixtures/issues.opened.json.");
    }
    return new ReceiveArguments(event, payload, dryRun, Map.copyOf(stubs), help);
  }

  /** {@code "GET /repos/{owner}/{repo}/contents/{+path}=fixtures/config.json"}: the last '='. */
  private static void stub(String value, Map<String, String> stubs) {
    int equals = value.lastIndexOf('=');
    if (equals <= 0 || equals == value.length() - 1) {
      throw new IllegalArgumentException(
          "--stub '"
              + value
              + "' is not ROUTE=FILE: write e.g. --stub"
              + " \"GET /repos/{owner}/{repo}/contents/{+path}=fixtures/config.json\".");
    }
    stubs.put(value.substring(0, equals).strip(), value.substring(equals + 1).strip());
  }
}
