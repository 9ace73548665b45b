package dev.botwright.internal.train;

import dev.botwright.config.WebhookConfiguration;
import dev.botwright.internal.client.DryRun;
import dev.botwright.internal.launch.LaunchCommand;
import dev.botwright.spi.DeliveryJournal;
import dev.botwright.spi.DeliveryJournal.DeliveryState;
import io.micronaut.context.ApplicationContext;
import io.micronaut.logging.LogLevel;
import io.micronaut.logging.LoggingSystem;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code train}: starts the whole bot once (HTTP server, journal, dispatch, metrics) with a
 * throwaway app identity on a loopback port, sends it a few signed deliveries, waits until they are
 * handled, and exits. Nothing reaches GitHub: every client is a dry run that discards what it would
 * have written. A JVM started with {@code -XX:ArchiveClassesAtExit=bot.jsa} (Java 17) or {@code
 * -XX:AOTCacheOutput=bot.aot} (Java 25) records on exit the classes a real start and the first
 * deliveries load, for later starts to map instead of load.
 */
public final class TrainCommand {

  static final String NAME = "train";

  /** Enough to go through intake, the journal and dispatch more than once. */
  static final int DELIVERIES = 3;

  private static final int PATIENCE_MILLIS = 30_000;

  private static final String USAGE =
      """
      Usage: train
        Starts the bot once with a throwaway identity on a loopback port, sends it %d signed
        deliveries (nothing reaches GitHub) and exits, so that the JVM can record the classes a
        start loads. Run it as:
          java -XX:ArchiveClassesAtExit=bot.jsa -jar bot.jar train     (Java 17 and later)
        and start the bot with -XX:SharedArchiveFile=bot.jsa. See docs/performance.md.
      """
          .formatted(DELIVERIES);

  private final PrintStream out;
  private final PrintStream err;

  private TrainCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /**
   * Runs {@code train}.
   *
   * @return 0 when the bot started and handled every training delivery (a handler may fail on the
   *     training payload: that is a handled delivery too), 1 when it did not, 2 for a usage mistake
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length > 1) {
      boolean help = args.length == 2 && (args[1].equals("--help") || args[1].equals("-h"));
      (help ? out : err).print(USAGE);
      return help ? 0 : 2;
    }
    return new TrainCommand(out, err).train();
  }

  private int train() {
    long started = System.nanoTime();
    Path workDir;
    try {
      workDir = Files.createTempDirectory("botwright-train");
    } catch (IOException e) {
      err.println("train: cannot make a temporary directory: " + e.getMessage());
      return 1;
    }
    String secret = HexFormat.of().formatHex(randomBytes(32));
    try (ApplicationContext context =
        ApplicationContext.builder()
            .deduceEnvironment(false)
            .banner(false)
            .properties(properties(workDir, secret))
            .start()) {
      // Before any client exists: every client of the context sends nothing and prints nowhere.
      context.registerSingleton(
          DryRun.class, new DryRun(Map.of(), new PrintStream(OutputStream.nullOutputStream())));
      // A handler may fail on the training payload; its errors are not the operator's concern.
      // The level is put back after: a process that goes on (a test) keeps its logging.
      Optional<LoggingSystem> logging = context.findBean(LoggingSystem.class);
      LogLevel before = rootLevel();
      logging.ifPresent(system -> system.setLogLevel("ROOT", LogLevel.OFF));
      try {
        return send(context, secret, started);
      } finally {
        logging.ifPresent(system -> system.setLogLevel("ROOT", before));
      }
    } catch (RuntimeException e) {
      err.println("train: the bot did not start: " + e.getMessage());
      return 1;
    } finally {
      deleteTree(workDir);
    }
  }

  /** Starts the server, sends the training deliveries and waits for each; the exit status. */
  private int send(ApplicationContext context, String secret, long started) {
    EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
    URI webhook = server.getURI().resolve(context.getBean(WebhookConfiguration.class).getPath());
    DeliveryJournal journal = context.getBean(DeliveryJournal.class);
    for (int i = 1; i <= DELIVERIES; i++) {
      String id = "botwright-train-" + i;
      Answer answer = post(webhook, secret, id, payload(i));
      if (answer.status() != 202) {
        err.println("train: the bot answered " + answer.status() + " to training delivery " + id);
        return 1;
      }
      // A bot with no issues.opened handler ignores it at intake: nothing to wait for.
      if (!answer.body().contains("\"ignored\"") && !awaitHandled(journal, id)) {
        err.println("train: training delivery " + id + " was not handled in 30 s");
        return 1;
      }
    }
    server.stop();
    out.printf(
        "Trained: started the bot and sent it %d deliveries in %d ms.%n",
        DELIVERIES, (System.nanoTime() - started) / 1_000_000);
    return 0;
  }

