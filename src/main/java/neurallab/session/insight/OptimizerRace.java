package neurallab.session.insight;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import neurallab.engine.Optimizer;
import neurallab.engine.OptimizerSettings;
import neurallab.engine.OptimizerType;
import neurallab.engine.Parameter;

/**
 * Every optimizer of the engine racing down one {@link LossSurface} from the same start: each racer is the
 * engine's own {@link Optimizer} over a two-element {@link Parameter} (x, y), fed the surface's analytic
 * gradient. Paths are recorded up to {@link #MAX_PATH} points; a racer stops there or when it leaves the
 * finite numbers (diverged). Learning rate and settings can change mid-race; the optimizer's state is kept.
 */
public final class OptimizerRace {
    /** Points kept per path (the start included); the racer stops when its path is full. */
    public static final int MAX_PATH = 5000;
    /** A racer farther than this from the origin has diverged. */
    public static final double DIVERGED = 1e6;

    /** One optimizer in the race. */
    public static final class Racer {
        private final OptimizerType type;
        private final Parameter position;
        private final Optimizer optimizer;
        private final double[] pathX = new double[MAX_PATH];
        private final double[] pathY = new double[MAX_PATH];
        private final double[] gradient = new double[2];
        private int length;
        private double loss;
        private boolean diverged;
        private boolean included = true;

        private Racer(LossSurface surface, OptimizerSettings settings, double x0, double y0) {
            this.type = settings.type();
            this.position = Parameter.of(type.id(), new double[] {x0, y0});
            this.optimizer = Optimizer.create(settings, List.of(position));
            pathX[0] = x0;
            pathY[0] = y0;
            length = 1;
            loss = surface.value(x0, y0);
        }

        // g = ∇f(x, y); the engine's optimizer steps (x, y) with its learning rate
        private void step(LossSurface surface) {
            if (finished()) {
                return;
            }
            double[] w = position.value();
            surface.gradient(w[0], w[1], gradient);
            position.grad()[0] = gradient[0];
            position.grad()[1] = gradient[1];
            optimizer.step(optimizer.settings().learningRate());
            pathX[length] = w[0];
            pathY[length] = w[1];
            length++;
            loss = surface.value(w[0], w[1]);
            diverged = !Double.isFinite(loss) || Math.abs(w[0]) > DIVERGED || Math.abs(w[1]) > DIVERGED;
        }

        public OptimizerType type() {
            return type;
        }

        public OptimizerSettings settings() {
            return optimizer.settings();
        }

        /** Steps taken. */
        public long steps() {
            return optimizer.steps();
        }

        public double x() {
            return position.value()[0];
        }

        public double y() {
            return position.value()[1];
        }

        /** f at the current position. */
        public double loss() {
            return loss;
        }

        public boolean diverged() {
            return diverged;
        }

        public boolean finished() {
            return diverged || length == MAX_PATH;
        }

        /** Whether it runs (and is drawn); a left-out racer keeps its place and resumes when put back. */
        public boolean included() {
            return included;
        }

        /** Points on the path, the start included. */
        public int pathLength() {
            return length;
        }

        public double pathX(int i) {
            return pathX[i];
        }

        public double pathY(int i) {
            return pathY[i];
        }
    }

    private final LossSurface surface;
    private final List<Racer> racers = new ArrayList<>();
    private final double startX;
    private final double startY;

    /** A race on the surface from (x0, y0) with the given optimizers, in that order. */
    public OptimizerRace(LossSurface surface, double x0, double y0, List<OptimizerSettings> settings) {
        this.surface = surface;
        this.startX = x0;
        this.startY = y0;
        for (OptimizerSettings s : settings) {
            racers.add(new Racer(surface, s, x0, y0));
        }
    }

    /** All ten optimizers from the surface's start, each with {@link #defaultSettings}. */
    public static OptimizerRace allOptimizers(LossSurface surface) {
        List<OptimizerSettings> settings = new ArrayList<>();
        for (OptimizerType type : OptimizerType.values()) {
            settings.add(defaultSettings(surface, type));
        }
        return new OptimizerRace(surface, surface.startX(), surface.startY(), settings);
    }

    /**
     * The engine's defaults, with a learning rate that shows the optimizer at work on this surface:
     * the surface's plain rate for SGD, momentum and Nesterov; 1 for Adadelta (its default); 0.05 for
     * the adaptive ones, whose steps are about lr long whatever the gradient's scale.
     */
    public static OptimizerSettings defaultSettings(LossSurface surface, OptimizerType type) {
        double lr = switch (type) {
            case SGD, MOMENTUM, NESTEROV -> surface.plainRate();
            case ADADELTA -> 1.0;
            default -> 0.05;
        };
        return OptimizerSettings.defaults(type, lr);
    }

    public LossSurface surface() {
        return surface;
    }

    public double startX() {
        return startX;
    }

    public double startY() {
        return startY;
    }

    public List<Racer> racers() {
        return Collections.unmodifiableList(racers);
    }

    public Racer racer(OptimizerType type) {
        for (Racer r : racers) {
            if (r.type == type) {
                return r;
            }
        }
        throw new IllegalArgumentException(type + " is not in the race");
    }

    /** One step of every included racer still running. */
    public void step() {
        for (Racer r : racers) {
            if (r.included) {
                r.step(surface);
            }
        }
    }

    public void step(int count) {
        for (int i = 0; i < count; i++) {
            step();
        }
    }

    /** Whether every included racer has stopped. */
    public boolean finished() {
        return racers.stream().allMatch(r -> !r.included || r.finished());
    }

    /** Puts the racer in the race or leaves it out. */
    public void setIncluded(OptimizerType type, boolean included) {
        racer(type).included = included;
    }

    /** New settings (same type) for one racer from its next step on; its state is kept. */
    public void setSettings(OptimizerSettings settings) {
        racer(settings.type()).optimizer.setSettings(settings);
    }

    public void setLearningRate(OptimizerType type, double lr) {
        Racer r = racer(type);
        r.optimizer.setSettings(r.optimizer.settings().withLearningRate(lr));
    }

    /** The same race restarted from (x0, y0) with each racer's current settings; left-out racers stay out. */
    public OptimizerRace restart(double x0, double y0) {
        OptimizerRace next = new OptimizerRace(surface, x0, y0, racers.stream().map(Racer::settings).toList());
        next.includeLike(this);
        return next;
    }

    /**
     * The same optimizers on another surface from its start, each with {@link #defaultSettings} for that surface
     * (a rate that suits one surface can diverge on another); left-out racers stay out.
     */
    public OptimizerRace onSurface(LossSurface other) {
        OptimizerRace next = new OptimizerRace(other, other.startX(), other.startY(),
                racers.stream().map(r -> defaultSettings(other, r.type)).toList());
        next.includeLike(this);
        return next;
    }

    private void includeLike(OptimizerRace previous) {
        for (int i = 0; i < racers.size(); i++) {
            racers.get(i).included = previous.racers.get(i).included;
        }
    }
}
