package neurallab.io.export;

import java.util.ArrayList;
import java.util.List;
import neurallab.data.Dataset;
import neurallab.data.Splits;

/** The script's data: every split as rows of [inputs…, target], exactly the numbers the network sees. */
final class ScriptData {
    private ScriptData() {
    }

    static void append(Python py, Splits splits) {
        Dataset train = splits.train();
        py.add("# The points exactly as NeuralLab feeds them to the network, in its order. One row per point:");
        py.add("# the inputs (" + Python.comment(String.join(", ", train.inputNames())) + "), then "
                + (train.isClassification() ? "the class (" + classes(train) + ")." : "the target."));
        List<String> names = new ArrayList<>();
        rows(py, "TRAIN", train);
        names.add("\"train\": tensors(TRAIN)");
        if (!splits.test().isEmpty()) {
            rows(py, "TEST", splits.test());
            names.add("\"test\": tensors(TEST)");
        }
        if (!splits.validation().isEmpty()) {
            rows(py, "VALIDATION", splits.validation());
            names.add("\"validation\": tensors(VALIDATION)");
        }
        py.gap();
        py.add("""
                def tensors(rows):
                    \"""The inputs as a matrix and the targets as a vector (a class index as a float).\"""
                    x = torch.tensor([row[:-1] for row in rows])
                    y = torch.tensor([row[-1] for row in rows])
                    return x, y
                """);
        py.gap();
        py.add("SPLITS = {" + String.join(", ", names) + "}");
        py.add("x_train, y_train = SPLITS[\"train\"]");
    }

    private static String classes(Dataset d) {
        List<String> names = new ArrayList<>();
        for (int k = 0; k < d.classNames().size(); k++) {
            String name = d.classNames().get(k);
            names.add(name.equals(Integer.toString(k)) ? name : k + " = " + name);
        }
        return Python.comment(String.join(", ", names));
    }

    private static void rows(Python py, String name, Dataset d) {
        py.add(name + " = [");
        double[] row = new double[d.inputCount() + 1];
        for (int r = 0; r < d.size(); r++) {
            System.arraycopy(d.inputs()[r], 0, row, 0, d.inputCount());
            row[d.inputCount()] = d.targets()[r];
            py.add("    " + Python.list(row) + ",");
        }
        py.add("]");
    }
}
