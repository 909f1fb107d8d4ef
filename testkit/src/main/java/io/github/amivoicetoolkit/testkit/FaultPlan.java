package io.github.amivoicetoolkit.testkit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * Faults the simulator applies on demand, in the order they were queued: each job creation takes
 * the next creation fault, each poll the next poll fault, and a request finding its queue empty is
 * served normally. Thread-safe; faults can be queued while the server runs.
 *
 * <pre>{@code
 * server.faults()
 *     .onPoll(Fault.httpStatus(503), 2)              // the next two polls answer 503
 *     .onPoll(Fault.tooManyRequests(Duration.ofSeconds(1)))
 *     .onCreate(Fault.jobRejected());                // the next job ends with amineth_code='o'
 * }</pre>
 */
public final class FaultPlan {

  private final Deque<Fault> creations = new ArrayDeque<>();
  private final Deque<Fault> polls = new ArrayDeque<>();

  /** Queues {@code fault} for the next job creation. */
  public FaultPlan onCreate(Fault fault) {
    return onCreate(fault, 1);
  }

  /** Queues {@code fault} for each of the next {@code times} job creations. */
  public synchronized FaultPlan onCreate(Fault fault, int times) {
    enqueue(creations, fault, times);
    return this;
  }

  /** Queues {@code fault} for the next poll. */
  public FaultPlan onPoll(Fault fault) {
    return onPoll(fault, 1);
  }

  /** Queues {@code fault} for each of the next {@code times} polls; job faults are refused. */
  public synchronized FaultPlan onPoll(Fault fault, int times) {
    Objects.requireNonNull(fault, "fault");
    if (!fault.appliesToPolls()) {
      throw new IllegalArgumentException(fault + " applies to job creation only");
    }
    enqueue(polls, fault, times);
    return this;
  }

  /** How many queued faults no request has taken yet. */
  public synchronized int pending() {
    return creations.size() + polls.size();
  }

  /** Forgets every queued fault. */
  public synchronized void clear() {
    creations.clear();
    polls.clear();
  }

  synchronized Fault nextCreation() {
    return creations.pollFirst();
  }

  synchronized Fault nextPoll() {
    return polls.pollFirst();
  }

  private static void enqueue(Deque<Fault> queue, Fault fault, int times) {
    Objects.requireNonNull(fault, "fault");
    if (times < 1) {
      throw new IllegalArgumentException("times < 1: " + times);
    }
    for (int i = 0; i < times; i++) {
      queue.addLast(fault);
    }
  }

  @Override
  public synchronized String toString() {
    return "FaultPlan[creations=" + creations + ", polls=" + polls + "]";
  }
}
