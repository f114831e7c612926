package neurallab.session.insight;

import neurallab.engine.Activation;
import neurallab.engine.Loss;
import neurallab.engine.OptimizerType;

/** The walkthrough's formulas that need no names: the loss, the output's δ, a derivative, an update. */
final class StepTexts {
    private StepTexts() {
    }

    static String lossText(Loss loss, int k, double y, FormulaWords words) {
        String t = Numbers.format(y);
        return switch (loss) {
            case MSE -> "L = mean (\u0177 \u2212 y)\u00b2, y = " + t;
            case MAE -> "L = mean |\u0177 \u2212 y|, y = " + t;
            case HUBER -> "L = mean huber(\u0177 \u2212 y), y = " + t;
            case BCE -> "L = \u2212[y log p + (1 \u2212 y) log(1 \u2212 p)], y = " + t;
            case CROSS_ENTROPY -> "L = \u2212log softmax(z)_y, y = " + words.classIndex((int) y);
            case HINGE -> k == 1 ? "L = max(0, 1 \u2212 t\u00b7\u0177), t = 2y \u2212 1, y = " + t
                    : "L = \u03a3_{j\u2260y} max(0, 1 \u2212 \u0177_y + \u0177_j) / K, y = " + words.classIndex((int) y);
        };
    }

    static String outputDeltaText(Loss loss, Activation f, int k, FormulaWords words) {
        if (loss == Loss.BCE || loss == Loss.CROSS_ENTROPY) {
            return "p \u2212 y" + (k > 1 ? " " + words.oneHot() : "");
        }
        String chain = f == Activation.LINEAR ? "" : " \u00b7 " + derivativeText(f);
        return switch (loss) {
            case MSE -> "2(\u0177 \u2212 y)/" + k + chain;
            case MAE -> "sign(\u0177 \u2212 y)/" + k + chain;
            case HUBER -> "clip(\u0177 \u2212 y, \u22121, 1)/" + k + chain;
            default -> "dL/d\u0177" + chain;
        };
    }

    static String activationText(String unit, Activation f, double z, double a) {
        return "a" + unit + " = " + f.id() + "(z" + unit + ") = " + f.id() + "(" + Numbers.format(z) + ") = "
                + Numbers.format(a);
    }

    static String derivativeText(Activation f) {
        return switch (f) {
            case SIGMOID -> "a(1 \u2212 a)";
            case TANH -> "(1 \u2212 a\u00b2)";
            case RELU -> "[z > 0]";
            case LEAKY_RELU -> "(z > 0 ? 1 : 0.01)";
            case LINEAR -> "1";
            default -> f.id() + "'(z)";
        };
    }

    static String updateText(String w, OptimizerType type, double lr, double before, double g, double after,
                             FormulaWords words) {
        if (type == OptimizerType.SGD) {
            return w + " \u2190 w \u2212 lr\u00b7g = " + Numbers.format(before) + " \u2212 " + Numbers.factor(lr) + "\u00b7"
                    + Numbers.factor(g) + " = " + Numbers.format(after);
        }
        return w + " \u2190 w + \u0394 " + words.firstStep(type.id()) + " = " + Numbers.format(before)
                + Numbers.signedTerm(after - before) + " = " + Numbers.format(after);
    }
}
