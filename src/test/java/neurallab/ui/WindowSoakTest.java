package neurallab.ui;

import static neurallab.ui.FxWaits.fx;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import neurallab.session.live.Speed;
import neurallab.session.live.TrainerState;
import neurallab.ui.insight.InsightsWindow.Insight;
import neurallab.ui.viewmodel.Edits;
import neurallab.ui.viewmodel.PlaygroundViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The long profile's soak in the window: the largest Playground network trains flat out with the insights open,
 * every tab shown in turn, for {@code -Dneurallab.windowsoak.epochs} epochs (skipped without it). The heap after a
 * full collection, taken at ten checkpoints while paused, must stay flat once the bounded histories are full.
 */
@ExtendWith(ApplicationExtension.class)
class WindowSoakTest {
    static {
        System.setProperty("monocle.headless.geometry", "1600x1000-32");
    }

    private static final long EPOCHS = Long.getLong("neurallab.windowsoak.epochs", 0);
    private static final int CHECKPOINTS = 10;
    /** Growth allowed from the third checkpoint to the last: noise of the collector, not a leak. */
    private static final long SLACK_BYTES = 16L << 20;

    private PlaygroundViewModel vm;
    private PlaygroundWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        TestWindow shown = TestWindow.show(stage, Edits.playgroundDefault());
        vm = shown.vm();
        window = shown.window();
    }

    @AfterEach
    void stop() {
        vm.close();
    }

    @Test
    void theHeapStaysFlatWithEveryInsightOpen() throws Exception {
        assumeTrue(EPOCHS > 0, "the window soak runs in the long profile (-Dneurallab.windowsoak.epochs)");
        Path largest = Path.of(System.getProperty("neurallab.repo", "."), "resources/bench/playground-largest.json");
        fx(() -> {
            assertTrue(vm.open(largest), vm.notice().get());
            window.showInsights();
            vm.speed().set(Speed.MAX);
            vm.play();
            return null;
        });
        List<Long> heap = new ArrayList<>();
        int tab = 0;
        for (int c = 1; c <= CHECKPOINTS; c++) {
            long target = EPOCHS * c / CHECKPOINTS;
            while (epoch() < target) {
                Insight next = Insight.values()[tab++ % Insight.values().length];
                fx(() -> {
                    window.insights().select(next);
                    return null;
                });
                Thread.sleep(300);
                assertTrue(fx(() -> vm.snapshot().get().state()) == TrainerState.PLAYING, "still training");
            }
            heap.add(pausedHeap());
            System.out.printf("window soak: epoch %,d, heap after full GC %.1f MiB%n", epoch(), heap.get(c - 1) / 1048576.0);
        }
        long settled = heap.get(2), last = heap.get(CHECKPOINTS - 1);
        assertTrue(last <= settled + SLACK_BYTES, "the heap grew from " + settled + " to " + last + " bytes: " + heap);
    }

    private long epoch() throws Exception {
        return fx(() -> vm.snapshot().get() == null ? 0 : vm.snapshot().get().epoch());
    }

    /** Pauses, collects twice, reads the used heap, and plays on. */
    private long pausedHeap() throws Exception {
        fx(() -> {
            vm.pause();
            return null;
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> vm.snapshot().get().state() == TrainerState.PAUSED));
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        System.gc();
        long used = memory.getHeapMemoryUsage().getUsed();
        fx(() -> {
            vm.play();
            return null;
        });
        return used;
    }
}
