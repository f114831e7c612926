package neurallab.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javafx.event.ActionEvent;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Popup;
import javafx.stage.Window;
import neurallab.data.Feature;
import neurallab.data.Generators;
import neurallab.io.ExampleLibrary;
import neurallab.ui.insight.InsightsWindow;
import neurallab.ui.viewmodel.PlaygroundViewModel;

/**
 * What a curious student does to the playground, one seeded random action at a time, through the window's own
 * controls found by node id (buttons fired, text typed and committed, combos picked, the plane pressed, keys
 * pressed), plus open and save through the view-model (file choosers cannot be driven). Every action runs on
 * the FX thread; each returns a short description for the log printed on failure.
 */
final class ChaosActions {
    /** Values typed into every field: good ones, and what a student might type instead. */
    private static final String[] ANY_TEXT = {"", " ", "abc", "-1", "0", "1e400", "NaN", "Infinity", "-0", "1e-320",
            "9999999999999", "0x10", "1,5", "−0.5", "  0.1  ", "3.", ".5", "1e3", "2147483648"};
    private static final String[] FIELDS = {"learningRateField", "regularizationRateField", "batchSizeField",
            "seedField", "noiseField", "samplesField", "testFractionField", "validationFractionField"};
    private static final String[][] GOOD_TEXT = {
        {"0.001", "0.03", "0.3", "1", "3", "0.00001"},
        {"0.001", "0.01", "0.1", "0"},
        {"1", "10", "32", "64", "500", "1000000"},
        {"1", "7", "42", "-5"},
        {"0", "0.1", "0.5", "2"},
        {"10", "50", "200", "500", "1000"},
        {"0.1", "0.3", "0.5", "0.9"},
        {"0", "0.1", "0.2", "0.5"},
    };
    private static final String[] COMBOS = {"problemCombo", "lossCombo", "optimizerCombo", "scheduleCombo",
        "regularizationCombo", "initializerCombo", "activationCombo", "speedCombo"};
    private static final String[] CHECKS = {"showTestCheck", "discretizeCheck", "logScaleCheck", "earlyStoppingCheck",
        "allLinksCheck", "paintToggle", "themeButton", "zoomInButton", "zoomOutButton", "regenerateButton",
        "reseedButton"};
    private static final String[] RUN = {"playButton", "stepButton", "stepBatchButton", "resetButton", "undoButton",
        "redoButton", "addLayerButton", "removeLayerButton"};
    private static final String[] GENERATORS = Generators.names().toArray(String[]::new);

    private final PlaygroundViewModel vm;
    private final PlaygroundWindow window;
    private final Parent root;
    private final Path folder;
    private final SplittableRandom random;
    private final List<Path> saved = new ArrayList<>();

    ChaosActions(PlaygroundViewModel vm, PlaygroundWindow window, Parent root, Path folder, long seed) {
        this.vm = vm;
        this.window = window;
        this.root = root;
        this.folder = folder;
        this.random = new SplittableRandom(seed);
    }

    /** One random action, performed on the FX thread; what was done. */
    String next() {
        int kind = random.nextInt(100);
        if (!vm.playing().get() && random.nextInt(3) == 0) {
            return fire("playButton"); // mostly while it trains
        }
        if (kind < 14) {
            return fire(pick(RUN));
        } else if (kind < 22) {
            return key();
        } else if (kind < 36) {
            return type();
        } else if (kind < 44) {
            return combo(COMBOS[random.nextInt(COMBOS.length)]);
        } else if (kind < 56) {
            return layer();
        } else if (kind < 62) {
            return fire(pick(CHECKS));
        } else if (kind < 70) {
            return data();
        } else if (kind < 78) {
            return paint();
        } else if (kind < 86) {
            return insight();
        } else if (kind < 91) {
            return file();
        } else if (kind < 94) {
            return popup();
        } else if (kind < 96) {
            return data2();
        } else if (kind < 98) {
            return weightCard();
        }
        return feature();
    }

    private String pick(String[] ids) {
        return ids[random.nextInt(ids.length)];
    }

    private Node find(String id) {
        return root.lookup("#" + id);
    }

    private String fire(String id) {
        Node n = find(id);
        if (n instanceof ButtonBase b && !b.isDisabled() && b.isVisible()) {
            b.fire();
            return "click " + id;
        }
        return "skip " + id + " (not there or disabled)";
    }

