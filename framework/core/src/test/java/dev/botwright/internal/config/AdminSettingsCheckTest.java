package dev.botwright.internal.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.config.AdminConfiguration;
import org.junit.jupiter.api.Test;

class AdminSettingsCheckTest {

  @Test
  void noTokenOrALongOneWithTheDefaultLimitsPasses() {
    AdminConfiguration admin = new AdminConfiguration();
    assertThat(ConfigurationCheck.adminProblems(admin)).isEmpty();

    admin.setToken("0123456789abcdef0123456789abcdef");
    assertThat(ConfigurationCheck.adminProblems(admin)).isEmpty();
  }

  @Test
  void aShortTokenAndABadLimitAreListedWithoutTheToken() {
    AdminConfiguration admin = new AdminConfiguration();
    admin.setToken("0123456789abcdef0123456789abcde");
    admin.setMaxFailuresPerAddress(0);

    assertThat(ConfigurationCheck.adminProblems(admin))
        .containsExactly(
            "botwright.admin.token (BOTWRIGHT_ADMIN_TOKEN) is 31 characters long: use at least 32"
                + " random characters, e.g. the output of `openssl rand -hex 32`, or unset it to"
                + " turn the admin API off.",
            "botwright.admin.max-failures-per-address (0) and botwright.admin.max-failures (100)"
                + " must be 1 or more wrong tokens per minute; the defaults are 10 and 100.")
        .noneMatch(problem -> problem.contains("0123456789abcde"));
  }
}
