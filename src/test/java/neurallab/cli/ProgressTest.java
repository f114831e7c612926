package neurallab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import neurallab.session.EpochRecord;
import org.junit.jupiter.api.Test;

/** The progress line: at most four refreshes a second, speed and time left worked out from a fake clock. */
class ProgressTest {
    private static EpochRecord record(int epoch) {
        return new EpochRecord(epoch, 0.1, 0.5, null, 0.25, 0.9, null, 0.8);
    }

    @Test
    void aRecordIsShownOnlyWhenAQuarterSecondHasPassedWithSpeedAndTimeLeft() {
        StringWriter text = new StringWriter();
        AtomicLong now = new AtomicLong();
        Progress progress = new Progress(new PrintWriter(text), 1000, now::get);

        now.set(100_000_000L);
        progress.show(record(10));
        assertEquals("", text.toString(), "a tenth of a second: too soon");
        now.set(2_000_000_000L);
        assertTrue(progress.show(record(100)));
        // 100 epochs in 2 s: 50 epochs/s; 900 to go: 18 s
        String line = "epoch 100/1,000  train loss 0.5000  test loss 0.2500  50.0 epochs/s  18 s left";
        assertEquals("\r" + line, text.toString());
        progress.clear();
        assertTrue(text.toString().endsWith("\r" + " ".repeat(line.length()) + "\r"), "the line is wiped");
    }

    @Test
    void durationsReadAsSecondsMinutesOrHours() {
        assertEquals("59 s", Progress.duration(59.4));
        assertEquals("2 min 05 s", Progress.duration(125));
        assertEquals("27 h 46 min", Progress.duration(100_000));
    }
}
