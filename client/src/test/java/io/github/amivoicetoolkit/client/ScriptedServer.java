package io.github.amivoicetoolkit.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP/1.1 server that misbehaves on purpose, one raw socket per connection: what the
 * JDK's own server cannot do (never answer, drip a body, send without end, stop reading).
 */
final class ScriptedServer implements AutoCloseable {

  /** Serves one connection. */
  @FunctionalInterface
  interface Script {
    void serve(InputStream in, OutputStream out) throws Exception;
  }

  private final ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  final AtomicInteger connections = new AtomicInteger();
  /** Counted down when the client closes a connection the script was still serving. */
  final CountDownLatch clientHungUp = new CountDownLatch(1);

  ScriptedServer(Script script) throws IOException {
    Thread acceptor = new Thread(() -> {
      while (!listener.isClosed()) {
        Socket socket;
        try {
          socket = listener.accept();
        } catch (IOException e) {
          return;
        }
        connections.incrementAndGet();
        sockets.add(socket);
        Thread worker = new Thread(() -> {
          try (socket) {
            script.serve(socket.getInputStream(), socket.getOutputStream());
          } catch (SocketException e) {
            clientHungUp.countDown();
          } catch (Exception e) {
            // the script ends with the test
          }
        }, "scripted-connection");
        worker.setDaemon(true);
        worker.start();
      }
    }, "scripted-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + listener.getLocalPort() + "/v2/recognitions");
  }

  @Override
  public void close() throws IOException {
    listener.close();
    for (Socket socket : sockets) {
      socket.close();
    }
  }

  /** Reads a request head and its body (by Content-Length or chunked); returns the head. */
  static String readRequest(InputStream in) throws IOException {
    String head = readHead(in);
    String lower = head.toLowerCase(Locale.ROOT);
    int at = lower.indexOf("content-length:");
    if (at >= 0) {
      long length = Long.parseLong(lower.substring(at + 15, lower.indexOf("\r\n", at)).trim());
      in.skipNBytes(length);
    } else if (lower.contains("transfer-encoding: chunked")) {
      while (true) {
        int size = Integer.parseInt(line(in).trim(), 16);
        in.skipNBytes(size + 2L);
        if (size == 0) {
          break;
        }
      }
    }
    return head;
  }

  /** Reads up to and including the blank line after the headers. */
  static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    int b;
    while (matched < 4 && (b = in.read()) >= 0) {
      head.write(b);
      matched = (b == '\r' && matched % 2 == 0) || (b == '\n' && matched % 2 == 1) ? matched + 1 : 0;
    }
    return head.toString(StandardCharsets.ISO_8859_1);
  }

  private static String line(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    int b;
    while ((b = in.read()) >= 0 && b != '\n') {
      if (b != '\r') {
        line.append((char) b);
      }
    }
    return line.toString();
  }

  /** Blocks until the client closes the connection. */
  static void waitForHangUp(InputStream in) throws IOException {
    while (in.read() >= 0) {
      // a client sends nothing more on this connection
    }
    throw new SocketException("client hung up");
  }

  static void answer(OutputStream out, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    out.write(("HTTP/1.1 " + status + " X\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length
        + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
    out.write(bytes);
    out.flush();
  }

  static void startChunked(OutputStream out) throws IOException {
    out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
        .getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  static void chunk(OutputStream out, byte[] bytes) throws IOException {
    out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    out.write(bytes);
    out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }
}