  /** The root logger's level as SLF4J sees it, to put back after training. */
  private static LogLevel rootLevel() {
    Logger root = LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
    if (root.isTraceEnabled()) {
      return LogLevel.TRACE;
    }
    if (root.isDebugEnabled()) {
      return LogLevel.DEBUG;
    }
    if (root.isInfoEnabled()) {
      return LogLevel.INFO;
    }
    if (root.isWarnEnabled()) {
      return LogLevel.WARN;
    }
    return root.isErrorEnabled() ? LogLevel.ERROR : LogLevel.OFF;
  }

  /**
   * The bot's own configuration with a throwaway identity over it, on a loopback port, with its
   * files in {@code workDir}. Over everything else (the builder's properties win over the
   * environment and {@code .env}), so a training run never uses the real app's key or files.
   */
  private static Map<String, Object> properties(Path workDir, String secret) {
    Map<String, Object> properties = new HashMap<>();
    properties.put("botwright.app.id", "1");
    properties.put("botwright.app.private-key", throwawayKey());
    properties.put("botwright.webhook.secrets", secret);
    properties.put("micronaut.server.host", "127.0.0.1");
    properties.put("micronaut.server.port", "-1");
    properties.put("botwright.journal.dir", workDir.resolve("journal").toString());
    properties.put("botwright.tokens.store-file", workDir.resolve("tokens.json").toString());
    properties.put(
        "botwright.install.index-file", workDir.resolve("installations.json").toString());
    properties.put("botwright.reconcile.enabled", "false");
    properties.put("botwright.schedule.enabled", "false");
    return properties;
  }

  /**
   * An {@code issues.opened} delivery with the coordinates intake and dispatch read. A typed
   * handler may fail to bind it (it is not a whole payload), which is still a handled delivery.
   */
  private static byte[] payload(int number) {
    return ("""
        {"action":"opened","installation":{"id":1},\
        "issue":{"number":%d,"title":"training","user":{"login":"botwright-train","type":"User"}},\
        "repository":{"name":"training","full_name":"botwright/training",\
        "owner":{"login":"botwright"}},"sender":{"login":"botwright-train","type":"User"}}"""
            .formatted(number))
        .getBytes(StandardCharsets.UTF_8);
  }

  private record Answer(int status, String body) {}

  private static Answer post(URI webhook, String secret, String id, byte[] body) {
    try {
      HttpURLConnection connection = (HttpURLConnection) webhook.toURL().openConnection();
      connection.setRequestMethod("POST");
      connection.setDoOutput(true);
      connection.setConnectTimeout(5_000);
      connection.setReadTimeout(PATIENCE_MILLIS);
      connection.setRequestProperty("Content-Type", "application/json");
      connection.setRequestProperty("X-GitHub-Event", "issues");
      connection.setRequestProperty("X-GitHub-Delivery", id);
      connection.setRequestProperty("X-Hub-Signature-256", "sha256=" + hmac(secret, body));
      try (OutputStream stream = connection.getOutputStream()) {
        stream.write(body);
      }
      int status = connection.getResponseCode();
      String answer;
      try (var in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
        answer = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      connection.disconnect();
      return new Answer(status, answer);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot post to " + webhook, e);
    }
  }

  private static boolean awaitHandled(DeliveryJournal journal, String id) {
    long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
    while (System.currentTimeMillis() < deadline) {
      Optional<DeliveryState> state = journal.find(id).map(DeliveryJournal.DeliveryRecord::state);
      if (state.isPresent()
          && (state.get() == DeliveryState.DONE
              || state.get() == DeliveryState.DEAD
              || state.get() == DeliveryState.FAILED)) {
        return true;
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return false;
  }

  private static String hmac(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  /** A fresh RSA key, never written anywhere: the training identity signs nothing GitHub sees. */
  private static String throwawayKey() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      byte[] pkcs8 = generator.generateKeyPair().getPrivate().getEncoded();
      return "-----BEGIN PRIVATE KEY-----\n"
          + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
              .encodeToString(pkcs8)
          + "\n-----END PRIVATE KEY-----\n";
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("RSA is not available", e);
    }
  }

  private static byte[] randomBytes(int count) {
    byte[] bytes = new byte[count];
    new SecureRandom().nextBytes(bytes);
    return bytes;
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // A temporary directory left behind is harmless.
    }
  }

  /** Registers this command with {@link dev.botwright.Botwright#run}. */
  public static final class Launch extends LaunchCommand.Named {
    public Launch() {
      super(NAME, (args, env, out, err) -> TrainCommand.run(args, out, err));
    }
  }
}
