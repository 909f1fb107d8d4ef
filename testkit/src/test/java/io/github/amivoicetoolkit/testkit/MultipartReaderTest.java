package io.github.amivoicetoolkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MultipartReaderTest {

  private static final String BOUNDARY = "b0undary-42";

  private static byte[] body(byte[] audio) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(("preamble to skip\r\n--" + BOUNDARY + "\r\n"
        + "Content-Disposition: form-data; name=\"u\"\r\n\r\nkey\r\n--" + BOUNDARY + "\r\n"
        + "Content-Disposition: form-data; name=\"a\"; filename=\"x.wav\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    out.writeBytes(audio);
    out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  /** Audio full of near-delimiters, longer than the reader's buffer. */
  private static byte[] trickyAudio() {
    byte[] near = ("\r\n--" + BOUNDARY.substring(0, BOUNDARY.length() - 1) + "X").getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; out.size() < 200_000; i++) {
      out.writeBytes(near);
      out.write(i);
      out.write('\r');
    }
    return out.toByteArray();
  }

  private static byte[] readAudio(InputStream in) throws IOException {
    MultipartReader reader = new MultipartReader(in, BOUNDARY);
    assertThat(reader.nextPart()).isEqualTo("u");
    ByteArrayOutputStream u = new ByteArrayOutputStream();
    reader.copyBody(u);
    assertThat(u.toString(StandardCharsets.UTF_8)).isEqualTo("key");
    assertThat(reader.nextPart()).isEqualTo("a");
    ByteArrayOutputStream audio = new ByteArrayOutputStream();
    long copied = reader.copyBody(audio);
    assertThat(copied).isEqualTo(audio.size());
    assertThat(reader.nextPart()).isNull();
    return audio.toByteArray();
  }

  @Test
  void readsPartsWhoseContentLooksLikeAlmostADelimiter() throws IOException {
    byte[] audio = trickyAudio();
    assertThat(readAudio(new ByteArrayInputStream(body(audio)))).isEqualTo(audio);
  }

  @Test
  void readsPartsFromAStreamThatGivesOneByteAtATime() throws IOException {
    byte[] audio = Arrays.copyOf(trickyAudio(), 20_000);
    InputStream trickle =
        new FilterInputStream(new ByteArrayInputStream(body(audio))) {
          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            return super.read(b, off, Math.min(1, len));
          }
        };
    assertThat(readAudio(trickle)).isEqualTo(audio);
  }

  @Test
  void readsEmptyParts() throws IOException {
    assertThat(readAudio(new ByteArrayInputStream(body(new byte[0])))).isEmpty();
  }

  @Test
  void reportsABodyThatEndsBeforeItsClosingBoundary() throws IOException {
    byte[] full = body(trickyAudio());
    MultipartReader reader =
        new MultipartReader(new ByteArrayInputStream(Arrays.copyOf(full, full.length / 2)), BOUNDARY);
    reader.nextPart();
    assertThat(reader.nextPart()).isEqualTo("a");
    assertThatThrownBy(() -> reader.copyBody(new ByteArrayOutputStream()))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("ends before its closing boundary");
  }

  @Test
  void findsTheBoundaryOfAContentTypeQuotedOrNot() {
    assertThat(MultipartReader.boundaryOf("multipart/form-data; boundary=abc")).isEqualTo("abc");
    assertThat(MultipartReader.boundaryOf("Multipart/Form-Data;charset=x; boundary=\"a b\"")).isEqualTo("a b");
    assertThat(MultipartReader.boundaryOf("application/json")).isNull();
    assertThat(MultipartReader.boundaryOf(null)).isNull();
  }
}
