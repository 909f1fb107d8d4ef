package io.github.amivoicetoolkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amivoicetoolkit.client.Failures.Request;
import io.github.amivoicetoolkit.core.TranscriptReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The one mapping of HTTP statuses and service codes to exceptions, row by row of its table. */
class FailuresTest {

  private static final String KEY = "FAILURES-KEY-1234";
  private final Failures failures = new Failures(URI.create("https://host/v2/recognitions"), AppKey.of(KEY));

  @Test
  void mapsHttpStatusesByRequest() {
    assertThat(failures.httpStatus(Request.CREATION, 401, "x", null, "")).isInstanceOf(AuthenticationException.class);
    assertThat(failures.httpStatus(Request.POLL, 403, "x", "id", "")).isInstanceOf(AuthenticationException.class);
    assertThat(failures.httpStatus(Request.CREATION, 404, "x", null, "")).isInstanceOf(JobRejectedException.class);
    assertThat(failures.httpStatus(Request.POLL, 404, "x", "id", "")).isInstanceOf(ResultExpiredException.class);
    assertThat(failures.httpStatus(Request.CREATION, 413, "x", null, "")).isInstanceOf(JobRejectedException.class);
    assertThat(failures.httpStatus(Request.POLL, 400, "x", "id", "")).isInstanceOf(ServiceException.class);
    for (int status : new int[] {408, 429, 500, 503, 504}) {
      assertThat(failures.httpStatus(Request.CREATION, status, "x", null, "")).isInstanceOfSatisfying(
          ServiceException.class, e -> assertThat(e.httpStatus()).isEqualTo(status));
      assertThat(failures.httpStatus(Request.POLL, status, "x", "id", "")).isInstanceOf(ServiceException.class);
    }
  }

  @Test
  void mapsServiceCodesAndJobErrors() throws Exception {
    assertThat(failures.serviceCode(Request.CREATION, "-", "auth", null)).isInstanceOf(AuthenticationException.class);
    assertThat(failures.serviceCode(Request.POLL, "-", "auth", "id")).isInstanceOf(AuthenticationException.class);
    assertThat(failures.serviceCode(Request.CREATION, "+", "format", null)).isInstanceOf(JobRejectedException.class);
    assertThat(failures.serviceCode(Request.POLL, "+", "format", "id")).isInstanceOf(ServiceException.class);
    TranscriptReader reader = new TranscriptReader();
    String rejected = "{\"status\":\"error\",\"error_message\":\"ERROR: x - amineth_result=0, amineth_code='o',"
        + " amineth_message='rejected'\"}";
    String busy = rejected.replace("'o'", "'b'");
    assertThat(failures.jobError("id", reader.read(rejected.getBytes(StandardCharsets.UTF_8), "r").job()))
        .isInstanceOf(JobRejectedException.class);
    assertThat(failures.jobError("id", reader.read(busy.getBytes(StandardCharsets.UTF_8), "b").job()))
        .isInstanceOf(ServiceException.class);
  }

  @Test
  void takesTheKeyOutOfEveryMessageAndServiceMessage() {
    AmiVoiceException e = failures.httpStatus(Request.CREATION, 400, "you sent " + KEY, null, "");
    assertThat(e.getMessage()).contains("you sent ***").doesNotContain(KEY);
    assertThat(e.serviceMessage()).isEqualTo("you sent ***");
    assertThat(failures.serviceCode(Request.POLL, "x", KEY, "id").serviceMessage()).isEqualTo("***");
  }
}
