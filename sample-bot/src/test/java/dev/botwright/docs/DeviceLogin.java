package dev.botwright.docs;

import dev.botwright.oauth.DeviceFlow;
import dev.botwright.oauth.DeviceFlowException;
import dev.botwright.oauth.UserToken;
import java.io.PrintStream;
import java.net.URI;
import java.util.List;

/** A command-line tool signing its user in with the device flow. */
final class DeviceLogin {

  private DeviceLogin() {}

  static UserToken signIn(String clientId, PrintStream terminal) {
    DeviceFlow flow = new DeviceFlow(clientId, URI.create("https://github.com"));
    try {
      return flow.authorize(
          List.of(),
          code ->
              terminal.printf(
                  "Open %s and enter the code %s%n", code.verificationUri(), code.userCode()));
    } catch (DeviceFlowException e) {
      terminal.println(e.getMessage()); // e.outcome() says why: ACCESS_DENIED, EXPIRED_TOKEN, ...
      throw e;
    }
  }
}
