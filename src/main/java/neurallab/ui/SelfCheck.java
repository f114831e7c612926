package neurallab.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * {@code neurallab [FILE.json] --self-check}: opens the real window exactly as a user would (on FILE
 * when given), and exits 0 once its first frame has been painted and is not blank, printing the time
 * from process start to that frame; exits 2 when FILE cannot be opened, with the window's message
 * (every problem of the file) on stderr; exits 1 when the window cannot open, stays blank, or no frame
 * comes within the timeout
 * ({@code -Dneurallab.selfCheck.timeoutSeconds}, default 30). Used by packaging/smoke-test.sh.
 *
 * <p>It watches {@link Window#getWindows()} rather than hooking into {@link NeuralLabApp}, so the
 * window's code needs no test-only lines.
 */
public final class SelfCheck {
    public static final String FLAG = "--self-check";
    /** The stage property under which the window leaves its message when the file given could not be opened. */
    static final String OPEN_PROBLEM = "neurallab.openProblem";
    private static final String PREFIX = "self-check: ";

    private SelfCheck() {
    }

    /** Runs the check and returns the exit code; call from {@code main}, it blocks until the app exits. */
    public static int run(StartArguments start) {
        long processStart = processStartMillis();
        long timeoutSeconds = Long.getLong("neurallab.selfCheck.timeoutSeconds", 30);
        AtomicInteger result = new AtomicInteger(1);
        AtomicBoolean started = new AtomicBoolean();

        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(timeoutSeconds * 1000);
            } catch (InterruptedException e) {
                return;
            }
            if (result.get() != 0) {
                System.err.println(PREFIX + "FAILED: no painted frame within " + timeoutSeconds + " s");
            }
            System.err.flush();
            Runtime.getRuntime().halt(result.get());
        }, "self-check-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();

        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window window : change.getAddedSubList()) {
                    if (window instanceof Stage stage && started.compareAndSet(false, true)) {
                        awaitFirstFrame(stage, processStart, result);
                    }
                }
            }
        });
        try {
            NeuralLabApp.launchApp(start.raw());
        } catch (RuntimeException e) {
            System.err.println(PREFIX + "FAILED: the window could not open: " + e);
            return 1;
        }
        if (!started.get()) {
            System.err.println(PREFIX + "FAILED: the app exited without showing a window");
        }
        return result.get();
    }

    /**
     * Pulse 1 after show() lays out the scene and hands frame 1 to the render thread, which paints it
     * while the FX thread goes on, then queues the upload of its pixels into the window on the FX thread.
     * So at pulse 2 frame 1 may still be painting. A 1x1 snapshot is a render job queued behind frame 1:
     * it returns once frame 1 is painted; a runLater after it runs once frame 1's pixels are in the window.
     */
    private static void awaitFirstFrame(Stage stage, long processStart, AtomicInteger result) {
        long shown = System.currentTimeMillis();
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses < 2) {
                    return;
                }
                stop();
                new Rectangle(1, 1).snapshot(null, null);
                Platform.runLater(() -> report(stage, shown, processStart, result));
            }
        }.start();
    }

    private static void report(Stage stage, long shown, long processStart, AtomicInteger result) {
        long painted = System.currentTimeMillis();
        System.out.printf("%swindow \"%s\" %.0fx%.0f shown %d ms, first frame painted %d ms after process start"
                        + " (at %d epoch ms)%n", PREFIX, stage.getTitle(), stage.getWidth(), stage.getHeight(),
                shown - processStart, painted - processStart, painted);
        int colours = distinctColours(stage.getScene().snapshot(null));
        if (stage.getProperties().get(OPEN_PROBLEM) instanceof String problem) {
            System.err.println(problem);
            result.set(2);
        } else if (colours < 2) {
            System.err.println(PREFIX + "FAILED: the window is blank");
        } else {
            System.out.println(PREFIX + "OK (" + colours + " colours in a sample of the first frame)");
            result.set(0);
        }
        System.out.flush();
        Platform.exit();
    }

    /**
     * When this process started, in epoch milliseconds. On Linux from /proc (10 ms resolution); elsewhere
     * from {@link ProcessHandle}, whose Linux value can be off by up to a second (boot time in whole seconds).
     */
    static long processStartMillis() {
        long now = System.currentTimeMillis();
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // fields after "(comm)" start with field 3; field 22 is the start time in clock ticks since boot
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long startTicks = Long.parseLong(fields[19]);
            double uptimeSeconds = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            return now - Math.round(uptimeSeconds * 1000 - startTicks * 10.0); // USER_HZ is 100 on Linux
        } catch (IOException | RuntimeException e) {
            return ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli).orElse(now);
        }
    }

    /** Distinct colours on a 64x64 grid of the image, capped at 256. */
    static int distinctColours(WritableImage image) {
        PixelReader pixels = image.getPixelReader();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        Set<Integer> seen = new HashSet<>();
        for (int gy = 0; gy < 64 && seen.size() < 256; gy++) {
            for (int gx = 0; gx < 64; gx++) {
                seen.add(pixels.getArgb(gx * (w - 1) / 63, gy * (h - 1) / 63));
            }
        }
        return seen.size();
    }
}
