package dev.botwright;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SliceRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import io.micronaut.context.BeanProvider;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The package structure of framework/core, checked at build time (issue 18): no cycles between
 * packages, and the public API packages do not reach into the engine. What still breaks a rule is
 * listed here by class, with the reason and the change that will clear it; remove an allowance with
 * that change.
 */
class ArchitectureTest {

  /**
   * Framework/core's own classes: the directory {@code Botwright} was loaded from, so that the
   * processor's and codegen's classes (on the class path when Maven builds them in the same run)
   * are not counted as core packages.
   */
  static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPath(coreClasses());

  /**
   * The engine: everything under this package. The packages above it hold the types bot authors use
   * (docs/, the sample bot and the scaffold's templates import nothing from the engine).
   */
  static final String ENGINE = "dev.botwright.internal";

  /**
   * The API packages as they stand; a new package beside them is a decision, so the test names
   * them.
   */
  static final Set<String> API_PACKAGES =
      Set.of(
          "dev.botwright",
          "dev.botwright.config",
          "dev.botwright.event",
          "dev.botwright.github",
          "dev.botwright.install",
          "dev.botwright.json",
          "dev.botwright.oauth",
          "dev.botwright.repoconfig",
          "dev.botwright.spi");

  /** Engine types that are documented seams the API may name. */
  static final Set<String> SEAMS = Set.of("dev.botwright.internal.launch.LaunchCommand");

  @Test
  void packagesHaveNoCycles() {
    packagesFreeOfCycles("dev.botwright").check(CORE);
  }

  @Test
  void theCycleRuleReportsACycle() {
    JavaClasses fixture = new ClassFileImporter().importPackages("dev.botwright.archfixture");

    assertThat(
            packagesFreeOfCycles("dev.botwright.archfixture")
                .evaluate(fixture)
                .getFailureReport()
                .getDetails())
        .anySatisfy(
            line ->
                assertThat(line.replaceAll("\\s+", " "))
                    .contains("Cycle detected: Slice a -> Slice b -> Slice a"));
  }

  @Test
  void everyPackageIsEitherAnApiPackageOrUnderTheEngine() {
    Set<String> packages = new TreeSet<>();
    CORE.forEach(c -> packages.add(c.getPackageName()));
    assertThat(packages)
        .allSatisfy(
            name ->
                assertThat(API_PACKAGES.contains(name) || name.startsWith(ENGINE + "."))
                    .as(name + " is neither an API package nor under " + ENGINE)
                    .isTrue());
  }

  @Test
  void apiPackagesDoNotUseTheEngineExceptThroughSeams() {
    Set<String> violations = new TreeSet<>();
    for (JavaClass origin : CORE) {
      if (!API_PACKAGES.contains(origin.getPackageName())) {
        continue;
      }
      for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
        JavaClass target = dependency.getTargetClass();
        if (target.getPackageName().startsWith(ENGINE + ".") && !SEAMS.contains(topLevel(target))) {
          violations.add(topLevel(origin) + " -> " + topLevel(target));
        }
      }
    }

    assertThat(violations)
        .as("API classes that use engine classes; use a documented seam instead")
        .isEmpty();
  }

  @Test
  void tokenMintingNeedsNoBeanProviderToBreakACycle() {
    noClasses()
        .that()
        .resideInAnyPackage("dev.botwright.internal.auth", "dev.botwright.internal.client")
        .should()
        .dependOnClassesThat()
        .areAssignableTo(BeanProvider.class)
        .check(CORE);
  }

  /**
   * Every package under {@code base} is one slice (the engine's packages, under {@code
   * base.internal}, each their own), {@code base} itself another; a slice may not reach itself
   * through others.
   */
  static SliceRule packagesFreeOfCycles(String base) {
    SliceAssignment firstPackage =
        new SliceAssignment() {
          @Override
          public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (name.equals(base)) {
              return SliceIdentifier.of("(root)");
            }
            if (!name.startsWith(base + ".")) {
              return SliceIdentifier.ignore();
            }
            String[] parts = name.substring(base.length() + 1).split("\\.");
            return SliceIdentifier.of(
                parts[0].equals("internal") && parts.length > 1
                    ? "internal." + parts[1]
                    : parts[0]);
          }

          @Override
          public String getDescription() {
            return "the packages of " + base + ", the root its own";
          }
        };
    return SlicesRuleDefinition.slices().assignedFrom(firstPackage).should().beFreeOfCycles();
  }

  /**
   * The class itself, or the class it is nested in; Micronaut's generated {@code $Bean$Definition}
   * classes count as their bean's.
   */
  private static String topLevel(JavaClass javaClass) {
    String name = javaClass.getName();
    String simple = name.substring(javaClass.getPackageName().length() + 1);
    if (simple.startsWith("$")) {
      // Micronaut's $Name$Definition, $Name$Definition$Exec...: the bean class Name.
      simple = simple.substring(1).split("\\$")[0];
    } else {
      simple = simple.split("\\$")[0];
    }
    return javaClass.getPackageName() + "." + simple;
  }

  private static Path coreClasses() {
    try {
      return Path.of(Botwright.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
