package neurallab.session.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import neurallab.engine.Activation;
import neurallab.engine.LayerSpec;
import neurallab.engine.Loss;
import neurallab.engine.Network;
import org.junit.jupiter.api.Test;

class LossLandscapeTest {

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double[] unit(double[] v) {
        double n = Math.sqrt(dot(v, v));
        double[] out = v.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] /= n;
        }
        return out;
    }

    @Test
    void pcaRecoversThePlaneOfASyntheticTrajectoryAndTheCentreIsTheCurrentLoss() {
        Network net = Nets.random(2, List.of(new LayerSpec(4, Activation.TANH), new LayerSpec(1, Activation.SIGMOID)), 2);
        int p = net.parameterCount();
        double[] current = new double[p];
        NetworkCopies.flatten(net, current);
        SplittableRandom random = new SplittableRandom(11);
        double[] u = new double[p];
        double[] v = new double[p];
        for (int i = 0; i < p; i++) {
            u[i] = random.nextDouble(-1, 1);
            v[i] = random.nextDouble(-1, 1);
        }
        u = unit(u);
        double uv = dot(u, v);
        for (int i = 0; i < p; i++) {
            v[i] -= uv * u[i];
        }
        v = unit(v);
        // θ_k = θ* + a_k·u + b_k·v, a spiral into θ* (the last point)
        WeightTrajectory trajectory = new WeightTrajectory(net, 100, 1);
        for (int k = 0; k < 30; k++) {
            double r = 3.0 * (29 - k) / 29;
            double a = r * Math.cos(k * 0.4);
            double b = 0.5 * r * Math.sin(k * 0.4);
            double[] theta = new double[p];
            for (int i = 0; i < p; i++) {
                theta[i] = current[i] + a * u[i] + b * v[i];
            }
            trajectory.add(k, theta);
        }
        LossLandscape.Directions dirs = LossLandscape.principalDirections(trajectory, current);
        // u and v lie in span(d₁, d₂): their projections keep unit length
        for (double[] w : new double[][] {u, v}) {
            double a = dot(w, dirs.d1());
            double b = dot(w, dirs.d2());
            assertEquals(1.0, a * a + b * b, 1e-9);
        }
        assertEquals(1.0, dot(dirs.d1(), dirs.d1()), 1e-9);
        assertEquals(0.0, dot(dirs.d1(), dirs.d2()), 1e-9);
        assertEquals(1.0, dirs.share1() + dirs.share2(), 1e-9);
        assertTrue(dirs.share1() > dirs.share2());

        double[][] data = Nets.quadrants(50, 4);
        LossLandscape l = LossLandscape.compute(net, trajectory, data[0], data[1], 50, Loss.BCE, true, 11, 0.2);
        double expected = net.evaluate(data[0], data[1], 50, Loss.BCE, true).loss();
        assertEquals(expected, l.value(5, 5), 1e-12, "the centre is the current weights");
        assertEquals(0.0, l.alpha(5));
        assertEquals(29, l.pathLength() - 1);
        assertEquals(0.0, l.pathAlpha(29), 1e-12, "the path ends at the centre");
        // the start projects to radius 3 in the (u, v) plane, whatever rotation d₁, d₂ have
        assertEquals(9.0, l.pathAlpha(0) * l.pathAlpha(0) + l.pathBeta(0) * l.pathBeta(0), 1e-9);
        assertTrue(l.alphaRange() >= Math.abs(l.pathAlpha(0)));
        double[] after = new double[p];
        NetworkCopies.flatten(net, after);
        assertEquals(0.0, dot(after, after) - dot(current, current), 0.0, "network untouched");
    }

    @Test
    void recorderThinsAndStaysBounded() {
        Network net = Nets.playgroundLargest(1);
        WeightTrajectory t = new WeightTrajectory(net, 10, 5);
        for (long s = 0; s < 10_000; s++) {
            t.record(s, net);
        }
        assertTrue(t.size() <= 10 && t.size() >= 5, "size " + t.size());
        assertEquals(0, t.step(0));
        assertEquals(t.interval(), t.step(1) - t.step(0));
        assertEquals(net.parameterCount(), t.point(0).length);
    }
}