    private String key() {
        KeyCode[] plain = {KeyCode.SPACE, KeyCode.RIGHT, KeyCode.R, KeyCode.Z, KeyCode.Y, KeyCode.EQUALS, KeyCode.MINUS};
        KeyCode code = plain[random.nextInt(plain.length)];
        boolean shortcut = code == KeyCode.Z || code == KeyCode.Y || code == KeyCode.EQUALS || code == KeyCode.MINUS
                || random.nextInt(8) == 0;
        boolean shift = random.nextInt(4) == 0;
        KeyEvent e = new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift, shortcut, false, false);
        Node target = root.getScene().getFocusOwner() == null ? root : root.getScene().getFocusOwner();
        target.fireEvent(e);
        return "key " + (shortcut ? "Ctrl+" : "") + (shift ? "Shift+" : "") + code;
    }

    private String type() {
        int f = random.nextInt(FIELDS.length);
        String text = random.nextBoolean() ? GOOD_TEXT[f][random.nextInt(GOOD_TEXT[f].length)]
                : ANY_TEXT[random.nextInt(ANY_TEXT.length)];
        return typeInto(FIELDS[f] + " .text-field", text);
    }

    private String typeInto(String selector, String text) {
        Node n = root.lookup("#" + selector);
        if (!(n instanceof TextField field) || field.isDisabled() || !field.isVisible()) {
            return "skip typing into " + selector;
        }
        field.setText(text);
        field.fireEvent(new ActionEvent()); // Enter
        return "type '" + text + "' into " + selector;
    }

    private String combo(String id) {
        Node n = find(id);
        if (!(n instanceof ComboBox<?> c) || c.isDisabled() || c.getItems().isEmpty()) {
            return "skip combo " + id;
        }
        int i = random.nextInt(c.getItems().size());
        c.getSelectionModel().select(i);
        return "pick " + c.getItems().get(i) + " in " + id;
    }

    /** Neurons, activation, dropout and batch norm of a random hidden layer (if any). */
    private String layer() {
        int hidden = vm.experiment().get().layers().size() - 1;
        if (hidden == 0 || random.nextInt(5) == 0) {
            return fire(random.nextBoolean() ? "addLayerButton" : "removeLayerButton");
        }
        int l = random.nextInt(hidden);
        return switch (random.nextInt(5)) {
            case 0 -> fire("addNeuron-" + l);
            case 1 -> fire("removeNeuron-" + l);
            case 2 -> combo("activation-" + l);
            case 3 -> fire("batchNorm-" + l);
            default -> {
                String[] drop = {"0", "0.2", "0.5", "0.99", "1", "-0.1", "x", ""};
                yield typeInto("dropout-" + l, drop[random.nextInt(drop.length)]);
            }
        };
    }

    private String data() {
        int r = random.nextInt(10);
        if (r < 2) {
            String name = vm.builtinNames().get(random.nextInt(vm.builtinNames().size()));
            return fire("builtin-" + name);
        } else if (r < 3) {
            Node n = root.lookup(".spinner");
            if (n instanceof Spinner<?> s && s.isVisible() && s.getValueFactory() != null) {
                s.increment(random.nextInt(3) - 1);
                return "classes spinner";
            }
            return "skip classes spinner";
        }
        String name = pick(GENERATORS);
        return click(find("dataset-" + name), "dataset-" + name, 10, 10, MouseButton.PRIMARY, false);
    }

    private String feature() {
        String id = "feature-" + Feature.values()[random.nextInt(Feature.values().length)].id();
        Node n = root.lookupAll(".feature").stream().filter(f -> id.equals(f.getId())).findFirst().orElse(null);
        return click(n, id, 5, 5, MouseButton.PRIMARY, false);
    }

    /** A stroke of one to three points on the output plane (painting only counts in paint mode). */
    private String paint() {
        Node plane = find("outputPlane");
        if (plane == null) {
            return "skip paint";
        }
        double w = plane.getLayoutBounds().getWidth(), h = plane.getLayoutBounds().getHeight();
        boolean shift = random.nextInt(4) == 0;
        MouseButton button = random.nextBoolean() ? MouseButton.PRIMARY : MouseButton.SECONDARY;
        int points = 1 + random.nextInt(3);
        for (int i = 0; i < points; i++) {
            double x = random.nextDouble() * w, y = random.nextDouble() * h;
            plane.fireEvent(mouse(MouseEvent.MOUSE_PRESSED, x, y, button, shift));
        }
        plane.fireEvent(mouse(MouseEvent.MOUSE_RELEASED, 0, 0, button, shift));
        return "paint " + points + " points (" + button + (shift ? ", shift" : "") + ")";
    }

    private String click(Node n, String what, double x, double y, MouseButton button, boolean shift) {
        if (n == null || n.isDisabled()) {
            return "skip " + what;
        }
        n.fireEvent(mouse(MouseEvent.MOUSE_CLICKED, x, y, button, shift));
        return "click " + what;
    }

    private static MouseEvent mouse(javafx.event.EventType<MouseEvent> type, double x, double y, MouseButton button,
                                    boolean shift) {
        return new MouseEvent(type, x, y, x, y, button, 1, shift, false, false, false,
                button == MouseButton.PRIMARY, false, button == MouseButton.SECONDARY, false, false, true, null);
    }

    /** Opens the insights, picks a tab, presses one of its buttons, or closes them. */
    private String insight() {
        InsightsWindow insights = window.insights();
        int r = random.nextInt(6);
        if (r == 0 || !insights.isShowing()) {
            return fire("insightsButton");
        }
        if (r < 4) {
            InsightsWindow.Insight i = InsightsWindow.Insight.values()[random.nextInt(InsightsWindow.Insight.values().length)];
            insights.select(i);
            return "insight tab " + i;
        }
        Parent ir = insights.stage().getScene().getRoot();
        String[] ids = {"finder-run", "landscape-compute", "compare-pin", "race-play", "race-step", "race-restart",
            "walkthrough-next", "walkthrough-previous", "insights-side-by-side"};
        String id = pick(ids);
        Node n = ir.lookup("#" + id);
        if (n instanceof ButtonBase b && !b.isDisabled()) {
            b.fire();
            return "insight button " + id;
        }
        return "skip insight button " + id;
    }

    /** A click on the network (on a link's middle, or anywhere), then a value typed into the card if one opened. */
    private String weightCard() {
        Node network = find("networkView");
        Bounds b = network.getLayoutBounds();
        Point2D at = new Point2D(random.nextDouble() * b.getWidth(), random.nextDouble() * b.getHeight());
        if (random.nextBoolean()) {
            int layer = random.nextInt(vm.experiment().get().layers().size());
            try {
                Point2D onLink = window.network().screenToLocal(window.network().linkPoint(layer, 0, 0, 0.5));
                at = onLink == null ? at : onLink;
            } catch (RuntimeException notDrawnYet) {
                // the view has not drawn this structure yet: click anywhere
            }
        }
        network.fireEvent(mouse(MouseEvent.MOUSE_CLICKED, at.getX(), at.getY(), MouseButton.PRIMARY, false));
        String[] values = {"0.5", "-2", "0", "1e400", "NaN", "x", "1000"};
        String typed = typeInto("cardField", values[random.nextInt(values.length)]);
        return "click the network at " + Math.round(at.getX()) + "," + Math.round(at.getY()) + "; " + typed;
    }

    /** Opens the optimizer's or the schedule's settings and types into one of their fields. */
    private String popup() {
        String id = random.nextBoolean() ? "optimizerSettingsButton" : "scheduleSettingsButton";
        String opened = fire(id);
        List<TextField> fields = Window.getWindows().stream().filter(w -> w instanceof Popup && w.isShowing())
                .flatMap(w -> w.getScene().getRoot().lookupAll(".text-field").stream())
                .filter(n -> n instanceof TextField).map(n -> (TextField) n).toList();
        String typed = "";
        if (!fields.isEmpty()) {
            TextField f = fields.get(random.nextInt(fields.size()));
            String[] values = {"0.5", "0.9", "0.999", "1e-8", "10", "1", "0", "2", "-1", "x", ""};
            String text = values[random.nextInt(values.length)];
            f.setText(text);
            f.fireEvent(new ActionEvent());
            typed = ", typed '" + text + "'";
        }
        if (random.nextBoolean()) {
            Window.getWindows().stream().filter(w -> w instanceof Popup).toList().forEach(Window::hide);
        }
        return opened + typed;
    }

    /** A bundled example, a CSV file (good, bad, or a folder), or the data exported as CSV. */
    private String data2() {
        try {
            switch (random.nextInt(4)) {
                case 0 -> {
                    ExampleLibrary library = ExampleLibrary.bundled();
                    ExampleLibrary.Example ex = library.examples().get(random.nextInt(library.examples().size()));
                    vm.load(library.read(ex), null);
                    return "example " + ex.name();
                }
                case 1 -> {
                    Path csv = Files.writeString(folder.resolve("points.csv"), random.nextBoolean()
                            ? "a,b,label\n0,1,0\n1,0,1\n0.5,0.5,0\n2,2,1\n-1,3,0\n"
                            : "a,b,label\n0,1\n1,x,1\n");
                    vm.selectCsv(csv);
                    return "import " + Files.readString(csv).length() + " bytes of CSV";
                }
                case 2 -> {
                    vm.selectCsv(folder);
                    return "import a folder as CSV";
                }
                default -> {
                    return "export CSV " + vm.exportCsv(folder.resolve("export.csv"));
                }
            }
        } catch (java.io.IOException | neurallab.session.InvalidExperimentException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Save (to a fresh file or the current one), open a saved file, a missing one or a folder, or start anew. */
    private String file() {
        int r = random.nextInt(8);
        try {
            if (r < 3) {
                Path p = folder.resolve("chaos-" + saved.size() + ".json");
                if (vm.saveAs(p)) {
                    saved.add(p);
                }
                return "save as " + p.getFileName();
            } else if (r < 4) {
                Path nowhere = random.nextBoolean() ? folder : folder.resolve("gone").resolve("x.json");
                return random.nextBoolean() ? "save " + vm.save() : "save into " + nowhere + " " + vm.saveAs(nowhere);
            } else if (r < 6 && !saved.isEmpty()) {
                Path p = saved.get(random.nextInt(saved.size()));
                return "open " + p.getFileName() + " " + vm.open(p);
            } else if (r < 7) {
                Path bad = random.nextBoolean() ? folder : folder.resolve("missing.json");
                Files.deleteIfExists(folder.resolve("missing.json"));
                return "open " + bad + " " + vm.open(bad);
            }
            vm.newExperiment();
            return "new experiment";
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
