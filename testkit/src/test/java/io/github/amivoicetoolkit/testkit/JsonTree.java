package io.github.amivoicetoolkit.testkit;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Parses a small JSON document into ordered maps, lists, strings, {@code Long}s (integers) and {@code
 * Double}s (decimals), so tests can check the shape and the field order the generator wrote.
 */
final class JsonTree {
  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonTree() {}

  static Map<String, Object> parse(byte[] json) {
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      return parseRoot(parser);
    }
  }

  static Map<String, Object> parse(InputStream json) {
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      return parseRoot(parser);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> parseRoot(JsonParser parser) {
    Object root = value(parser, parser.nextToken());
    if (parser.nextToken() != null) {
      throw new IllegalStateException("content after the root value at " + parser.currentLocation());
    }
    return (Map<String, Object>) root;
  }

  private static Object value(JsonParser parser, JsonToken token) {
    switch (token) {
      case START_OBJECT -> {
        Map<String, Object> object = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = parser.currentName();
          if (object.put(name, value(parser, parser.nextToken())) != null) {
            throw new IllegalStateException("duplicate property " + name);
          }
        }
        return object;
      }
      case START_ARRAY -> {
        List<Object> array = new ArrayList<>();
        for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
          array.add(value(parser, next));
        }
        return array;
      }
      case VALUE_STRING -> {
        return parser.getString();
      }
      case VALUE_NUMBER_INT -> {
        return parser.getLongValue();
      }
      case VALUE_NUMBER_FLOAT -> {
        return parser.getDoubleValue();
      }
      default -> throw new IllegalStateException("unexpected " + token + " at " + parser.currentLocation());
    }
  }

  /** The utterance result objects: {@code segments[i].results[0]}, or top-level {@code results[i]}. */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> utterances(Map<String, Object> document) {
    List<Map<String, Object>> utterances = new ArrayList<>();
    if (document.containsKey("segments")) {
      for (Object segment : (List<Object>) document.get("segments")) {
        List<Object> results = (List<Object>) ((Map<String, Object>) segment).get("results");
        utterances.add((Map<String, Object>) results.get(0));
      }
    } else {
      for (Object result : (List<Object>) document.get("results")) {
        utterances.add((Map<String, Object>) result);
      }
    }
    return utterances;
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> tokens(Map<String, Object> utterance) {
    return (List<Map<String, Object>>) (List<?>) utterance.get("tokens");
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> sentimentSegments(Map<String, Object> document) {
    Map<String, Object> sentiment = (Map<String, Object>) document.get("sentiment_analysis");
    return (List<Map<String, Object>>) (List<?>) sentiment.get("segments");
  }

  static long number(Map<String, Object> object, String name) {
    return ((Number) object.get(name)).longValue();
  }
}
