package neurallab.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import neurallab.session.EpochRecord;

/**
 * One line on a terminal, rewritten in place at most {@value #PER_SECOND} times a second while training runs:
 * the epoch, the losses, the speed and the time left. Shows nothing when stderr is not a terminal.
 */
final class Progress {
    static final int PER_SECOND = 4;
    private static final long INTERVAL_NANOS = 1_000_000_000L / PER_SECOND;

    private final PrintWriter err;
    private final int epochs;
    private final LongSupplier nanoClock;
    private final long start;
    private long shownAt;
    private int width;

    Progress(PrintWriter err, int epochs, LongSupplier nanoClock) {
        this.err = err;
        this.epochs = epochs;
        this.nanoClock = nanoClock;
        this.start = nanoClock.getAsLong();
        this.shownAt = start;
    }

    /** On a terminal (System.console() is there only when input and output both are one), else null. */
    static Progress onTerminal(PrintWriter err, int epochs) {
        return System.console() == null ? null : new Progress(err, epochs, System::nanoTime);
    }

    /** Shows the record if the last line is old enough; always true, so that training goes on. */
    boolean show(EpochRecord record) {
        long now = nanoClock.getAsLong();
        if (record.epoch() == 0 || now - shownAt < INTERVAL_NANOS) {
            return true;
        }
        shownAt = now;
        String line = line(record, (now - start) / 1e9);
        err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
        err.flush();
        width = line.length();
        return true;
    }

    /** Removes the line, so that what follows starts on a clean one. */
    void clear() {
        if (width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
            width = 0;
        }
    }

    // speed = epochs done / seconds since the start; time left = epochs to go / speed
    String line(EpochRecord record, double seconds) {
        double speed = record.epoch() / seconds;
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "epoch %,d/%,d  train loss %.4g",
                record.epoch(), epochs, record.trainLoss()));
        if (record.testLoss() != null) {
            line.append(String.format(Locale.ROOT, "  test loss %.4g", record.testLoss()));
        }
        line.append(String.format(Locale.ROOT, "  %.3g epochs/s  %s left", speed,
                duration((epochs - record.epoch()) / speed)));
        return line.toString();
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, s % 3600 / 60);
    }
}
