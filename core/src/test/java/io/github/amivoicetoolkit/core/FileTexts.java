package io.github.amivoicetoolkit.core;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * A result file's own texts read straight from its JSON with jackson-core, independently of the
 * reader: the top-level {@code text} and each utterance's {@code results[].text}, in file order.
 */
record FileTexts(String document, List<String> utterances) {
  private static final JsonFactory JSON = new JsonFactory();

  static FileTexts of(byte[] json) {
    String document = null;
    List<String> utterances = new ArrayList<>();
    try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), json)) {
      expect(parser.nextToken(), JsonToken.START_OBJECT);
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        parser.nextToken();
        switch (name) {
          case "text" -> document = parser.getString();
          case "results" -> readResults(parser, utterances);
          case "segments" -> {
            while (parser.nextToken() == JsonToken.START_OBJECT) {
              while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                boolean results = parser.currentName().equals("results");
                parser.nextToken();
                if (results) {
                  readResults(parser, utterances);
                } else {
                  parser.skipChildren();
                }
              }
            }
          }
          default -> parser.skipChildren();
        }
      }
    }
    return new FileTexts(document, List.copyOf(utterances));
  }

  private static void readResults(JsonParser parser, List<String> utterances) {
    expect(parser.currentToken(), JsonToken.START_ARRAY);
    while (parser.nextToken() == JsonToken.START_OBJECT) {
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        boolean text = parser.currentName().equals("text");
        parser.nextToken();
        if (text) {
          utterances.add(parser.getString());
        } else {
          parser.skipChildren();
        }
      }
    }
  }

  /**
   * The same document with a mark appended to every {@code text} value, numbered in file order, so
   * that no text is its tokens or its utterances run together any more.
   */
  static byte[] withEveryTextMarked(byte[] json) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), json);
        JsonGenerator generator = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
      int marks = 0;
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.VALUE_STRING && "text".equals(parser.currentName())) {
          generator.writeString(parser.getString() + "〔" + marks++ + "〕");
        } else {
          generator.copyCurrentEvent(parser);
        }
      }
    }
    return out.toByteArray();
  }

  private static void expect(JsonToken actual, JsonToken expected) {
    if (actual != expected) {
      throw new IllegalStateException("expected " + expected + " but was " + actual);
    }
  }
}
