package io.github.amivoicetoolkit.core;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;

/**
 * The reader's exceptions for the parser's current position: each names the source, the problem,
 * the JSON path ({@code $.segments[3].results[0].tokens[7].starttime}), line and column, and
 * describes a token found as {@code OBJECT}, {@code STRING}, {@code NUMBER}...
 */
final class ParseErrors {
  private static final String PLAIN_NAME = "[A-Za-z_][A-Za-z0-9_]*";

  private final JsonParser parser;
  private final String source;

  ParseErrors(JsonParser parser, String source) {
    this.parser = parser;
    this.source = source;
  }

  /** {@code Expected <what> for '<field>' but was <the current token>}. */
  ResultShapeException expected(String what, String field) {
    return unexpected(what + " for '" + field + "'", parser.currentToken());
  }

  /** {@code Expected <what> but was <found>}. */
  ResultShapeException unexpected(String what, JsonToken found) {
    return shape("Expected " + what + " but was " + describe(found));
  }

  ResultShapeException shape(String problem) {
    return new ResultShapeException(source, problem, pathOf(parser.streamReadContext()), line(), column(), null);
  }

  MalformedResultException emptyInput() {
    return new MalformedResultException(source, "empty input: no JSON value", null, -1, -1, null);
  }

  ReadLimitException stringTooLong(int length, int maxStringLength) {
    return limit("string of " + String.format("%,d", length) + " characters is longer than "
        + String.format("%,d", maxStringLength) + " (ReadOptions.maxStringLength)");
  }

  /** For a string streamed in pieces, whose whole length is not known when it passes the limit. */
  ReadLimitException streamedStringTooLong(int maxStringLength) {
    return limit("string longer than " + String.format("%,d", maxStringLength)
        + " characters (ReadOptions.maxStringLength)");
  }

  ReadLimitException tooManyTokens(int maxTokens) {
    return limit("more than " + String.format("%,d", maxTokens) + " tokens (ReadOptions.maxTokens)");
  }

  private ReadLimitException limit(String problem) {
    return new ReadLimitException(source, problem, pathOf(parser.streamReadContext()), line(), column(), null);
  }

  private int line() {
    TokenStreamLocation location = parser.currentTokenLocation();
    return location == null ? -1 : location.getLineNr();
  }

  private int column() {
    TokenStreamLocation location = parser.currentTokenLocation();
    return location == null ? -1 : location.getColumnNr();
  }

  static String describe(JsonToken token) {
    if (token == null) {
      return "end of input";
    }
    return switch (token) {
      case START_OBJECT, END_OBJECT -> "OBJECT";
      case START_ARRAY, END_ARRAY -> "ARRAY";
      case VALUE_STRING -> "STRING";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "NUMBER";
      case VALUE_TRUE, VALUE_FALSE -> "BOOLEAN";
      case VALUE_NULL -> "NULL";
      default -> token.name();
    };
  }

  /** {@code $.segments[3].results[0].tokens[7].starttime} for the parser's current position. */
  static String pathOf(TokenStreamContext context) {
    List<TokenStreamContext> chain = new ArrayList<>();
    for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      chain.add(c);
    }
    StringBuilder path = new StringBuilder("$");
    for (int i = chain.size() - 1; i >= 0; i--) {
      TokenStreamContext c = chain.get(i);
      if (c.inArray()) {
        if (c.getCurrentIndex() >= 0) {
          path.append('[').append(c.getCurrentIndex()).append(']');
        }
      } else if (c.currentName() != null) {
        String name = c.currentName();
        if (name.matches(PLAIN_NAME)) {
          path.append('.').append(name);
        } else {
          path.append("['").append(name.replace("'", "\\'")).append("']");
        }
      }
    }
    return path.toString();
  }
}
