package neurallab.io.export;

import neurallab.data.ProblemType;
import neurallab.engine.LayerSpec;
import neurallab.engine.ScheduleType;
import neurallab.session.EarlyStopping;
import neurallab.session.Experiment;
import neurallab.session.TrainingSpec;

/**
 * The script's training loop: NeuralLab's epochs and mini-batches, its reported figures (evaluation mode,
 * whole splits, epoch 0 before any update), early stopping on the validation loss, divergence, and the
 * trace file.
 */
final class ScriptTraining {
    private ScriptTraining() {
    }

    static void append(Python py, Experiment experiment) {
        TrainingSpec t = experiment.training();
        boolean classification = experiment.problem() == ProblemType.CLASSIFICATION;
        py.add("EPOCHS = " + t.epochs());
        py.add("BATCH_SIZE = " + t.batchSize());
        EarlyStopping stopping = t.earlyStopping();
        if (stopping != null) {
            py.add("PATIENCE, MIN_DELTA, RESTORE_BEST = " + stopping.patience() + ", "
                    + Python.number(stopping.minDelta()) + ", " + (stopping.restoreBest() ? "True" : "False")
                    + "  # early stopping on the validation loss");
        }
        py.add(t.shuffle()
                ? "# shuffle=True: PyTorch's generator (seeded above) reshuffles each epoch, not NeuralLab's."
                : "# shuffle=False: batches in file order, as NeuralLab takes them with shuffling off.");
        py.add("loader = DataLoader(TensorDataset(x_train, y_train), batch_size=BATCH_SIZE, shuffle="
                + (t.shuffle() ? "True" : "False") + ")");
        py.gap();
        py.add(classification ? FIGURES_CLASSIFICATION : FIGURES_REGRESSION);
        py.gap();
        py.add(REPORTING);
        py.gap();
        py.add(loop(experiment, stopping));
    }

    private static String loop(Experiment experiment, EarlyStopping stopping) {
        TrainingSpec t = experiment.training();
        boolean batchNorm = experiment.layers().stream().anyMatch(LayerSpec::batchNorm);
        StringBuilder s = new StringBuilder();
        s.append("""
                def train():
                    \"""Trains EPOCHS epochs as NeuralLab does; returns the run in NeuralLab's trace format.\"""
                    rows = [evaluate(0, LEARNING_RATE)]
                    show(rows[0])
                    last_good = get_weights(model)
                """);
        if (stopping != null) {
            s.append("""
                        best_loss, best_epoch, best_weights, waited = rows[0]["validationLoss"], 0, last_good, 0
                    """);
        }
        s.append("""
                    diverged = stopped = False
                    for epoch in range(1, EPOCHS + 1):
                        lr = optimizer.param_groups[0]["lr"]
                        model.train()
                        for xb, yb in loader:
                """);
        if (batchNorm) {
            s.append("            if len(yb) == 1:\n");
            s.append("                continue  # batch norm: NeuralLab skips a last batch of one sample\n");
        }
        s.append("            optimizer.zero_grad()\n");
        String penalty = t.regularization().isNone() ? "" : " + penalty(model)";
        s.append("            loss = data_loss(model(xb), yb)" + penalty + "\n");
        s.append("            loss.backward()\n");
        s.append("            optimizer.step()\n");
        if (t.schedule().type() != ScheduleType.CONSTANT) {
            s.append("        scheduler.step()\n");
        }
        s.append("""
                        row = evaluate(epoch, lr)
                        if not is_finite(row):
                            diverged = True  # a loss or weight became NaN or infinite: keep the last finite state
                            set_weights(model, last_good)
                            break
                        rows.append(row)
                        show(row)
                        last_good = get_weights(model)
                """);
        if (stopping != null) {
            s.append("""
                            if row["validationLoss"] < best_loss - MIN_DELTA:  # an improvement
                                best_loss, best_epoch, best_weights, waited = row["validationLoss"], epoch, last_good, 0
                            else:
                                waited += 1
                                if waited >= PATIENCE:
                                    stopped = True
                                    if RESTORE_BEST:
                                        set_weights(model, best_weights)
                                    break
                    """);
        }
        s.append("""
                    return {"format": "neurallab-trace", "version": 1, "epochs": rows, "diverged": diverged,
                            "stoppedEarly": stopped, "bestEpoch": BEST, "weights": get_weights(model)}
                """.replace("BEST", stopping != null ? "best_epoch" : "None"));
        return s.toString();
    }

    private static final String FIGURES_CLASSIFICATION = """
            def figures(x, y):
                \"""The mean data loss (no penalty) and the accuracy over a whole split, in evaluation mode.\"""
                model.eval()  # no dropout; batch norm uses its running statistics
                with torch.no_grad():
                    out = model(x)
                    return data_loss(out, y).item(), (predictions(out) == y.long()).sum().item() / len(y)
            """;

    private static final String FIGURES_REGRESSION = """
            def figures(x, y):
                \"""The mean data loss (no penalty) over a whole split, in evaluation mode; no accuracy.\"""
                model.eval()  # no dropout; batch norm uses its running statistics
                with torch.no_grad():
                    return data_loss(model(x), y).item(), None
            """;

    private static final String REPORTING = """
            def evaluate(epoch, lr):
                \"""One row of NeuralLab's trace: the figures after an epoch (epoch 0: before any update).\"""
                row = {"epoch": epoch, "learningRate": lr}
                for split in ("train", "test", "validation"):
                    loss, accuracy = figures(*SPLITS[split]) if split in SPLITS else (None, None)
                    row[split + "Loss"], row[split + "Accuracy"] = loss, accuracy
                return row


            def show(row):
                losses = "  ".join(f"{split} loss {row[split + 'Loss']:.6f}"
                                   for split in ("train", "test", "validation") if split in SPLITS)
                print(f"epoch {row['epoch']:4d}  lr {row['learningRate']:.4g}  {losses}")


            def is_finite(row):
                losses = [row[split + "Loss"] for split in SPLITS]
                return (all(math.isfinite(loss) for loss in losses)
                        and all(torch.isfinite(p).all() for p in model.parameters()))
            """;
}
