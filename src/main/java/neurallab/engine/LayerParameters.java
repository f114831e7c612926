package neurallab.engine;

/**
 * The trained values of one layer, as saved in experiment files: kernel [fanIn][units], bias [units],
 * and for a batch-norm layer gamma, beta, runningMean, runningVar (null otherwise).
 */
public record LayerParameters(double[][] kernel, double[] bias, double[] gamma, double[] beta,
                              double[] runningMean, double[] runningVar) {

    public LayerParameters(double[][] kernel, double[] bias) {
        this(kernel, bias, null, null, null, null);
    }

    public boolean hasBatchNorm() {
        return gamma != null;
    }
}
