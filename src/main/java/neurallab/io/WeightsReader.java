package neurallab.io;

import java.util.ArrayList;
import java.util.List;
import neurallab.engine.LayerParameters;

/**
 * Reads the {@code weights} array: per layer a kernel (rows of finite numbers), a bias and, where
 * present, the batch-norm arrays. Whether the shapes fit the layers is {@link WeightShapes}' job.
 */
final class WeightsReader {
    private WeightsReader() {
    }

    /** The weights of every layer, or null after reporting what is wrong. */
    static List<LayerParameters> read(Field weights) {
        List<Field> entries = weights.elements();
        if (entries == null) {
            return null;
        }
        List<LayerParameters> layers = new ArrayList<>(entries.size());
        for (Field entry : entries) {
            layers.add(entry.isObject() ? layer(entry) : null);
        }
        return layers.contains(null) ? null : layers;
    }

    private static LayerParameters layer(Field entry) {
        double[][] kernel = matrix(entry.get("kernel"));
        double[] bias = vector(entry.get("bias"), Bounds.ANY);
        double[] gamma = optionalVector(entry.get("gamma"), Bounds.ANY);
        double[] beta = optionalVector(entry.get("beta"), Bounds.ANY);
        double[] runningMean = optionalVector(entry.get("runningMean"), Bounds.ANY);
        double[] runningVar = optionalVector(entry.get("runningVar"), Bounds.NON_NEGATIVE);
        boolean optionalOk = ok(entry.get("gamma"), gamma) && ok(entry.get("beta"), beta)
                && ok(entry.get("runningMean"), runningMean) && ok(entry.get("runningVar"), runningVar);
        if (kernel == null || bias == null || !optionalOk) {
            return null;
        }
        return new LayerParameters(kernel, bias, gamma, beta, runningMean, runningVar);
    }

    private static boolean ok(Field field, double[] value) {
        return field.isAbsent() || value != null;
    }

    private static double[][] matrix(Field field) {
        List<Field> rows = field.elements();
        if (rows == null) {
            return null;
        }
        double[][] matrix = new double[rows.size()][];
        boolean ok = true;
        for (int i = 0; i < matrix.length; i++) {
            matrix[i] = vector(rows.get(i), Bounds.ANY);
            ok &= matrix[i] != null;
        }
        return ok ? matrix : null;
    }

    private static double[] optionalVector(Field field, Bounds bounds) {
        return field.isAbsent() ? null : vector(field, bounds);
    }

    private static double[] vector(Field field, Bounds bounds) {
        List<Field> elements = field.elements();
        if (elements == null) {
            return null;
        }
        double[] vector = new double[elements.size()];
        boolean ok = true;
        for (int i = 0; i < vector.length; i++) {
            Double value = elements.get(i).number(bounds);
            ok &= value != null;
            vector[i] = value == null ? Double.NaN : value;
        }
        return ok ? vector : null;
    }
}
