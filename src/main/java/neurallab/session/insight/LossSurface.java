package neurallab.session.insight;
import java.util.Arrays;

/**
 * Two-dimensional loss surfaces for the optimizer race: f(x, y), its analytic gradient, a view window,
 * a start point and the known minima.
 */
public enum LossSurface {
    /** f = x² + y² */
    BOWL(-3, 3, -3, 3, -2.5, 2.0, 0.1, new double[][] {{0, 0}}) {
        @Override
        public double value(double x, double y) {
            return x * x + y * y;
        }

        // ∇f = (2x, 2y)
        @Override
        public void gradient(double x, double y, double[] out) {
            out[0] = 2 * x;
            out[1] = 2 * y;
        }
    },
    /** f = 0.1x² + 2y²: curvatures 0.2 and 4, twenty to one */
    ELONGATED_BOWL(-5, 5, -3, 3, -4.5, 2.0, 0.1, new double[][] {{0, 0}}) {
        @Override
        public double value(double x, double y) {
            return 0.1 * x * x + 2 * y * y;
        }

        // ∇f = (0.2x, 4y)
        @Override
        public void gradient(double x, double y, double[] out) {
            out[0] = 0.2 * x;
            out[1] = 4 * y;
        }
    },
    /** f = (1 − x)² + 100(y − x²)²: a curved, flat-bottomed valley to the minimum at (1, 1) */
    ROSENBROCK(-2, 2, -1, 3, -1.5, 2.5, 0.0005, new double[][] {{1, 1}}) {
        @Override
        public double value(double x, double y) {
            double a = 1 - x;
            double b = y - x * x;
            return a * a + 100 * b * b;
        }

        // ∂f/∂x = −2(1 − x) − 400x(y − x²); ∂f/∂y = 200(y − x²)
        @Override
        public void gradient(double x, double y, double[] out) {
            double b = y - x * x;
            out[0] = -2 * (1 - x) - 400 * x * b;
            out[1] = 200 * b;
        }
    },
    /** f = x² − y²: a saddle point at the origin, no minimum */
    SADDLE(-2, 2, -2, 2, -1.8, 0.01, 0.05, new double[0][]) {
        @Override
        public double value(double x, double y) {
            return x * x - y * y;
        }

        // ∇f = (2x, −2y)
        @Override
        public void gradient(double x, double y, double[] out) {
            out[0] = 2 * x;
            out[1] = -2 * y;
        }
    },
    /** Beale: f = (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)², minimum at (3, 0.5) */
    BEALE(-4.5, 4.5, -4.5, 4.5, 0.7, 1.4, 0.001, new double[][] {{3, 0.5}}) {
        @Override
        public double value(double x, double y) {
            double a = 1.5 - x + x * y;
            double b = 2.25 - x + x * y * y;
            double c = 2.625 - x + x * y * y * y;
            return a * a + b * b + c * c;
        }

        // ∂f/∂x = 2a(y − 1) + 2b(y² − 1) + 2c(y³ − 1); ∂f/∂y = 2a·x + 2b·2xy + 2c·3xy²
        @Override
        public void gradient(double x, double y, double[] out) {
            double a = 1.5 - x + x * y;
            double b = 2.25 - x + x * y * y;
            double c = 2.625 - x + x * y * y * y;
            out[0] = 2 * a * (y - 1) + 2 * b * (y * y - 1) + 2 * c * (y * y * y - 1);
            out[1] = 2 * a * x + 4 * b * x * y + 6 * c * x * y * y;
        }
    },
    /** Himmelblau: f = (x² + y − 11)² + (x + y² − 7)², four minima of value 0 */
    SEVERAL_MINIMA(-5, 5, -5, 5, -0.3, -0.5, 0.01, new double[][] {
            {3, 2}, {-2.805118, 3.131312}, {-3.779310, -3.283186}, {3.584428, -1.848126}}) {
        @Override
        public double value(double x, double y) {
            double a = x * x + y - 11;
            double b = x + y * y - 7;
            return a * a + b * b;
        }

        // ∂f/∂x = 4x(x² + y − 11) + 2(x + y² − 7); ∂f/∂y = 2(x² + y − 11) + 4y(x + y² − 7)
        @Override
        public void gradient(double x, double y, double[] out) {
            double a = x * x + y - 11;
            double b = x + y * y - 7;
            out[0] = 4 * x * a + 2 * b;
            out[1] = 2 * a + 4 * y * b;
        }
    };

    private final double xMin;
    private final double xMax;
    private final double yMin;
    private final double yMax;
    private final double startX;
    private final double startY;
    private final double plainRate;
    private final double[][] minima;

    LossSurface(double xMin, double xMax, double yMin, double yMax, double startX, double startY,
                double plainRate, double[][] minima) {
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax;
        this.startX = startX;
        this.startY = startY;
        this.plainRate = plainRate;
        this.minima = minima;
    }

    public abstract double value(double x, double y);

    /** Writes ∇f(x, y) into out[0], out[1]. */
    public abstract void gradient(double x, double y, double[] out);

    public double xMin() {
        return xMin;
    }

    public double xMax() {
        return xMax;
    }

    public double yMin() {
        return yMin;
    }

    public double yMax() {
        return yMax;
    }

    public double startX() {
        return startX;
    }

    public double startY() {
        return startY;
    }

    /** A learning rate at which SGD, momentum and Nesterov make visible, stable progress here. */
    public double plainRate() {
        return plainRate;
    }

    /** Known minima, {x, y} each (none for the saddle). */
    public double[][] minima() {
        double[][] copy = new double[minima.length][];
        for (int i = 0; i < minima.length; i++) {
            copy[i] = minima[i].clone();
        }
        return copy;
    }

    /**
     * Samples f on an nx × ny grid over the window into out[r · nx + c], at x = xMin + c·(xMax − xMin)/(nx − 1),
     * y = yMin + r·(yMax − yMin)/(ny − 1) (row 0 at the bottom).
     */
    public void sample(int nx, int ny, double[] out) {
        for (int r = 0; r < ny; r++) {
            double y = yMin + r * (yMax - yMin) / (ny - 1);
            for (int c = 0; c < nx; c++) {
                out[r * nx + c] = value(xMin + c * (xMax - xMin) / (nx - 1), y);
            }
        }
    }

    /**
     * The surface's contour lines on a grid×grid sample at {@code levels} quantile levels, as segments
     * (x₀, y₀, x₁, y₁) in the surface's coordinates, four numbers each.
     */
    public double[] contours(int grid, int levels) {
        double[] values = new double[grid * grid];
        sample(grid, grid, values);
        int capacity = Contours.capacity(grid, grid);
        double[] buffer = new double[capacity * 2];
        int used = 0;
        for (double level : Contours.quantileLevels(values, levels)) {
            if (used + capacity > buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
            used = Contours.trace(values, grid, grid, xMin(), xMax(), yMin(), yMax(), level, buffer, used);
        }
        return Arrays.copyOf(buffer, used);
    }
}
