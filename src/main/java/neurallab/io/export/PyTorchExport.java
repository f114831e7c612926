package neurallab.io.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import neurallab.data.ProblemType;
import neurallab.data.Splits;
import neurallab.engine.LayerParameters;
import neurallab.engine.LayerSpec;
import neurallab.io.AtomicFiles;
import neurallab.session.Experiment;
import neurallab.session.TrainingSpec;

/**
 * An experiment as a PyTorch script that needs only Python 3 and torch: the data and the starting weights
 * embedded, an {@code nn.Module}, the loss, optimizer, schedule, L1/L2 and early stopping, and a training
 * loop that prints the losses and, with {@code --trace TRACE.json}, writes the run in NeuralLab's trace
 * format. With shuffling off and no dropout it trains to NeuralLab's numbers (docs/exports.md).
 */
public final class PyTorchExport {
    /**
     * What the script calls things: the experiment (e.g. its file name), the script's own file name (for the
     * usage lines), and where the starting weights come from (for the reader).
     */
    public record Names(String experiment, String script, String weights) {
    }

    private PyTorchExport() {
    }

    /**
     * The script for {@code experiment} trained on {@code splits} (features applied, as the network sees
     * them) from {@code weights}.
     */
    public static String script(Experiment experiment, Splits splits, List<LayerParameters> weights, Names names) {
        TrainingSpec training = experiment.training();
        List<LayerSpec> layers = experiment.layers();
        boolean classification = experiment.problem() == ProblemType.CLASSIFICATION;
        Python py = new Python();
        header(py, experiment, names);
        section(py, "the data");
        ScriptData.append(py, splits);
        section(py, "the model");
        ScriptModel.append(py, splits.train().inputCount(), layers, training.loss(), weights, names.weights());
        section(py, "the loss, the optimizer and the learning-rate schedule");
        ScriptLoss.append(py, training.loss(), layers.get(layers.size() - 1), classification,
                training.regularization());
        py.gap();
        ScriptOptimizer.append(py, training.optimizer(), training.schedule());
        section(py, "training");
        ScriptTraining.append(py, experiment);
        py.gap();
        main(py, experiment);
        return py.toString();
    }

    /**
     * Writes {@link #script} to {@code file}, replacing it atomically; {@code experimentName} names the
     * experiment and {@code weightsOrigin} says where {@code weights} come from.
     */
    /** Where the weights training starts from come from, for the script's header: the file's, or the seed's. */
    public static String weightsOrigin(Experiment experiment, String experimentName) {
        return experiment.weights() != null ? "the weights in " + experimentName
                : "NeuralLab's " + experiment.initializer().type().id() + " initialization for seed "
                + experiment.seed() + ", as 'train' starts";
    }

    public static void write(Path file, Experiment experiment, Splits splits, List<LayerParameters> weights,
                             String experimentName, String weightsOrigin) throws IOException {
        Names names = new Names(experimentName, String.valueOf(file.getFileName()), weightsOrigin);
        AtomicFiles.write(file, script(experiment, splits, weights, names).getBytes(StandardCharsets.UTF_8));
    }

    private static void header(Python py, Experiment e, Names names) {
        String script = Python.comment(names.script());
        py.add("#!/usr/bin/env python3");
        py.add("\"\"\"" + Python.comment(names.experiment()) + ": a NeuralLab experiment as a PyTorch script.");
        py.add("");
        py.add("It trains the same network on the same data, from the same starting weights, with the same loss,");
        py.add("optimizer, schedule and penalty as NeuralLab. It needs only Python 3 and PyTorch:");
        py.add("");
        String traced = "    python3 " + script + " --trace TRACE.json";
        py.add(String.format("%-" + traced.length() + "s  # trains, printing the losses of every epoch",
                "    python3 " + script));
        py.add(traced + "  # also writes the run in NeuralLab's trace format");
        py.add("");
        for (String note : notes(e)) {
            py.add(note);
        }
        py.add("\"\"\"");
        py.add("""
                import argparse
                import json
                import math

                import torch
                import torch.nn.functional as F
                from torch import nn
                from torch.utils.data import DataLoader, TensorDataset

                torch.set_default_dtype(torch.float64)  # NeuralLab computes in double precision
                """);
        py.add("torch.manual_seed(" + e.seed() + ")  # the experiment's seed, for PyTorch's shuffling and dropout");
    }

    /** What decides whether the run reproduces NeuralLab's: shuffling and dropout. */
    private static List<String> notes(Experiment e) {
        List<String> notes = new ArrayList<>();
        notes.add(e.training().shuffle()
                ? "Shuffling is on: PyTorch's generator shuffles the training set each epoch, not NeuralLab's,\n"
                + "so the batches, and the losses, differ from NeuralLab's run."
                : "Shuffling is off: the batches are taken in file order, as in NeuralLab.");
        if (hasDropout(e)) {
            notes.add("Dropout masks come from PyTorch's generator, not NeuralLab's, so the losses differ from\n"
                    + "NeuralLab's.");
        } else if (!e.training().shuffle()) {
            notes.add("So the losses agree with NeuralLab's to about 1e-6 (the two add up in different orders).");
        }
        return notes;
    }

    private static boolean hasDropout(Experiment e) {
        return e.layers().stream().anyMatch(l -> l.dropout() > 0.0);
    }

    private static void section(Python py, String name) {
        py.gap();
        py.add("# " + "-".repeat(20) + " " + name);
        py.add("");
    }

    private static void main(Python py, Experiment e) {
        py.add("if __name__ == \"__main__\":");
        py.add("    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])");
        py.add("    parser.add_argument(\"--trace\", metavar=\"TRACE.json\",");
        py.add("                        help=\"also write the run in NeuralLab's trace format\")");
        py.add("    args = parser.parse_args()");
        if (e.training().shuffle()) {
            py.add("    print(\"Shuffling with PyTorch's generator, not NeuralLab's: the losses differ.\")");
        }
        if (hasDropout(e)) {
            py.add("    print(\"Dropout masks come from PyTorch's generator, not NeuralLab's: the losses differ.\")");
        }
        py.add("""
                    trace = train()
                    if args.trace:
                        with open(args.trace, "w") as f:
                            json.dump(trace, f, indent=1)
                        print("trace written to", args.trace)
                """);
    }
}
