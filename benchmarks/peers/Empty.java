/** A JVM that starts and exits: the floor under any Java command line's start-up. */
public final class Empty {
  public static void main(String[] args) {}
}
