package neurallab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import neurallab.data.DataSource;
import neurallab.data.ProblemType;
import neurallab.session.Experiment;
import neurallab.session.live.LiveSnapshot;
import neurallab.session.live.Speed;
import neurallab.ui.viewmodel.Appearance;
import neurallab.ui.viewmodel.Edits;
import neurallab.ui.viewmodel.PlaygroundViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A few clicks through the real window, headless (Monocle). */
@ExtendWith(ApplicationExtension.class)
class PlaygroundWindowTest {
    static {
        // Monocle's headless screen is 1280×800 unless told otherwise; a larger window overflows it
        System.setProperty("monocle.headless.geometry", "1600x1000-32");
    }

    private PlaygroundViewModel vm;
    private PlaygroundWindow window;
    private Appearance appearance;
    private Path dir;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("neurallab-ui-test");
        Experiment noHidden = Edits.withHidden(Edits.playgroundDefault(), List.of());
        TestWindow shown = TestWindow.show(stage, noHidden);
        vm = shown.vm();
        window = shown.window();
        appearance = shown.appearance();
    }

    @AfterEach
    void stop() {
        vm.close();
    }

    private static java.util.function.Supplier<String> extra = () -> "";

    private static void waitFor(String what, long seconds, BooleanSupplier condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what + extra.get(), e);
        }
    }

    private LiveSnapshot snapshot() {
        return vm.snapshot().get();
    }

    @Test
    void switchingToRegressionNeverLeavesAStaleConfusionMatrixShown(FxRobot robot) throws Exception {
        waitFor("first frame", 10, () -> vm.snapshot().get() != null);
        TabPane tabs = robot.lookup("#metricsTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(2));
        assertEquals("Confusion", tabs.getSelectionModel().getSelectedItem().getText());
        robot.interact(() -> vm.setProblem(ProblemType.REGRESSION));
        waitFor("a regression snapshot", 10, () -> vm.snapshot().get() != null && !vm.snapshot().get().isClassification());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(tabs.getTabs().get(2).isDisable());
        assertEquals(0, tabs.getSelectionModel().getSelectedIndex(), "the loss is shown, not the old matrix");
    }

    @Test
    void buildATwoLayerNetworkByClicking(FxRobot robot) throws Exception {
        waitFor("first frame", 10, () -> snapshot() != null);
        robot.clickOn("#addLayerButton");
        robot.clickOn("#addLayerButton");
        robot.clickOn("#addNeuron-0");
        robot.clickOn("#addNeuron-1");
        robot.clickOn("#removeNeuron-1");
        robot.clickOn("#removeNeuron-1");
        assertEquals("2 hidden layers", robot.lookup("#layerCount").queryAs(Label.class).getText());
        Experiment e = vm.experiment().get();
        assertEquals(List.of(5, 3, 1), e.layers().stream().map(l -> l.units()).toList());
        waitFor("the rebuilt network", 10, () -> snapshot().experiment().layers().equals(e.layers()));
        assertEquals(3, snapshot().weights().size());
        assertTrue(robot.lookup("#neuron-1-2").tryQuery().isPresent(), "third neuron of layer 2 drawn");
    }

    @Test
    void playUntilTheCircleIsLearned(FxRobot robot) throws Exception {
        robot.clickOn("#addLayerButton");
        robot.clickOn("#addLayerButton");
        robot.clickOn("#optimizerCombo").clickOn("adam");
        robot.doubleClickOn("#learningRateField .text-field").eraseText(8).write("0.03").type(KeyCode.ENTER);
        assertEquals(0.03, vm.experiment().get().training().optimizer().learningRate());
        assertEquals(neurallab.engine.OptimizerType.ADAM, vm.experiment().get().training().optimizer().type());
        robot.interact(() -> vm.speed().set(Speed.MAX));
        extra = () -> snapshot() == null ? "" : " (epoch " + snapshot().epoch() + ", " + snapshot().figures() + ")";
        WaitForAsyncUtils.waitForFxEvents();
        long untrained = networkPicture(robot);
        robot.clickOn("#playButton");
        waitFor("test loss < 0.05", 90, () -> snapshot() != null && snapshot().figures() != null
                && snapshot().figures().testLoss() < 0.05);
        // the picture follows training while it plays, not only once paused
        assertTrue(vm.playing().get());
        assertNotEquals(untrained, networkPicture(robot), "the links and maps changed while playing");
        robot.clickOn("#playButton");
        waitFor("pause", 5, () -> !vm.playing().get());
        WaitForAsyncUtils.waitForFxEvents();
        String shown = robot.lookup("#testLossLabel").queryAs(Label.class).getText();
        assertEquals(neurallab.ui.render.Format.number(snapshot().figures().testLoss()), shown, "the view shows the model");
    }

    /** A hash of the network view's image of links and maps, read on the FX thread. */
    private static long networkPicture(FxRobot robot) {
        Node network = robot.lookup("#networkView").query();
        javafx.scene.image.Image img = robot.from(network).lookup(".image-view").queryAs(
                javafx.scene.image.ImageView.class).getImage();
        long[] hash = {17};
        robot.interact(() -> {
            javafx.scene.image.PixelReader r = img.getPixelReader();
            for (int y = 0; y < img.getHeight(); y++) {
                for (int x = 0; x < img.getWidth(); x++) {
                    hash[0] = hash[0] * 31 + r.getArgb(x, y);
                }
            }
        });
        return hash[0];
    }

    @Test
    void paintAPoint(FxRobot robot) throws Exception {
        waitFor("first frame", 10, () -> snapshot() != null);
        int before = snapshot().splits().train().size();
        robot.clickOn("#paintToggle");
        robot.clickOn("#outputPlane");
        waitFor("the painted point", 10, () -> snapshot().splits().train().size() == before + 1);
        assertTrue(snapshot().experiment().data() instanceof DataSource.Inline);
    }

    @Test
    void editAWeightThroughTheHoverCard(FxRobot robot) throws Exception {
        robot.clickOn("#addLayerButton");
        waitFor("two layers", 10, () -> snapshot() != null && snapshot().weights().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        // a quarter of the way along: links cross at some midpoints
        Point2D onScreen = window.network().linkPoint(0, 1, 2, 0.25);
        robot.moveTo(onScreen);
        waitFor("the hover card", 5, () -> robot.lookup("#hoverCard").query().isVisible());
        robot.clickOn(onScreen);
        waitFor("the pinned card", 5, () -> !robot.lookup("#hoverCard").query().isMouseTransparent());
        Label title = (Label) ((javafx.scene.layout.VBox) robot.lookup("#hoverCard").query()).getChildren().get(0);
        assertTrue(title.getText().startsWith("Weight: x2 → layer 1 neuron 3"), title.getText());
        robot.clickOn("#cardField").write("1.5").type(KeyCode.ENTER);
        waitFor("the new weight", 10, () -> snapshot().weights().get(0).kernel()[1][2] == 1.5);
    }

    @Test
    void aNoticeFloatsOverTheStatusBarWithoutMovingThePanels(FxRobot robot) throws Exception {
        Node network = robot.lookup("#networkView").query();
        javafx.geometry.Bounds before = network.localToScene(network.getLayoutBounds());
        robot.clickOn("#earlyStoppingCheck"); // refused without a validation split: says so in a notice
        Label text = robot.lookup("#noticeText").query();
        waitFor("the notice", 5, () -> text.getScene() != null && text.getText().startsWith("Early stopping"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, network.localToScene(network.getLayoutBounds()), "the panels stay where they were");
        javafx.geometry.Bounds notice = text.getParent().localToScene(text.getParent().getLayoutBounds());
        double sceneHeight = network.getScene().getHeight();
        assertTrue(notice.getMaxY() <= sceneHeight && notice.getMaxY() > sceneHeight - 10,
                "at the window's bottom edge: " + notice + " in a scene " + sceneHeight + " high");
        Node hint = robot.lookup("#shortcutHint").query();
        javafx.geometry.Bounds keys = hint.localToScene(hint.getLayoutBounds());
        assertTrue(!notice.intersects(keys), "the shortcut hint " + keys + " stays uncovered by the notice " + notice);
        robot.clickOn("#noticeClose");
        waitFor("the notice to leave the scene", 5, () -> text.getScene() == null);
    }

    @Test
    void switchTheme(FxRobot robot) throws Exception {
        Node root = robot.lookup("#playgroundRoot").query();
        assertTrue(root.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("light.css")));
        robot.clickOn("#themeButton");
        assertTrue(root.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("dark.css")));
        assertEquals(Appearance.Theme.DARK, appearance.theme().get());
        robot.clickOn("#zoomInButton").clickOn("#zoomInButton").clickOn("#zoomInButton").clickOn("#zoomInButton");
        assertTrue(root.getStyle().contains("21.0px"), root.getStyle());
        // 150 % in a 1280×760 window: the panels keep 34 lines of height and scroll instead of squeezing
        Node network = robot.lookup("#networkView").query();
        try {
            waitFor("the panels at their minimum height", 5, () -> network.getLayoutBounds().getHeight() >= 30 * 21);
        } catch (Exception e) {
            throw new AssertionError("network view " + network.getLayoutBounds(), e);
        }
        assertTrue(robot.lookup(".scroll-bar:vertical").queryAll().stream().anyMatch(Node::isVisible),
                "a vertical scroll bar");
    }

    @Test
    void openingTheDigitsNetworkDrawsItWhilePaused(FxRobot robot) throws Exception {
        waitFor("first frame", 10, () -> snapshot() != null);
        robot.interact(() -> assertTrue(vm.open(Path.of("resources/examples/digits.json"))));
        waitFor("the digits network", 10, () -> snapshot() != null && snapshot().splits() != null
                && snapshot().splits().train().inputCount() == 64);
        WaitForAsyncUtils.waitForFxEvents();
        Node network = robot.lookup("#networkView").query();
        javafx.scene.image.ImageView links = robot.from(network).lookup(".image-view").query(); // the first: links and maps
        javafx.scene.image.Image img = links.getImage();
        int background = appearance.theme().get().background();
        int[] colours = {0, 0};
        robot.interact(() -> {
            javafx.scene.image.PixelReader r = img.getPixelReader();
            for (int y = 0; y < img.getHeight(); y += 3) {
                for (int x = 0; x < img.getWidth(); x += 3) {
                    colours[r.getArgb(x, y) == background ? 0 : 1]++;
                }
            }
        });
        assertTrue(colours[1] > colours[0] / 10, "links drawn before play: " + colours[1] + " of "
                + (colours[0] + colours[1]) + " sampled pixels");
        assertTrue(robot.from(network).lookup((Label l) -> l.getText().equals("+64 more")).tryQuery().isPresent(),
                "the 128-neuron layer draws 64 and says how many it leaves out");
        assertTrue(robot.lookup("#digitGallery").query().isVisible(), "the output panel shows sample digits");
        // between the 64 inputs and the 64 drawn hidden neurons only the strongest links are drawn; ticking shows all
        long strongest = linkPixels(robot, img, background);
        robot.clickOn("#allLinksCheck");
        WaitForAsyncUtils.waitForFxEvents();
        long all = linkPixels(robot, img, background);
        assertTrue(all > 1.5 * strongest, "every link draws more than the strongest: " + all + " against " + strongest);
    }

    private static long linkPixels(FxRobot robot, javafx.scene.image.Image img, int background) {
        long[] count = {0};
        robot.interact(() -> {
            javafx.scene.image.PixelReader r = img.getPixelReader();
            for (int y = 0; y < img.getHeight(); y++) {
                for (int x = 0; x < img.getWidth(); x++) {
                    count[0] += r.getArgb(x, y) == background ? 0 : 1;
                }
            }
        });
        return count[0];
    }

    @Test
    void irisShowsTwoChosenInputsNamedOnTheAxes(FxRobot robot) throws Exception {
        waitFor("first frame", 10, () -> snapshot() != null);
        robot.interact(() -> assertTrue(vm.open(Path.of("resources/examples/iris.json"))));
        waitFor("the iris data", 10, () -> snapshot() != null && snapshot().splits() != null
                && snapshot().splits().train().inputCount() == 4);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#inputScatter").query().isVisible());
        javafx.scene.control.ComboBox<String> x = robot.lookup("#scatterX").query();
        javafx.scene.control.ComboBox<String> y = robot.lookup("#scatterY").query();
        assertEquals(snapshot().splits().train().inputNames(), x.getItems());
        assertEquals(x.getItems().get(0), x.getValue());
        assertEquals(x.getItems().get(1), y.getValue());
        robot.interact(() -> y.getSelectionModel().select(3));
        assertEquals(snapshot().splits().train().inputNames().get(3), y.getValue());
    }

    @Test
    void aTwoColumnCsvIsDrawnAsAPlaneWithItsHeaderNamesOnTheAxes(FxRobot robot) throws Exception {
        waitFor("first frame", 10, () -> snapshot() != null);
        StringBuilder csv = new StringBuilder("height,weight,label\n");
        for (int i = 0; i < 40; i++) {
            double h = 150 + i, w = 50 + (i * 7) % 40;
            csv.append(h).append(',').append(w).append(',').append(h + w > 230 ? 1 : 0).append('\n');
        }
        Path file = dir.resolve("people.csv");
        Files.writeString(file, csv);
        robot.interact(() -> vm.selectCsv(file));
        waitFor("the CSV data", 10, () -> snapshot() != null && snapshot().splits() != null
                && snapshot().splits().train().inputNames().equals(List.of("height", "weight")));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#inputScatter").query().isVisible(), "drawn in the output panel");
        javafx.scene.control.ComboBox<String> x = robot.lookup("#scatterX").query();
        javafx.scene.control.ComboBox<String> y = robot.lookup("#scatterY").query();
        assertEquals("height", x.getValue());
        assertEquals("weight", y.getValue());
        assertTrue(x.isDisabled() && y.isDisabled(), "two inputs: nothing to choose");
        // the prediction is painted behind the points: the plot is not the bare panel
        Node scatter = robot.lookup("#inputScatter").query();
        javafx.scene.canvas.Canvas plot = robot.from(scatter).lookup((Node n) -> n instanceof javafx.scene.canvas.Canvas).query();
        int[] colours = {0};
        robot.interact(() -> {
            javafx.scene.image.WritableImage img = plot.snapshot(null, null);
            java.util.Set<Integer> seen = new java.util.HashSet<>();
            for (int py = 0; py < img.getHeight(); py += 4) {
                for (int px = 0; px < img.getWidth(); px += 4) {
                    seen.add(img.getPixelReader().getArgb(px, py));
                }
            }
            colours[0] = seen.size();
        });
        assertTrue(colours[0] > 20, "a painted plane, not a few flat colours: " + colours[0]);
    }

    @Test
    void anExampleOpensFromTheFileMenu(FxRobot robot) throws Exception {
        waitFor("first frame", 10, () -> snapshot() != null);
        robot.clickOn("#fileMenu");
        javafx.scene.control.MenuButton file = robot.lookup("#fileMenu").query();
        javafx.scene.control.Menu examples = (javafx.scene.control.Menu) file.getItems().stream()
                .filter(i -> "examplesMenu".equals(i.getId())).findFirst().orElseThrow();
        assertEquals(3, examples.getItems().size(), "one item per bundled example");
        javafx.scene.control.CustomMenuItem iris = (javafx.scene.control.CustomMenuItem) examples.getItems().stream()
                .filter(i -> i instanceof javafx.scene.control.CustomMenuItem c && "example-iris".equals(c.getContent().getId()))
                .findFirst().orElseThrow();
        robot.interact(() -> {
            file.hide();
            iris.fire();
        });
        waitFor("the iris example", 10, () -> snapshot() != null && snapshot().splits() != null
                && snapshot().splits().train().inputCount() == 4);
        assertEquals(new DataSource.Builtin("iris", 0.3, 0.0), vm.experiment().get().data());
        assertEquals(null, vm.file().get(), "an example opens untitled: Save asks for a file");
    }

    @Test
    void narrowLayerHeadersWrapTheirTextInsteadOfCuttingIt(FxRobot robot) throws Exception {
        waitFor("first frame", 10, () -> snapshot() != null);
        robot.interact(() -> assertTrue(vm.open(Path.of("resources/bench/playground-largest.json"))));
        waitFor("the largest network", 10, () -> snapshot() != null && snapshot().weights().size() == 7);
        WaitForAsyncUtils.waitForFxEvents();
        Node network = robot.lookup("#networkView").query();
        Label activation = robot.from(network).lookup((Label l) -> l.getText().equals("1 × sigmoid")).query();
        // what the label shows is its skin's text node: "1 × ..." when cut
        javafx.scene.text.Text shown = robot.from(activation).lookup(".text").query();
        assertEquals("1 × sigmoid", shown.getText().replace("\n", " ").strip());
    }

    @Test
    void loadASavedExperiment(FxRobot robot) throws Exception {
        waitFor("first frame", 10, () -> snapshot() != null);
        robot.clickOn("#addLayerButton");
        robot.doubleClickOn("#learningRateField .text-field").eraseText(8).write("0.25").type(KeyCode.ENTER);
        robot.clickOn("#stepButton");
        waitFor("one epoch", 10, () -> snapshot().epoch() == 1 && snapshot().weights().size() == 2);
        Path file = dir.resolve("lesson.json");
        robot.interact(() -> assertTrue(vm.saveAs(file)));
        assertTrue(Files.size(file) > 100);
        double saved = snapshot().weights().get(0).kernel()[0][0];
        robot.interact(vm::newExperiment);
        waitFor("the new experiment", 10, () -> snapshot() != null && snapshot().weights().size() == 3);
        robot.clickOn("#fileMenu");
        robot.clickOn("lesson.json");
        waitFor("the opened experiment", 10, () -> snapshot() != null && snapshot().weights().size() == 2);
        assertEquals(0.25, vm.experiment().get().training().optimizer().learningRate());
        assertEquals(saved, snapshot().weights().get(0).kernel()[0][0]);
        assertEquals("lesson.json — NeuralLab", vm.title().get());
    }
}
