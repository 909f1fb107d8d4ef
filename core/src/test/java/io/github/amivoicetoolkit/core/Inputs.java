package io.github.amivoicetoolkit.core;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The three ways a test hands a document to the reader, so every behaviour is checked over each. */
enum Inputs {
  BYTES {
    @Override
    Transcript read(TranscriptReader reader, byte[] json, String name) throws IOException {
      return reader.read(json, name);
    }
  },
  STREAM {
    @Override
    Transcript read(TranscriptReader reader, byte[] json, String name) throws IOException {
      return reader.read(new ByteArrayInputStream(json), name);
    }
  },
  ONE_BYTE_AT_A_TIME {
    @Override
    Transcript read(TranscriptReader reader, byte[] json, String name) throws IOException {
      return reader.read(new OneByteInputStream(json), name);
    }
  };

  abstract Transcript read(TranscriptReader reader, byte[] json, String name) throws IOException;

  static byte[] resource(String name) {
    return Samples.bytes(name);
  }

  static byte[] utf8(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }

  /** Hands out one byte per read call: multi-byte characters split across every buffer boundary. */
  static final class OneByteInputStream extends InputStream {
    private final byte[] data;
    private int position;

    OneByteInputStream(byte[] data) {
      this.data = data;
    }

    @Override
    public int read() {
      return position < data.length ? data[position++] & 0xff : -1;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (length == 0) {
        return 0;
      }
      int next = read();
      if (next < 0) {
        return -1;
      }
      buffer[offset] = (byte) next;
      return 1;
    }
  }
}
