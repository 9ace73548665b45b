package {{package}};

import dev.botwright.Botwright;

/** Starts {{name}}: {@code java -jar target/{{name}}.jar}. */
public final class Application {

  private Application() {}

  public static void main(String[] args) {
    Botwright.run(Application.class, args);
  }
}
