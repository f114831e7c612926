package neurallab.ui.insight;

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
import javafx.scene.shape.Line;
import javafx.util.StringConverter;
import neurallab.engine.OptimizerType;
import neurallab.session.insight.LossSurface;
import neurallab.session.insight.OptimizerRace;
import neurallab.session.insight.RaceSetting;
import javafx.scene.text.TextAlignment;
import javafx.scene.control.ScrollPane;
import javafx.beans.binding.Bindings;
import java.util.List;
import java.util.ArrayList;
import neurallab.ui.text.Texts;

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

    private OptimizerRace race;
    private double[] segments = new double[0];
    private final List<Line> swatches = new ArrayList<>();
    private final AnimationTimer timer;
    private final ToggleButton play = new ToggleButton(Texts.get("insight.race.play"));
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
                    play.setSelected(false);
                }
            }
        };
        play.setId("race-play");
        play.textProperty().bind(Bindings.when(play.selectedProperty()).then(Texts.get("insight.race.pause"))
                .otherwise(Texts.get("insight.race.play")));
        play.setMinWidth(Region.USE_PREF_SIZE);
        play.selectedProperty().addListener((o, was, on) -> {
            if (on) {
                timer.start();
            } else {
                timer.stop();
            }
        });
        Button step = new Button(Texts.get("insight.race.step"));
        step.setId("race-step");
        step.setOnAction(e -> {
            this.race.step();
            refresh();
        });
        Button again = new Button(Texts.get("insight.race.restart"));
        again.setId("race-restart");
        again.setOnAction(e -> startAt(this.race.startX(), this.race.startY()));
        Label hint = new Label(Texts.get("insight.race.hint"));
        hint.setWrapText(true);
        HBox bottom = new HBox(12, play, step, again, hint);
        bottom.getStyleClass().add("insight-text");
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
                return s == null ? "" : InsightTexts.surface(s);
            }

            @Override
            public LossSurface fromString(String text) {
                return null;
            }
        });
        surfaces.setValue(first.surface());
        surfaces.valueProperty().addListener((o, was, s) -> {
            if (s != null && s != race.surface()) {
                setSurface(s);
            }
        });
        Label surfaceLabel = new Label(Texts.get("insight.race.surface"));
        HBox chooser = new HBox(10, surfaceLabel, surfaces);
        chooser.setAlignment(Pos.CENTER_LEFT);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(3);
        grid.addRow(0, header(Texts.get("insight.race.column.race")), header(Texts.get("insight.race.column.rate")),
                header(""), header(Texts.get("insight.race.column.progress")));
        int row = 1;
        for (OptimizerType type : OptimizerType.values()) {
            racerRow(grid, row++, type);
        }
        message.setId("race-message");
        message.getStyleClass().add("field-error");
        message.setWrapText(true);
        settingsBox.setId("race-settings");
        VBox right = new VBox(10, chooser, grid, message, settingsBox);
        right.setPadding(new Insets(0, 0, 0, 12));
        right.getStyleClass().add("insight-text");
        ScrollPane scroll = new ScrollPane(right);
        scroll.getStyleClass().add("data-scroll");
        // at most 55 % of the view, the plot keeps the rest; a narrow window scrolls the table sideways
        scroll.setFitToWidth(false);
        scroll.setMinWidth(0);
        scroll.prefWidthProperty().bind(Bindings.min(right.widthProperty().add(4),
                widthProperty().multiply(0.55)));
        return scroll;
    }

    // one optimizer: include it (its line's sample beside the name), its rate, its own settings, its progress
    private void racerRow(GridPane grid, int row, OptimizerType type) {
        int index = type.ordinal();
        Line swatch = new Line(0, 0, 26, 0);
        swatch.setStroke(look.series(index));
        swatches.add(swatch);
        swatch.setStrokeWidth(3.5);
        if (index >= 5) {
            swatch.getStrokeDashArray().setAll(8.0, 4.0);
        }
        CheckBox box = new CheckBox(type.id());
        box.setId("race-include-" + type.id());
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
        TextField rate = RaceField.create("race-lr-" + type.id(), RaceSetting.LEARNING_RATE, type, () -> race,
                message, () -> true, this::refresh);
        rates.put(type, rate);
        Button edit = new Button(Texts.get("insight.race.settings"));
        edit.setId("race-settings-" + type.id());
        edit.setMinWidth(Region.USE_PREF_SIZE);
        edit.setDisable(RaceSetting.ownSettings(type).isEmpty());
        edit.setOnAction(e -> edit(type));
        Label status = new Label();
        status.setId("race-progress-" + type.id());
        status.getStyleClass().add("insight-small");
        status.setMinWidth(Region.USE_PREF_SIZE);
        progress.put(type, status);
        grid.addRow(row, box, rate, edit, status);
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().addAll("insight-small", "muted");
        return l;
    }

    /** Opens the editor of the optimizer's own settings below the table. */
    public void edit(OptimizerType type) {
        editing = type;
        settingsBox.getChildren().clear();
        Label title = new Label(Texts.get("insight.race.settingsTitle", type.id()));
        title.setStyle("-fx-font-weight: bold;");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(3);
        int row = 0;
        for (RaceSetting s : RaceSetting.ownSettings(type)) {
            Label name = new Label(InsightTexts.setting(s));
            TextField f = RaceField.create("race-setting-" + s.name().toLowerCase(Locale.ROOT), s, type,
                    () -> race, message, () -> editing == type, this::refresh);
            f.setText(InsightPane.plain(s.of(race.racer(type).settings())));
            Label range = new Label(InsightTexts.range(s));
            range.getStyleClass().add("insight-small");
            grid.addRow(row++, name, f, range);
        }
        settingsBox.getChildren().setAll(title, grid);
    }

    /** Shows another race (another surface or start) with the fields, ticks and contours it needs. */
    private void show(OptimizerRace next) {
        race = next;
        setTitle(Texts.get("insight.race.title", InsightTexts.surface(next.surface())));
        if (surfaces.getValue() != next.surface()) {
            surfaces.setValue(next.surface());
        }
        for (OptimizerRace.Racer r : next.racers()) {
            TextField f = rates.get(r.type());
            f.setText(InsightPane.plain(r.settings().learningRate()));
            RaceField.mark(f, false);
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
        segments = s.contours(GRID, LEVELS);
    }

    public OptimizerRace race() {
        return race;
    }

    /** How many contour segments are drawn (tests: another surface, other contours). */
    int contourSegments() {
        return segments.length / 4;
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
        g.setStroke(look.grid());
        g.setLineWidth(1);
        for (int i = 0; i < segments.length; i += 4) {
            g.strokeLine(px(segments[i]), py(segments[i + 1]), px(segments[i + 2]), py(segments[i + 3]));
        }
        g.setStroke(look.muted());
        g.strokeRect(plotX, plotY, plotSize, plotSize);
        g.setFill(look.text());
        g.setFont(look.smallFont());
        g.fillText(InsightPane.plain(s.xMin()), plotX + 2, plotY + plotSize - 4);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(InsightPane.plain(s.xMax()), plotX + plotSize - 2, plotY + plotSize - 4);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(InsightPane.plain(s.yMax()), plotX + 2, plotY + look.fontSize());
        g.setFont(look.textFont());
        for (double[] m : s.minima()) {
            g.fillText("★", px(m[0]) - 7, py(m[1]) + 7);
        }
        paths(g, s);
        start(g);
        for (OptimizerRace.Racer r : race.racers()) {
            Label l = progress.get(r.type());
            l.setText(!r.included() ? Texts.get("insight.race.leftOut") : Texts.get("insight.race.progress", r.steps(),
                    r.diverged() ? Texts.get("insight.race.diverged") : num(r.loss())));
        }
    }

    // each included racer's path, kept near the plot when it runs away, a dot where it is now
    private void paths(GraphicsContext g, LossSurface s) {
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
            g.setFill(look.series(i));
            g.fillOval(hx - 5, hy - 5, 10, 10);
        }
        g.setLineDashes(null);
    }

    // the start: a ring that every path leaves from
    private void start(GraphicsContext g) {
        double sx = px(race.startX());
        double sy = py(race.startY());
        g.setLineWidth(3);
        g.setStroke(look.background());
        g.strokeOval(sx - 10, sy - 10, 20, 20);
        g.setStroke(look.text());
        g.setLineWidth(2.5);
        g.strokeOval(sx - 8, sy - 8, 16, 16);
        g.setFill(look.text());
        g.fillOval(sx - 3, sy - 3, 6, 6);
        g.setFont(look.textFont());
        g.fillText(Texts.get("insight.race.start"), sx + 12, sy - 10);
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

    @Override
    public void setLook(Look newLook) {
        for (int i = 0; i < swatches.size(); i++) {
            swatches.get(i).setStroke(newLook.series(i));
        }
        super.setLook(newLook);
    }

    /** Stops the animation (when the tab closes). */
    public void stop() {
        play.setSelected(false);
    }
}
