package neurallab.io.export;

import neurallab.engine.Activation;
import neurallab.engine.LayerSpec;
import neurallab.engine.Loss;
import neurallab.engine.Regularization;

/** The script's loss (engine-semantics.md's, reduction mean), its predictions and the L1/L2 penalty. */
final class ScriptLoss {
    private ScriptLoss() {
    }

    static void append(Python py, Loss loss, LayerSpec output, boolean classification, Regularization penalty) {
        int k = output.units();
        String criterion = criterion(loss, k);
        if (criterion != null) {
            py.add("criterion = " + criterion);
            py.gap();
        }
        py.add("def data_loss(out, y):");
        py.add("    \"\"\"The mean loss of a batch, without the penalty.\"\"\"");
        py.add(body(loss, k));
        if (classification) {
            py.gap();
            py.add("def predictions(out):");
            py.add("    \"\"\"The predicted class of each row.\"\"\"");
            py.add("    return " + prediction(loss, output));
        }
        if (!penalty.isNone()) {
            py.gap();
            py.add("L1, L2 = " + Python.number(penalty.l1()) + ", " + Python.number(penalty.l2()));
            py.gap();
            py.add("""
                    def penalty(model):
                        \"""NeuralLab's L1/L2 penalty, added to each batch's mean loss: on the kernels only, never on
                        biases or batch norm (an optimizer's weight_decay would decay the biases too).\"""
                        kernels = [dense.weight for dense, _ in model.layers()]
                        return L1 * sum(w.abs().sum() for w in kernels) + L2 * sum((w * w).sum() for w in kernels)
                    """);
        }
    }

    private static String criterion(Loss loss, int k) {
        return switch (loss) {
            case MSE -> "nn.MSELoss()  # mean over every output of every sample";
            case MAE -> "nn.L1Loss()  # mean over every output of every sample";
            case HUBER -> "nn.HuberLoss(delta=1.0)  # mean over every output of every sample";
            case BCE -> "nn.BCEWithLogitsLoss()  # from the logits: never log(0)";
            case CROSS_ENTROPY -> "nn.CrossEntropyLoss()  # -log softmax(logits)[class], mean over samples";
            case HINGE -> k == 1 ? null : "nn.MultiMarginLoss()  # sum over j != y of max(0, 1 - out_y + out_j) / K";
        };
    }

    private static String body(Loss loss, int k) {
        return switch (loss) {
            case BCE -> "    return criterion(out[:, 0], y)";
            case CROSS_ENTROPY -> "    return criterion(out, y.long())";
            case HINGE -> k == 1
                    ? "    t = 2 * y - 1  # the class 0/1 as -1/+1\n"
                    + "    return F.relu(1 - t * out[:, 0]).mean()  # max(0, 1 - t*out), no gradient at 0"
                    : "    return criterion(out, y.long())";
            default -> k == 1
                    ? "    return criterion(out[:, 0], y)"
                    : "    return criterion(out, F.one_hot(y.long(), " + k + ").to(out.dtype))  # one-hot targets";
        };
    }

    private static String prediction(Loss loss, LayerSpec output) {
        if (output.units() > 1) {
            return "out.argmax(dim=1)";
        }
        if (loss == Loss.BCE) {
            return "(torch.sigmoid(out[:, 0]) > 0.5).long()";
        }
        return "(out[:, 0] > " + (output.activation() == Activation.SIGMOID ? "0.5" : "0") + ").long()";
    }
}
