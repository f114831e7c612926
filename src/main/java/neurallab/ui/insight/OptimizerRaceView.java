package neurallab.ui.insight;

import javafx.animation.AnimationTimer;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import neurallab.session.insight.Contours;
import neurallab.session.insight.LossSurface;
import neurallab.session.insight.OptimizerRace;

/** Contours of the surface, every optimizer's path, and a legend with its step count and loss. */
public final class OptimizerRaceView extends InsightPane {
    private static final int GRID = 81;
    private static final int LEVELS = 14;
    private static final int STEPS_PER_FRAME = 2;

    private final OptimizerRace race;
    private final double[] segments;
    private final int segmentCount;
    private final AnimationTimer timer;

    public OptimizerRaceView(OptimizerRace race) {
        super("Optimizer race: " + race.surface().label());
        this.race = race;
        LossSurface s = race.surface();
        double[] grid = new double[GRID * GRID];
        s.sample(GRID, GRID, grid);
        double[] levels = Contours.quantileLevels(grid, LEVELS);
        double[] buffer = new double[Contours.capacity(GRID, GRID) * 2];
        int used = 0;
        for (double level : levels) {
            if (used + Contours.capacity(GRID, GRID) > buffer.length) {
                buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2);
            }
            used = Contours.trace(grid, GRID, GRID, s.xMin(), s.xMax(), s.yMin(), s.yMax(), level, buffer, used);
        }
        segments = buffer;
        segmentCount = used;
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                race.step(STEPS_PER_FRAME);
                refresh();
                if (race.finished()) {
                    stop();
                }
            }
        };
        ToggleButton play = new ToggleButton("Play");
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
            race.step();
            refresh();
        });
        setBottom(new HBox(12, play, step));
        refresh();
    }

    @Override
    protected void draw(GraphicsContext g, double width, double height) {
        LossSurface s = race.surface();
        double size = Math.min(width - 300, height - 20);
        double ox = 10;
        double oy = 10;
        g.setLineDashes(null);
        g.setStroke(Color.gray(0.75));
        g.setLineWidth(1);
        for (int i = 0; i < segmentCount; i += 4) {
            g.strokeLine(px(segments[i], ox, size), py(segments[i + 1], oy, size), px(segments[i + 2], ox, size),
                    py(segments[i + 3], oy, size));
        }
        g.setStroke(Color.gray(0.3));
        g.strokeRect(ox, oy, size, size);
        for (double[] m : s.minima()) {
            g.setFill(Color.BLACK);
            g.fillText("★", px(m[0], ox, size) - 6, py(m[1], oy, size) + 6);
        }
        g.setLineWidth(2.5);
        int i = 0;
        for (OptimizerRace.Racer r : race.racers()) {
            stroke(g, i);
            g.beginPath();
            g.moveTo(px(r.pathX(0), ox, size), py(r.pathY(0), oy, size));
            for (int k = 1; k < r.pathLength(); k++) {
                double x = Math.max(s.xMin() - 1, Math.min(s.xMax() + 1, r.pathX(k)));
                double y = Math.max(s.yMin() - 1, Math.min(s.yMax() + 1, r.pathY(k)));
                g.lineTo(px(x, ox, size), py(y, oy, size));
            }
            g.stroke();
            double lx = ox + size + 20;
            double ly = 20 + i * 26;
            g.strokeLine(lx, ly - 5, lx + 24, ly - 5);
            g.setFill(Color.BLACK);
            g.setFont(SMALL);
            g.fillText(r.type().id() + "  lr " + num(r.settings().learningRate()) + "  step " + r.steps() + "  f = "
                    + (r.diverged() ? "diverged" : num(r.loss())), lx + 30, ly);
            i++;
        }
        g.setLineDashes(null);
    }

    private double px(double x, double ox, double size) {
        LossSurface s = race.surface();
        return ox + size * (x - s.xMin()) / (s.xMax() - s.xMin());
    }

    private double py(double y, double oy, double size) {
        LossSurface s = race.surface();
        return oy + size * (1 - (y - s.yMin()) / (s.yMax() - s.yMin()));
    }

    /** Stops the animation (when the tab closes). */
    public void stop() {
        timer.stop();
    }
}
