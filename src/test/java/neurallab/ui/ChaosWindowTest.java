package neurallab.ui;

import static neurallab.ui.FxWaits.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Deque;
import java.util.List;
import java.util.Queue;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import neurallab.data.DataSource;
import neurallab.engine.LayerSpec;
import neurallab.engine.Regularization;
import neurallab.session.Experiment;
import neurallab.session.live.LiveSnapshot;
import neurallab.session.live.TrainerState;
import neurallab.session.live.TrainerWorker;
import neurallab.ui.view.ValidatedField;
import neurallab.ui.viewmodel.Appearance;
import neurallab.ui.viewmodel.Edits;
import neurallab.ui.viewmodel.PlaygroundViewModel;
import neurallab.ui.viewmodel.RecentFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A class of curious students at once: a seeded random sequence of user actions ({@link ChaosActions}) on the
 * real window while it trains. Fails on any uncaught exception on any thread, an internal error of the trainer,
 * or an action that does not return (a hang); afterwards the window must still answer within a bounded number of
 * frames and show what the experiment holds. {@code -Dneurallab.chaos.actions=N} sets the length (the Maven
 * profile {@code long} runs 10,000), {@code -Dneurallab.chaos.seed=S} replays a failing sequence.
 */
@ExtendWith(ApplicationExtension.class)
class ChaosWindowTest {
    static {
        System.setProperty("monocle.headless.geometry", "1600x1000-32");
    }

    private static final int ACTIONS = Integer.getInteger("neurallab.chaos.actions", 300);
    /** Frames an action's effect may take to show: the trainer rebuilds and publishes in a few. */
    private static final int FRAMES = 600;

