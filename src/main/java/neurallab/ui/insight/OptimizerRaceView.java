package neurallab.ui.insight;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.util.StringConverter;
import neurallab.engine.OptimizerType;
import neurallab.session.insight.Contours;
import neurallab.session.insight.LossSurface;
import neurallab.session.insight.OptimizerRace;
import neurallab.session.insight.RaceSetting;

/**
 * Contours of the chosen surface with every included optimizer's path from the start point (click the plot to
 * start there); beside it one row per optimizer: include it, its learning rate, its own settings, its step count
 * and loss. Typed values are checked on every key and applied on Enter or when the field loses focus, so a
 * half-typed number never reaches a running racer.
 */
public final class OptimizerRaceView extends InsightPane {
    private static final int GRID = 81;
    private static final int LEVELS = 14;
    private static final int STEPS_PER_FRAME = 2;
    private static final String ERROR_STYLE = "-fx-border-color: #D55E00; -fx-border-width: 2;";

    private OptimizerRace race;
    private double[] segments = new double[0];
    private int segmentCount;
    private final AnimationTimer timer;
    private final ToggleButton play = new ToggleButton("Play");
    private final ComboBox<LossSurface> surfaces = new ComboBox<>();
    private final Map<OptimizerType, TextField> rates = new EnumMap<>(OptimizerType.class);
    private final Map<OptimizerType, CheckBox> included = new EnumMap<>(OptimizerType.class);
    private final Map<OptimizerType, Label> progress = new EnumMap<>(OptimizerType.class);
    private final VBox settingsBox = new VBox(6);
    private final Label message = new Label("");
    private OptimizerType editing;
    // the plot square of the last drawing, to map clicks back to (x, y)
    private double plotX = 10;
    private double plotY = 10;
    private double plotSize = 1;

