package neurallab.ui.view;

/**
 * When a live number's text is renewed: while training plays at most {@value #PER_SECOND} times a second
 * (faster, the last digits are a blur nobody can read, and each new text is laid out and repainted);
 * paused, stepped, diverged or rebuilt, at once.
 */
final class TextRefresh {
    static final int PER_SECOND = 10;
    private static final long INTERVAL_NANOS = 1_000_000_000L / PER_SECOND;

    private boolean shown;
    private long last;

    /** Whether the texts should show the snapshot of this frame (now: System.nanoTime()). */
    boolean due(boolean playing, long now) {
        if (!playing || !shown || now - last >= INTERVAL_NANOS) {
            shown = true;
            last = now;
            return true;
        }
        return false;
    }
}
