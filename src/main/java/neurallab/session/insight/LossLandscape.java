package neurallab.session.insight;

import java.util.SplittableRandom;
import neurallab.engine.Loss;
import neurallab.engine.Network;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * The training loss on the plane through the current weights θ* spanned by the trajectory's two principal
 * directions (Li et al., "Visualizing the loss landscape of neural nets", 2018): rows D_k = θ_k − θ* of the
 * trajectory, d₁ and d₂ the top right singular vectors of D; L(α, β) = loss(θ* + α·d₁ + β·d₂) on a
 * resolution × resolution grid (odd resolution, so the centre is θ* itself), and the path projected as
 * (D_k·d₁, D_k·d₂). Evaluated with a scratch network; the current network is not changed.
 */
public final class LossLandscape {
    private final double[] explained;
    private final int resolution;
    private final double alphaRange;
    private final double betaRange;
    private final double[] values;
    private final double[] pathAlpha;
    private final double[] pathBeta;
    private final double min;
    private final double max;

    private LossLandscape(double[] explained, int resolution, double alphaRange,
                          double betaRange, double[] values, double[] pathAlpha, double[] pathBeta) {
        this.explained = explained;
        this.resolution = resolution;
        this.alphaRange = alphaRange;
        this.betaRange = betaRange;
        this.values = values;
        this.pathAlpha = pathAlpha;
        this.pathBeta = pathBeta;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        min = lo;
        max = hi;
    }

    /** The two principal directions of the trajectory around the current weights, and their variance shares. */
    public record Directions(double[] d1, double[] d2, double share1, double share2) {
    }

    /**
     * PCA of the rows θ_k − θ* (k &lt; count) by a thin SVD: D = U Σ Vᵀ, d₁, d₂ the columns of V with the two
     * largest singular values; share_i = σ_i² / Σσ². When the trajectory spans fewer than two directions,
     * d₂ is a seeded random direction made orthogonal to d₁ (Gram–Schmidt).
     */
    public static Directions principalDirections(WeightTrajectory trajectory, double[] current) {
        int m = trajectory.size();
        int p = current.length;
        if (m < 2) {
            throw new IllegalArgumentException("the trajectory needs at least two points");
        }
        DMatrixRMaj d = new DMatrixRMaj(m, p);
        for (int k = 0; k < m; k++) {
            double[] theta = trajectory.point(k);
            for (int i = 0; i < p; i++) {
                d.data[k * p + i] = theta[i] - current[i];
            }
        }
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(m, p, false, true, true);
        if (!svd.decompose(d)) {
            throw new IllegalStateException("SVD failed");
        }
        double[] sigma = svd.getSingularValues();
        int count = svd.numberOfSingularValues();
        DMatrixRMaj v = svd.getV(null, false);
        int first = -1;
        int second = -1;
        double total = 0.0;
        for (int i = 0; i < count; i++) {
            total += sigma[i] * sigma[i];
            if (first < 0 || sigma[i] > sigma[first]) {
                second = first;
                first = i;
            } else if (second < 0 || sigma[i] > sigma[second]) {
                second = i;
            }
        }
        double[] dir1 = column(v, first, p);
        double share1 = total > 0 ? sigma[first] * sigma[first] / total : 0.0;
        double share2 = 0.0;
        double[] dir2;
        if (second >= 0 && sigma[second] > 1e-12 * Math.max(1.0, sigma[first])) {
            dir2 = column(v, second, p);
            share2 = sigma[second] * sigma[second] / total;
        } else {
            dir2 = orthogonalRandom(dir1, 17);
        }
        return new Directions(dir1, dir2, share1, share2);
    }

