package neurallab.io.export;

import java.util.ArrayList;
import java.util.List;
import neurallab.engine.Activation;
import neurallab.engine.LayerParameters;
import neurallab.engine.LayerSpec;
import neurallab.engine.Loss;

/**
 * The script's model: an {@code nn.Module} with one {@code nn.Linear} per layer (then BatchNorm1d, the
 * activation and Dropout where the layer has them), the starting weights in NeuralLab's layout, and the
 * two functions that move weights between that layout and the module.
 */
final class ScriptModel {
    private ScriptModel() {
    }

    /** Whether the loss takes the output layer's pre-activations (the logits) rather than its output. */
    static boolean outputsLogits(Loss loss) {
        return loss == Loss.BCE || loss == Loss.CROSS_ENTROPY;
    }

    static void append(Python py, int inputs, List<LayerSpec> layers, Loss loss, List<LayerParameters> weights,
                       String weightsOrigin) {
        py.add("class Net(nn.Module):");
        py.add("    def __init__(self):");
        py.add("        super().__init__()");
        int fanIn = inputs;
        for (int i = 1; i <= layers.size(); i++) {
            LayerSpec layer = layers.get(i - 1);
            py.add("        self.fc" + i + " = nn.Linear(" + fanIn + ", " + layer.units() + ")");
            if (layer.batchNorm()) {
                py.add("        self.bn" + i + " = nn.BatchNorm1d(" + layer.units()
                        + ")  # eps 1e-5, momentum 0.1: as NeuralLab's");
            }
            if (layer.dropout() > 0.0) {
                py.add("        self.drop" + i + " = nn.Dropout(" + Python.number(layer.dropout())
                        + ")  # masks from PyTorch's generator, not NeuralLab's");
            }
            fanIn = layer.units();
        }
        py.add("");
        py.add("    def forward(self, x):");
        for (int i = 1; i <= layers.size(); i++) {
            boolean output = i == layers.size();
            String expression = layer(i, layers.get(i - 1), output && outputsLogits(loss));
            py.add(output ? "        return " + expression + outputNote(loss)
                    : "        x = " + expression);
        }
        py.add("");
        py.add("    def layers(self):");
        py.add("        \"\"\"Each layer's dense part and its batch norm (or None), in order.\"\"\"");
        List<String> pairs = new ArrayList<>();
        for (int i = 1; i <= layers.size(); i++) {
            pairs.add("(self.fc" + i + ", " + (layers.get(i - 1).batchNorm() ? "self.bn" + i : "None") + ")");
        }
        py.add("        return [" + String.join(", ", pairs) + "]");
        py.gap();
        initialWeights(py, layers, weights, weightsOrigin);
        py.add(WEIGHT_FUNCTIONS);
        py.gap();
        py.add("model = Net()");
        py.add("set_weights(model, INITIAL_WEIGHTS)");
    }

    /** fc → batch norm → activation → dropout, as one expression of x. */
    private static String layer(int i, LayerSpec layer, boolean logits) {
        String z = "self.fc" + i + "(x)";
        if (layer.batchNorm()) {
            z = "self.bn" + i + "(" + z + ")";
        }
        String a = logits ? z : activation(layer.activation(), z);
        return layer.dropout() > 0.0 ? "self.drop" + i + "(" + a + ")" : a;
    }

    private static String activation(Activation activation, String z) {
        return switch (activation) {
            case LINEAR -> z;
            case SIGMOID -> "torch.sigmoid(" + z + ")";
            case TANH -> "torch.tanh(" + z + ")";
            case RELU -> "torch.relu(" + z + ")";
            case LEAKY_RELU -> "F.leaky_relu(" + z + ", 0.01)";
            case ELU -> "F.elu(" + z + ")";
            case SOFTPLUS -> "F.softplus(" + z + ")";
            case SILU -> "F.silu(" + z + ")";
            case GELU -> "F.gelu(" + z + ")";
            case SOFTMAX -> "torch.softmax(" + z + ", dim=1)";
        };
    }

    private static String outputNote(Loss loss) {
        if (loss == Loss.BCE) {
            return "  # logits: BCEWithLogitsLoss applies the sigmoid";
        }
        if (loss == Loss.CROSS_ENTROPY) {
            return "  # logits: CrossEntropyLoss applies the softmax";
        }
        return "";
    }

    private static void initialWeights(Python py, List<LayerSpec> layers, List<LayerParameters> weights,
                                       String origin) {
        py.add("# The weights training starts from: " + Python.comment(origin) + ".");
        py.add("# They are in NeuralLab's layout: a kernel is [inputs][units], PyTorch's weight is its transpose.");
        py.add("INITIAL_WEIGHTS = [");
        for (int l = 0; l < weights.size(); l++) {
            LayerParameters w = weights.get(l);
            LayerSpec spec = layers.get(l);
            py.add("    {  # layer " + (l + 1) + ": " + w.kernel().length + " -> " + spec.units() + " "
                    + spec.activation().id() + (spec.batchNorm() ? ", batch norm" : ""));
            py.add("        \"kernel\": [");
            for (double[] row : w.kernel()) {
                py.add("            " + Python.list(row) + ",");
            }
            py.add("        ],");
            py.add("        \"bias\": " + Python.list(w.bias()) + ",");
            if (w.hasBatchNorm()) {
                py.add("        \"gamma\": " + Python.list(w.gamma()) + ",");
                py.add("        \"beta\": " + Python.list(w.beta()) + ",");
                py.add("        \"runningMean\": " + Python.list(w.runningMean()) + ",");
                py.add("        \"runningVar\": " + Python.list(w.runningVar()) + ",");
            }
            py.add("    },");
        }
        py.add("]");
        py.gap();
    }

    private static final String WEIGHT_FUNCTIONS = """
            def set_weights(model, weights):
                \"""Copies weights in NeuralLab's layout into the model.\"""
                with torch.no_grad():
                    for (dense, bn), w in zip(model.layers(), weights):
                        dense.weight.copy_(torch.tensor(w["kernel"]).T)
                        dense.bias.copy_(torch.tensor(w["bias"]))
                        if bn is not None:
                            bn.weight.copy_(torch.tensor(w["gamma"]))
                            bn.bias.copy_(torch.tensor(w["beta"]))
                            bn.running_mean.copy_(torch.tensor(w["runningMean"]))
                            bn.running_var.copy_(torch.tensor(w["runningVar"]))


            def get_weights(model):
                \"""The model's weights in NeuralLab's layout (as in its experiment and trace files).\"""
                weights = []
                for dense, bn in model.layers():
                    w = {"kernel": dense.weight.T.tolist(), "bias": dense.bias.tolist()}
                    if bn is not None:
                        w.update(gamma=bn.weight.tolist(), beta=bn.bias.tolist(),
                                 runningMean=bn.running_mean.tolist(), runningVar=bn.running_var.tolist())
                    weights.append(w)
                return weights
            """;
}