    public OptimizerRaceView(OptimizerRace race) {
        super("");
        canvas.setId("race-plot");
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                OptimizerRaceView.this.race.step(STEPS_PER_FRAME);
                refresh();
                if (OptimizerRaceView.this.race.finished()) {
                    stop();
                }
            }
        };
        play.setId("race-play");
        play.setFont(TEXT);
        play.selectedProperty().addListener((o, was, on) -> {
            if (on) {
                timer.start();
            } else {
                timer.stop();
            }
        });
        Button step = new Button("Step");
        step.setId("race-step");
        step.setFont(TEXT);
        step.setOnAction(e -> {
            this.race.step();
            refresh();
        });
        Button again = new Button("Back to the start");
        again.setId("race-restart");
        again.setFont(TEXT);
        again.setOnAction(e -> startAt(this.race.startX(), this.race.startY()));
        Label hint = new Label("Click the plot to start every racer there.");
        hint.setFont(TEXT);
        HBox bottom = new HBox(12, play, step, again, hint);
        bottom.setAlignment(Pos.CENTER_LEFT);
        setBottom(bottom);

        canvas.setOnMouseClicked(e -> {
            double x = modelX(e.getX());
            double y = modelY(e.getY());
            if (e.getX() >= plotX && e.getX() <= plotX + plotSize && e.getY() >= plotY && e.getY() <= plotY + plotSize) {
                startAt(x, y);
            }
        });
        setRight(controls(race));
        traceContours(race.surface());
        show(race);
    }

    private Node controls(OptimizerRace first) {
        surfaces.setId("race-surface");
        surfaces.getItems().setAll(LossSurface.values());
        surfaces.setConverter(new StringConverter<>() {
            @Override
            public String toString(LossSurface s) {
                return s == null ? "" : s.label();
            }

            @Override
            public LossSurface fromString(String text) {
                return null;
            }
        });
        surfaces.setStyle("-fx-font-size: 16px;");
        surfaces.setValue(first.surface());
        surfaces.valueProperty().addListener((o, was, s) -> {
            if (s != null && s != race.surface()) {
                setSurface(s);
            }
        });
        Label surfaceLabel = new Label("Surface");
        surfaceLabel.setFont(TEXT);
        HBox chooser = new HBox(10, surfaceLabel, surfaces);
        chooser.setAlignment(Pos.CENTER_LEFT);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(3);
        grid.addRow(0, header("race"), header("learning rate"), header(""), header("progress"));
        int row = 1;
        for (OptimizerType type : OptimizerType.values()) {
            int index = type.ordinal();
            Line swatch = new Line(0, 0, 26, 0);
            swatch.setStroke(series(index));
            swatch.setStrokeWidth(3.5);
            if (index >= 5) {
                swatch.getStrokeDashArray().setAll(8.0, 4.0);
            }
            CheckBox box = new CheckBox(type.id());
            box.setId("race-include-" + type.id());
            box.setFont(TEXT);
            box.setGraphic(swatch);
            box.setSelected(true);
            box.setMinWidth(Region.USE_PREF_SIZE);
            box.selectedProperty().addListener((o, was, on) -> {
                race.setIncluded(type, on);
                if (on && play.isSelected()) {
                    timer.start();
                }
                refresh();
            });
            included.put(type, box);
            TextField rate = field("race-lr-" + type.id());
            rate.textProperty().addListener((o, was, text) -> check(rate, RaceSetting.LEARNING_RATE, type, text));
            Runnable commit = () -> commit(rate, RaceSetting.LEARNING_RATE, type);
            rate.setOnAction(e -> commit.run());
            rate.focusedProperty().addListener((o, was, focused) -> {
                if (!focused) {
                    commit.run();
                }
            });
            rates.put(type, rate);
            Button edit = new Button("settings");
            edit.setId("race-settings-" + type.id());
            edit.setStyle("-fx-font-size: 14px;");
            edit.setMinWidth(Region.USE_PREF_SIZE);
            edit.setDisable(RaceSetting.ownSettings(type).isEmpty());
            edit.setOnAction(e -> edit(type));
            Label status = new Label();
            status.setId("race-progress-" + type.id());
            status.setFont(SMALL);
            status.setMinWidth(150);
            progress.put(type, status);
            grid.addRow(row++, box, rate, edit, status);
        }
        message.setId("race-message");
        message.setFont(TEXT);
        message.setTextFill(Color.web("#B04000"));
        message.setWrapText(true);
        message.setMaxWidth(520);
        settingsBox.setId("race-settings");
        VBox right = new VBox(10, chooser, grid, message, settingsBox);
        right.setPadding(new Insets(0, 0, 0, 12));
        right.setPrefWidth(540);
        right.setMinWidth(480);
        return right;
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.setFont(SMALL);
        l.setTextFill(Color.gray(0.35));
        return l;
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        f.setFont(TEXT);
        f.setPrefColumnCount(5);
        return f;
    }

    /** Marks the field and says what is wrong, on every key. */
    private void check(TextField field, RaceSetting setting, OptimizerType type, String text) {
        String problem = setting.problem(text);
        field.setStyle(problem == null ? "" : ERROR_STYLE);
        message.setText(problem == null ? "" : type.id() + ": " + problem);
    }

    /** Applies a valid value to the running racer; an invalid one stays marked and changes nothing. */
    private void commit(TextField field, RaceSetting setting, OptimizerType type) {
        String problem = setting.apply(race, type, field.getText());
        if (problem == null) {
            field.setStyle("");
            message.setText("");
            refresh();
        } else {
            field.setStyle(ERROR_STYLE);
            message.setText(type.id() + ": " + problem);
        }
    }

    /** Opens the editor of the optimizer's own settings below the table. */
    public void edit(OptimizerType type) {
        editing = type;
        settingsBox.getChildren().clear();
        Label title = new Label(type.id() + " settings (Enter applies)");
        title.setFont(TEXT);
        title.setStyle("-fx-font-weight: bold;");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(3);
        int row = 0;
        for (RaceSetting s : RaceSetting.ownSettings(type)) {
            Label name = new Label(s.label());
            name.setFont(TEXT);
            TextField f = field("race-setting-" + s.name().toLowerCase(Locale.ROOT));
            f.setText(InsightPane.plain(s.of(race.racer(type).settings())));
            f.textProperty().addListener((o, was, text) -> check(f, s, type, text));
            f.setOnAction(e -> commit(f, s, type));
            f.focusedProperty().addListener((o, was, focused) -> {
                if (!focused && editing == type) {
                    commit(f, s, type);
                }
            });
            Label range = new Label(s.describe());
            range.setFont(SMALL);
            grid.addRow(row++, name, f, range);
        }
        settingsBox.getChildren().setAll(title, grid);
    }

    /** Shows another race (another surface or start) with the fields, ticks and contours it needs. */
    private void show(OptimizerRace next) {
        race = next;
        setTitle("Optimizer race: " + next.surface().label());
        if (surfaces.getValue() != next.surface()) {
            surfaces.setValue(next.surface());
        }
        for (OptimizerRace.Racer r : next.racers()) {
            TextField f = rates.get(r.type());
            f.setText(InsightPane.plain(r.settings().learningRate()));
            f.setStyle("");
            included.get(r.type()).setSelected(r.included());
        }
        message.setText("");
        if (editing != null) {
            edit(editing);
        }
        if (play.isSelected()) {
            timer.start();
        }
        refresh();
    }

    /** Restarts every racer from (x, y), in the surface's coordinates, with its current settings. */
    public void startAt(double x, double y) {
        show(race.restart(x, y));
    }

    /** Another surface: its contours, its start point, each optimizer's default settings for it. */
    public void setSurface(LossSurface s) {
        traceContours(s);
        show(race.onSurface(s));
    }

    private void traceContours(LossSurface s) {
        double[] grid = new double[GRID * GRID];
        s.sample(GRID, GRID, grid);
        double[] levels = Contours.quantileLevels(grid, LEVELS);
        double[] buffer = new double[Contours.capacity(GRID, GRID) * 2];
        int used = 0;
        for (double level : levels) {
            if (used + Contours.capacity(GRID, GRID) > buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
            used = Contours.trace(grid, GRID, GRID, s.xMin(), s.xMax(), s.yMin(), s.yMax(), level, buffer, used);
        }
        segments = buffer;
        segmentCount = used;
    }

    public OptimizerRace race() {
        return race;
    }

    /** How many contour segments are drawn (tests: another surface, other contours). */
    int contourSegments() {
        return segmentCount / 4;
    }

    /** Where (x, y) of the surface lies on the canvas. */
    public Point2D toCanvas(double x, double y) {
        return new Point2D(px(x), py(y));
    }

    @Override
    protected void draw(GraphicsContext g, double width, double height) {
        if (race == null) {
            return;
        }
        LossSurface s = race.surface();
        plotSize = Math.max(50, Math.min(width - 20, height - 20));
        plotX = 10;
        plotY = 10;
        g.setLineDashes(null);
        g.setStroke(Color.gray(0.72));
        g.setLineWidth(1);
        for (int i = 0; i < segmentCount; i += 4) {
            g.strokeLine(px(segments[i]), py(segments[i + 1]), px(segments[i + 2]), py(segments[i + 3]));
        }
        g.setStroke(Color.gray(0.3));
        g.strokeRect(plotX, plotY, plotSize, plotSize);
        g.setFill(Color.BLACK);
        g.setFont(SMALL);
        g.fillText(InsightPane.plain(s.xMin()), plotX + 2, plotY + plotSize - 4);
        g.fillText(InsightPane.plain(s.xMax()), plotX + plotSize - 24, plotY + plotSize - 4);
        g.fillText(InsightPane.plain(s.yMax()), plotX + 2, plotY + 14);
        g.setFont(TEXT);
        for (double[] m : s.minima()) {
            g.fillText("★", px(m[0]) - 7, py(m[1]) + 7);
        }
        g.setLineWidth(3);
        for (OptimizerRace.Racer r : race.racers()) {
            if (!r.included()) {
                continue;
            }
            int i = r.type().ordinal();
            stroke(g, i);
            g.beginPath();
            g.moveTo(px(r.pathX(0)), py(r.pathY(0)));
            double hx = px(r.pathX(0));
            double hy = py(r.pathY(0));
            for (int k = 1; k < r.pathLength(); k++) {
                double x = Math.max(s.xMin() - 1, Math.min(s.xMax() + 1, r.pathX(k)));
                double y = Math.max(s.yMin() - 1, Math.min(s.yMax() + 1, r.pathY(k)));
                hx = px(x);
                hy = py(y);
                g.lineTo(hx, hy);
            }
            g.stroke();
            g.setFill(series(i));
            g.fillOval(hx - 5, hy - 5, 10, 10);
        }
        g.setLineDashes(null);
        // the start: a black ring that every path leaves from
        double sx = px(race.startX());
        double sy = py(race.startY());
        g.setLineWidth(3);
        g.setStroke(Color.WHITE);
        g.strokeOval(sx - 10, sy - 10, 20, 20);
        g.setStroke(Color.BLACK);
        g.setLineWidth(2.5);
        g.strokeOval(sx - 8, sy - 8, 16, 16);
        g.setFill(Color.BLACK);
        g.fillOval(sx - 3, sy - 3, 6, 6);
        g.setFont(TEXT);
        g.fillText("start", sx + 12, sy - 10);
        for (OptimizerRace.Racer r : race.racers()) {
            Label l = progress.get(r.type());
            l.setText(!r.included() ? "left out" : "step " + r.steps() + "   f = "
                    + (r.diverged() ? "diverged" : num(r.loss())));
        }
    }

    private double px(double x) {
        LossSurface s = race.surface();
        return plotX + plotSize * (x - s.xMin()) / (s.xMax() - s.xMin());
    }

    private double py(double y) {
        LossSurface s = race.surface();
        return plotY + plotSize * (1 - (y - s.yMin()) / (s.yMax() - s.yMin()));
    }

    private double modelX(double canvasX) {
        LossSurface s = race.surface();
        return s.xMin() + (canvasX - plotX) / plotSize * (s.xMax() - s.xMin());
    }

    private double modelY(double canvasY) {
        LossSurface s = race.surface();
        return s.yMin() + (1 - (canvasY - plotY) / plotSize) * (s.yMax() - s.yMin());
    }

    /** Stops the animation (when the tab closes). */
    public void stop() {
        timer.stop();
    }
}
