package io.github.amivoicetoolkit.testkit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A job the simulator accepted, as it received it: what a test asserts on to check what a client
 * sent. The APPKEY is deliberately not kept.
 *
 * @param sessionId the id the simulator gave the job
 * @param version the API generation it was sent to
 * @param dParameter the {@code d} part exactly as received
 * @param options the {@code d} pairs with their values URL-decoded, in the order received
 * @param audioSize how many audio bytes the simulator kept (all it received unless a
 *     {@link Fault#truncateAudio} fault applied)
 * @param audioMd5 the lower-case hex MD5 of those bytes
 */
public record ReceivedJob(
    String sessionId,
    ApiVersion version,
    String dParameter,
    Map<String, String> options,
    long audioSize,
    String audioMd5) {

  public ReceivedJob {
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(dParameter, "dParameter");
    options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    Objects.requireNonNull(audioMd5, "audioMd5");
  }

  /** The {@code contentId} option, echoed as {@code content_id}; null when none was given. */
  public String contentId() {
    return options.get("contentId");
  }
}
