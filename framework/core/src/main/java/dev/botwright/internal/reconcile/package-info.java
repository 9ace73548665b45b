/**
 * Recovers webhooks GitHub could not deliver: the reconciler lists the app's webhook deliveries and
 * asks GitHub to redeliver those that never succeeded and that the journal does not know. Internal.
 */
@Internal
package dev.botwright.internal.reconcile;

import io.micronaut.core.annotation.Internal;
