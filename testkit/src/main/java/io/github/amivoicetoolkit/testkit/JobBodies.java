package io.github.amivoicetoolkit.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/** The JSON bodies the simulator answers with, in the field order the service uses. */
final class JobBodies {

  private static final JsonFactory JSON = JsonFactory.builder().build();

  /** Fields the simulator owns in a completed body; the configured result's values are dropped. */
  private static final Set<String> JOB_FIELDS =
      Set.of("status", "session_id", "service_id", "content_id", "audio_size", "audio_md5");

  private JobBodies() {}

  static byte[] accepted(String sessionId) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64);
    try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
      g.writeStartObject();
      g.writeStringProperty("sessionid", sessionId);
      g.writeStringProperty("text", "...");
      g.writeEndObject();
    }
    return out.toByteArray();
  }

  /** A job-creation failure: HTTP 200 with one-character {@code code} and a {@code message}. */
  static byte[] creationFailed(ApiVersion version, String code, String message) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
      g.writeStartObject();
      g.writeStringProperty("text", "");
      if (version == ApiVersion.V2) {
        g.writeStringProperty("utteranceid", "");
      }
      g.writeName("results");
      g.writeStartArray();
      g.writeStartObject();
      g.writeName("tokens");
      g.writeStartArray();
      g.writeEndArray();
      g.writeName("tags");
      g.writeStartArray();
      g.writeEndArray();
      g.writeStringProperty("rulename", "");
      g.writeStringProperty("text", "");
      g.writeEndObject();
      g.writeEndArray();
      g.writeStringProperty("code", code);
      g.writeStringProperty("message", message);
      g.writeEndObject();
    }
    return out.toByteArray();
  }

  /** A status body for a job that is not completed; {@code errorMessage} only for {@code error}. */
  static byte[] status(ReceivedJob job, String serviceId, JobState state, String errorMessage) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
      g.writeStartObject();
      writeJobFields(g, job, serviceId, state);
      if (errorMessage != null) {
        g.writeStringProperty("error_message", errorMessage);
      }
      g.writeEndObject();
    }
    return out.toByteArray();
  }

  /** A small JSON body for an HTTP-level error answer. */
  static byte[] httpError(int status, String message) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(128);
    try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
      g.writeStartObject();
      g.writeNumberProperty("status", status);
      g.writeStringProperty("message", message);
      g.writeEndObject();
    }
    return out.toByteArray();
  }

  /**
   * Writes the completed body of {@code job} to {@code target}: the job fields first, then every
   * other top-level field of {@code result} copied token by token, so a result of any size passes
   * through a fixed amount of memory.
   */
  static void writeCompleted(
      ReceivedJob job, String serviceId, ResultBody result, Path scratch, Path target)
      throws IOException {
    try (OutputStream raw = Files.newOutputStream(scratch)) {
      result.writeTo(raw);
    }
    try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), scratch);
        OutputStream out = Files.newOutputStream(target);
        JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException(
            "result body must be a JSON object but starts with " + p.currentToken());
      }
      g.writeStartObject();
      writeJobFields(g, job, serviceId, JobState.COMPLETED);
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        p.nextToken();
        if (JOB_FIELDS.contains(name)) {
          p.skipChildren();
        } else {
          g.writeName(name);
          g.copyCurrentStructureExact(p);
        }
      }
      g.writeEndObject();
    } catch (JacksonException e) {
      throw new IOException("result body is not valid JSON: " + e.getOriginalMessage(), e);
    } finally {
      Files.deleteIfExists(scratch);
    }
  }

  private static void writeJobFields(
      JsonGenerator g, ReceivedJob job, String serviceId, JobState state) {
    g.writeStringProperty("status", state.wire());
    g.writeStringProperty("session_id", job.sessionId());
    g.writeStringProperty("service_id", serviceId);
    if (job.contentId() != null) {
      g.writeStringProperty("content_id", job.contentId());
    }
    if (state.reportsAudio()) {
      g.writeNumberProperty("audio_size", job.audioSize());
      g.writeStringProperty("audio_md5", job.audioMd5());
    }
  }
}