    /**
     * Computes the landscape for the current network over n rows of (x, y). The grid spans
     * ±(1 + margin)·max|projection| along each direction (±1 when the path has no extent).
     */
    public static LossLandscape compute(Network current, WeightTrajectory trajectory, double[] x, double[] y, int n,
                                        Loss loss, boolean classification, int resolution, double margin) {
        if (resolution < 3 || resolution % 2 == 0) {
            throw new IllegalArgumentException("resolution must be odd and at least 3");
        }
        int p = current.parameterCount();
        double[] theta = new double[p];
        NetworkCopies.flatten(current, theta);
        Directions dirs = principalDirections(trajectory, theta);
        int m = trajectory.size();
        double[] pa = new double[m];
        double[] pb = new double[m];
        double reachA = 0.0;
        double reachB = 0.0;
        for (int k = 0; k < m; k++) {
            double[] t = trajectory.point(k);
            double a = 0.0;
            double b = 0.0;
            // (α_k, β_k) = ((θ_k − θ*)·d₁, (θ_k − θ*)·d₂)
            for (int i = 0; i < p; i++) {
                double diff = t[i] - theta[i];
                a += diff * dirs.d1()[i];
                b += diff * dirs.d2()[i];
            }
            pa[k] = a;
            pb[k] = b;
            reachA = Math.max(reachA, Math.abs(a));
            reachB = Math.max(reachB, Math.abs(b));
        }
        double rangeA = reachA > 0 ? reachA * (1 + margin) : 1.0;
        double rangeB = reachB > 0 ? reachB * (1 + margin) : 1.0;
        Network scratch = NetworkCopies.copy(current);
        double[] probe = new double[p];
        double[] values = new double[resolution * resolution];
        int half = resolution / 2;
        for (int r = 0; r < resolution; r++) {
            double beta = (r - half) * rangeB / half;
            for (int c = 0; c < resolution; c++) {
                double alpha = (c - half) * rangeA / half;
                // θ = θ* + α·d₁ + β·d₂
                for (int i = 0; i < p; i++) {
                    probe[i] = theta[i] + alpha * dirs.d1()[i] + beta * dirs.d2()[i];
                }
                NetworkCopies.unflatten(probe, scratch);
                values[r * resolution + c] = scratch.evaluate(x, y, n, loss, classification).loss();
            }
        }
        return new LossLandscape(new double[] {dirs.share1(), dirs.share2()}, resolution,
                rangeA, rangeB, values, pa, pb);
    }

    private static double[] column(DMatrixRMaj v, int col, int p) {
        double[] out = new double[p];
        for (int i = 0; i < p; i++) {
            out[i] = v.get(i, col);
        }
        return out;
    }

    private static double[] orthogonalRandom(double[] d1, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] r = new double[d1.length];
        double dot = 0.0;
        for (int i = 0; i < r.length; i++) {
            r[i] = random.nextDouble(-1, 1);
            dot += r[i] * d1[i];
        }
        double norm = 0.0;
        for (int i = 0; i < r.length; i++) {
            r[i] -= dot * d1[i];
            norm += r[i] * r[i];
        }
        norm = Math.sqrt(norm);
        for (int i = 0; i < r.length; i++) {
            r[i] /= norm;
        }
        return r;
    }

    public int resolution() {
        return resolution;
    }

    /** L at grid cell (row r along β, column c along α); the centre (half, half) is the current weights. */
    public double value(int r, int c) {
        return values[r * resolution + c];
    }

    /** α of column c: (c − half)·range/half. */
    public double alpha(int c) {
        int half = resolution / 2;
        return (c - half) * alphaRange / half;
    }

    public double beta(int r) {
        int half = resolution / 2;
        return (r - half) * betaRange / half;
    }

    public double alphaRange() {
        return alphaRange;
    }

    public double betaRange() {
        return betaRange;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    /** Copy of the grid, values[r · resolution + c]. */
    public double[] values() {
        return values.clone();
    }

    /** Share of the trajectory's variance along d₁ and d₂. */
    public double explained(int direction) {
        return explained[direction];
    }

    public int pathLength() {
        return pathAlpha.length;
    }

    public double pathAlpha(int k) {
        return pathAlpha[k];
    }

    public double pathBeta(int k) {
        return pathBeta[k];
    }
}
