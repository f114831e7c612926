package neurallab.io.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A trace written by an exported PyTorch script against NeuralLab's own trace of the same experiment.
 * Losses (and learning rates) match when |torch − neurallab| ≤ 1e-6·|neurallab| + 1e-12; accuracies,
 * epochs and the flags must be equal; weights match within 1e-6·(1 + |neurallab|). Null and an absent
 * field are the same.
 */
final class TraceComparison {
    static final double RELATIVE = 1e-6;
    private static final double FLOOR = 1e-12;
    private static final List<String> RELATIVE_FIELDS = List.of("learningRate", "trainLoss", "testLoss",
            "validationLoss");
    private static final List<String> EXACT_FIELDS = List.of("epoch", "trainAccuracy", "testAccuracy",
            "validationAccuracy");
    private static final List<String> LAYER_FIELDS = List.of("kernel", "bias", "gamma", "beta", "runningMean",
            "runningVar");

    /** The differences found, one line each, and the largest relative difference of a loss. */
    record Result(List<String> problems, double largestLossDifference) {
    }

    private final List<String> problems = new ArrayList<>();
    private double largestLossDifference;

    private TraceComparison() {
    }

    static Result compare(JsonNode torch, JsonNode neurallab) {
        TraceComparison c = new TraceComparison();
        for (String flag : List.of("diverged", "stoppedEarly", "bestEpoch")) {
            c.exact(flag, torch.path(flag), neurallab.path(flag));
        }
        JsonNode rows = torch.path("epochs");
        JsonNode expected = neurallab.path("epochs");
        if (rows.size() != expected.size()) {
            c.problems.add("rows: torch " + rows.size() + ", neurallab " + expected.size());
        }
        for (int r = 0; r < Math.min(rows.size(), expected.size()); r++) {
            for (String field : EXACT_FIELDS) {
                c.exact("epoch " + r + " " + field, rows.get(r).path(field), expected.get(r).path(field));
            }
            for (String field : RELATIVE_FIELDS) {
                c.relative("epoch " + r + " " + field, rows.get(r).path(field), expected.get(r).path(field));
            }
        }
        c.weights(torch.path("weights"), neurallab.path("weights"));
        return new Result(List.copyOf(c.problems), c.largestLossDifference);
    }

    private static boolean absent(JsonNode n) {
        return n.isMissingNode() || n.isNull();
    }

    private void exact(String at, JsonNode torch, JsonNode neurallab) {
        boolean same = absent(torch) && absent(neurallab)
                || torch.isNumber() && neurallab.isNumber() && torch.doubleValue() == neurallab.doubleValue()
                || torch.equals(neurallab);
        if (!same) {
            problems.add(at + ": torch " + torch + ", neurallab " + neurallab);
        }
    }

    private void relative(String at, JsonNode torch, JsonNode neurallab) {
        if (absent(torch) && absent(neurallab)) {
            return;
        }
        if (!torch.isNumber() || !neurallab.isNumber()) {
            problems.add(at + ": torch " + torch + ", neurallab " + neurallab);
            return;
        }
        double a = torch.doubleValue();
        double b = neurallab.doubleValue();
        double difference = Math.abs(a - b) / Math.max(Math.abs(b), FLOOR);
        largestLossDifference = Math.max(largestLossDifference, difference);
        if (!(Math.abs(a - b) <= RELATIVE * Math.abs(b) + FLOOR)) {
            problems.add(at + ": torch " + a + ", neurallab " + b + " (relative difference " + difference + ")");
        }
    }

    private void weights(JsonNode torch, JsonNode neurallab) {
        if (torch.size() != neurallab.size()) {
            problems.add("weights: torch " + torch.size() + " layers, neurallab " + neurallab.size());
            return;
        }
        for (int l = 0; l < neurallab.size(); l++) {
            for (String field : LAYER_FIELDS) {
                numbers("weights[" + l + "]." + field, torch.get(l).path(field), neurallab.get(l).path(field));
            }
        }
    }

    private void numbers(String at, JsonNode torch, JsonNode neurallab) {
        if (neurallab.isArray()) {
            if (!torch.isArray() || torch.size() != neurallab.size()) {
                problems.add(at + ": torch " + torch + ", neurallab " + neurallab);
                return;
            }
            for (int i = 0; i < neurallab.size(); i++) {
                numbers(at + "[" + i + "]", torch.get(i), neurallab.get(i));
            }
        } else if (!absent(torch) || !absent(neurallab)) {
            double a = torch.asDouble(Double.NaN);
            double b = neurallab.asDouble(Double.NaN);
            if (!(Math.abs(a - b) <= RELATIVE * (1 + Math.abs(b)))) {
                problems.add(at + ": torch " + torch + ", neurallab " + neurallab);
            }
        }
    }
}