    private final long seed = Long.getLong("neurallab.chaos.seed", System.nanoTime());
    private final Queue<String> problems = new ConcurrentLinkedQueue<>();
    private final AtomicLong frames = new AtomicLong();
    private final Deque<String> recent = new LinkedBlockingDeque<>();
    private Thread.UncaughtExceptionHandler previousDefault;
    private PlaygroundViewModel vm;
    private PlaygroundWindow window;
    private Parent root;
    private Path folder;
    /** The shared stage as it was: "Side by side" moves it, and the next test class gets the same stage. */
    private Stage stage;
    private Rectangle2D placement;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        folder = Files.createTempDirectory("neurallab-chaos");
        previousDefault = Thread.getDefaultUncaughtExceptionHandler();
        Thread.UncaughtExceptionHandler record = (t, e) -> problems.add("uncaught on " + t.getName() + ": " + trace(e));
        Thread.setDefaultUncaughtExceptionHandler(record);
        Thread.currentThread().setUncaughtExceptionHandler(record); // the FX thread
        vm = new PlaygroundViewModel(Edits.playgroundDefault(), Path.of("."), () -> TrainerWorker.thread("chaos-trainer"),
                new JsonExperimentStore(), new RecentFiles());
        vm.snapshot().addListener((o, a, s) -> {
            if (s != null && s.message() != null && s.message().contains("internal error")) {
                problems.add("trainer: " + s.message());
            }
        });
        vm.notice().addListener((o, a, n) -> {
            if (n.contains("internal error") || n.contains("Exception")) {
                problems.add("notice: " + n);
            }
        });
        window = new PlaygroundWindow(vm, new Appearance());
        stage.setScene(window.createScene(1280, 760));
        root = stage.getScene().getRoot();
        window.attach(stage);
        window.start();
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                frames.incrementAndGet();
            }
        }.start();
        stage.show();
        placement = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
    }

    @AfterEach
    void stop() throws Exception {
        fx(() -> {
            Window.getWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide);
            stage.setX(placement.getMinX());
            stage.setY(placement.getMinY());
            stage.setWidth(placement.getWidth());
            stage.setHeight(placement.getHeight());
            Thread.currentThread().setUncaughtExceptionHandler(null);
            return null;
        });
        vm.close();
        Thread.setDefaultUncaughtExceptionHandler(previousDefault);
    }

    @Test
    void studentsClickingEverythingWhileItTrainsBreakNothing() throws Exception {
        System.out.println("chaos: " + ACTIONS + " actions, seed " + seed + " (-Dneurallab.chaos.seed=" + seed + ")");
        ChaosActions actions = new ChaosActions(vm, window, root, folder, seed);
        fx(() -> {
            vm.play();
            return null;
        });
        SplittableRandom pauses = new SplittableRandom(seed + 1);
        int done = 0;
        while (done < ACTIONS) {
            // a burst of one to four clicks between two frames, as a quick hand does
            int burst = Math.min(ACTIONS - done, 1 + pauses.nextInt(4));
            int first = done;
            try {
                fx(() -> {
                    for (int k = 0; k < burst; k++) {
                        remember((first + k) + ": " + actions.next());
                    }
                    return null;
                });
            } catch (ExecutionException e) {
                problems.add("an action threw: " + trace(e.getCause()));
            } catch (TimeoutException e) {
                problems.add("a burst of actions did not return within 30 s (the window hangs)");
            }
            done += burst;
            if (!problems.isEmpty()) {
                fail(report());
            }
            whatItShowsAgreesWithTheExperiment(); // the controls follow every edit at once
            if (pauses.nextInt(4) == 0) {
                Thread.sleep(pauses.nextInt(40)); // let training run a few frames between some bursts
            }
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(problems.isEmpty(), this::report);
        theWindowStillAnswers();
        whatItShowsAgreesWithTheExperiment();
        assertTrue(problems.isEmpty(), this::report);
    }

    private void remember(String action) {
        recent.addLast(action);
        if (recent.size() > 30) {
            recent.removeFirst();
        }
        if (Boolean.getBoolean("neurallab.chaos.verbose")) {
            System.out.println(action);
        }
    }

    /** After the chaos: reset and one step show epoch 1 within a bounded number of frames. */
    private void theWindowStillAnswers() throws Exception {
        fx(() -> {
            vm.pause();
            ((Button) root.lookup("#resetButton")).fire();
            return null;
        });
        waitFrames("the reset shows epoch 0", () -> shown() != null && shown().epoch() == 0
                && shown().experiment().equals(vm.experiment().get()));
        fx(() -> {
            ((Button) root.lookup("#stepButton")).fire();
            return null;
        });
        waitFrames("one step shows epoch 1", () -> shown().epoch() == 1 && shown().state() == TrainerState.PAUSED);
        assertNotEquals(TrainerState.FAILED, shown().state(), this::report);
    }

    private void whatItShowsAgreesWithTheExperiment() throws Exception {
        // one whole pulse first (timers, then CSS and layout): a zoom puts the panels into a scroll pane whose
        // content joins the scene graph only when its skin is made
        long now = frames.get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> frames.get() >= now + 2);
        try {
            agreement();
        } catch (ExecutionException e) {
            throw new AssertionError(e.getCause().getMessage() + "\n" + report(), e.getCause());
        }
    }

    private void agreement() throws Exception {
        fx(() -> {
            Experiment e = vm.experiment().get();
            assertShows("learningRateField", e.training().optimizer().learningRate());
            assertShows("batchSizeField", e.training().batchSize());
            assertShows("seedField", e.seed());
            assertEquals(e.training().optimizer().type(), combo("optimizerCombo").getValue(), report());
            assertEquals(e.training().loss(), combo("lossCombo").getValue(), report());
            assertEquals(e.problem(), combo("problemCombo").getValue(), report());
            assertEquals(e.training().schedule().type(), combo("scheduleCombo").getValue(), report());
            assertEquals(e.initializer().type(), combo("initializerCombo").getValue(), report());
            Regularization r = e.training().regularization();
            assertEquals(r.l1() > 0 ? "L1" : r.l2() > 0 ? "L2" : "none", combo("regularizationCombo").getValue(), report());
            assertEquals(e.training().earlyStopping() != null, ((CheckBox) root.lookup("#earlyStoppingCheck")).isSelected());
            if (e.data() instanceof DataSource.Generator g) {
                assertShows("noiseField", g.noise());
                assertShows("samplesField", g.samples());
                assertShows("testFractionField", g.testFraction());
                assertShows("validationFractionField", g.validationFraction());
            }
            for (int l = 0; l < e.layers().size() - 1; l++) {
                LayerSpec spec = e.layers().get(l);
                assertEquals(spec.activation(), combo("activation-" + l).getValue(), "layer " + l + "; " + report());
                assertEquals(spec.batchNorm(), ((CheckBox) root.lookup("#batchNorm-" + l)).isSelected(), report());
                TextField drop = (TextField) root.lookup("#dropout-" + l);
                if (!drop.getStyleClass().contains("invalid")) {
                    assertEquals(spec.dropout(), Double.parseDouble(drop.getText().strip()), 0.0,
                            "dropout of layer " + l + "; " + report());
                }
            }
            Node network = root.lookup("#networkView");
            assertEquals(e.layers().size(), network.lookupAll(".layer-header").size(), "layer columns; " + report());
            int hidden = e.layers().size() - 1;
            assertEquals(hidden + (hidden == 1 ? " hidden layer" : " hidden layers"),
                    ((Label) root.lookup("#layerCount")).getText());
            List<String> picked = root.lookupAll(".thumb.selected").stream()
                    .map(n -> (String) n.getProperties().get("name")).toList();
            assertEquals(e.data() instanceof DataSource.Generator g ? List.of(g.generator()) : List.of(), picked,
                    "the data picker; " + report());
            return null;
        });
    }

    /** A field shows the value in force, or says what is wrong with what was typed instead. */
    private void assertShows(String id, double value) {
        ValidatedField f = (ValidatedField) root.lookup("#" + id);
        if (!f.errorText().get().isEmpty()) {
            assertTrue(f.field().getStyleClass().contains("invalid"), id + " complains without the outline");
            return;
        }
        assertEquals(value, Double.parseDouble(f.field().getText().strip().replace('−', '-')), 0.0,
                id + " shows '" + f.field().getText() + "'; " + report());
    }

    private ComboBox<?> combo(String id) {
        return (ComboBox<?>) root.lookup("#" + id);
    }

    private LiveSnapshot shown() {
        return vm.snapshot().get();
    }

    private void waitFrames(String what, BooleanSupplier condition) throws Exception {
        long start = frames.get();
        try {
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS,
                    () -> fx(condition::getAsBoolean) || frames.get() - start > FRAMES);
        } catch (TimeoutException e) {
            fail("no frame for 120 s waiting for " + what + "; " + report());
        }
        assertTrue(fx(condition::getAsBoolean), "not within " + FRAMES + " frames: " + what + "; " + report());
    }

    private String report() {
        return "chaos seed " + seed + " (rerun: mvn -o test -Dtest=ChaosWindowTest -Dneurallab.chaos.seed=" + seed
                + " -Dneurallab.chaos.actions=" + ACTIONS + ")\nproblems:\n" + String.join("\n", problems)
                + "\nlast actions:\n" + String.join("\n", recent);
    }

    private static String trace(Throwable e) {
        StringWriter w = new StringWriter();
        e.printStackTrace(new PrintWriter(w));
        return w.toString();
    }
}
