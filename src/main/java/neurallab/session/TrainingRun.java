package neurallab.session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import neurallab.data.DataException;
import neurallab.data.DataLoader;
import neurallab.data.Dataset;
import neurallab.data.Features;
import neurallab.data.ProblemType;
import neurallab.data.Splits;
import neurallab.engine.Batches;
import neurallab.engine.LayerParameters;
import neurallab.engine.Network;
import neurallab.engine.Optimizer;
import neurallab.engine.Seeds;

/**
 * One experiment being trained: its data (features applied), its network, optimizer and random
 * generators (one per purpose, derived from the experiment's seed). Used by the headless command and by
 * the window's trainer thread, by one thread at a time. Batch size, schedule and penalties live here,
 * not in the layers.
 */
public final class TrainingRun {
    private final Experiment experiment;
    private final Splits raw;
    private final Splits splits;
    private final Table train;
    private final Table validation;
    private final Table test;
    private final Network network;
    private final boolean classification;
    private final SplittableRandom shuffleRandom;
    private final SplittableRandom dropoutRandom;
    private final int[] order;
    private TrainingSpec training;
    private Optimizer optimizer;
    private double[] batchX = new double[0];
    private double[] batchY = new double[0];
    private int epoch;
    private int cursor;

    private TrainingRun(Experiment experiment, Splits raw, Splits splits, Network network) {
        this.experiment = experiment;
        this.raw = raw;
        this.splits = splits;
        this.network = network;
        this.train = Table.of(splits.train());
        this.validation = Table.of(splits.validation());
        this.test = Table.of(splits.test());
        this.classification = experiment.problem() == ProblemType.CLASSIFICATION;
        this.shuffleRandom = new SplittableRandom(Seeds.derive(experiment.seed(), Seeds.SHUFFLE));
        this.dropoutRandom = new SplittableRandom(Seeds.derive(experiment.seed(), Seeds.DROPOUT));
        this.order = new int[train.rows];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        this.training = experiment.training();
        this.optimizer = Optimizer.create(training.optimizer(), network.parameters());
        sizeBatchBuffers();
    }

    /** Loads the data (relative paths resolved against baseDir), builds and initialises the network. */
    public static TrainingRun start(Experiment experiment, Path baseDir)
            throws DataException, InvalidExperimentException {
        return start(experiment, load(experiment, baseDir));
    }

    /** The experiment's data as drawn or read, before features: load once, start as often as needed. */
    public static Splits load(Experiment experiment, Path baseDir) throws DataException, InvalidExperimentException {
        List<String> problems = ExperimentRules.structural(experiment);
        if (!problems.isEmpty()) {
            throw new InvalidExperimentException(problems);
        }
        return DataLoader.load(experiment.data(), experiment.problem(), baseDir,
                Seeds.derive(experiment.seed(), Seeds.DATA));
    }

    /** Builds and initialises the network on data already loaded for this experiment. */
    public static TrainingRun start(Experiment experiment, Splits raw) throws InvalidExperimentException {
        List<String> problems = ExperimentRules.structural(experiment);
        if (!problems.isEmpty()) {
            throw new InvalidExperimentException(problems);
        }
        Splits splits;
        try {
            splits = Features.apply(raw, experiment.features());
        } catch (IllegalArgumentException e) {
            throw new InvalidExperimentException(List.of(e.getMessage()));
        }
        problems = ExperimentRules.withData(experiment, splits);
        if (!problems.isEmpty()) {
            throw new InvalidExperimentException(problems);
        }
        String memory = MemoryEstimate.problem(experiment, splits, Runtime.getRuntime().maxMemory());
        if (memory != null) {
            throw new InvalidExperimentException(List.of(memory));
        }
        Network network = new Network(splits.train().inputCount(), experiment.layers());
        if (experiment.weights() != null) {
            try {
                network.importParameters(experiment.weights());
            } catch (IllegalArgumentException e) {
                throw new InvalidExperimentException(List.of(e.getMessage()));
            }
        } else {
            network.initialize(experiment.initializer(), Seeds.derive(experiment.seed(), Seeds.INIT));
        }
        return new TrainingRun(experiment, raw, splits, network);
    }

    public Experiment experiment() {
        return experiment;
    }

    /** The splits as loaded, before features (x1, x2 for 2-D data). */
    public Splits rawSplits() {
        return raw;
    }

    /** The splits with the experiment's features applied: what the network sees. */
    public Splits splits() {
        return splits;
    }

    public Network network() {
        return network;
    }

    public TrainingSpec training() {
        return training;
    }

    /** Epochs completed so far. */
    public int epoch() {
        return epoch;
    }

    /** Mini-batch updates taken so far. */
    public long steps() {
        return optimizer.steps();
    }

    /** Whether the run is between two epochs (no mini-batch of the current epoch taken yet). */
    public boolean atEpochStart() {
        return cursor == 0;
    }

    /**
     * New hyperparameters without a reset: learning rate, optimizer settings (a new optimizer type starts
     * fresh state), regularization, schedule and batch size act at the next mini-batch (the rest of the
     * epoch is cut in the new size); shuffle at the next epoch's start.
     */
    public void setTraining(TrainingSpec newTraining) {
        if (newTraining.optimizer().type() == optimizer.settings().type()) {
            optimizer.setSettings(newTraining.optimizer());
        } else {
            optimizer = Optimizer.create(newTraining.optimizer(), network.parameters());
        }
        training = newTraining;
        sizeBatchBuffers();
    }

    /** A hidden layer's dropout rate, from the next mini-batch on. */
    public void setDropout(int layer, double p) {
        network.setDropout(layer, p);
    }

    private void sizeBatchBuffers() {
        int rows = Math.max(1, Math.min(training.batchSize(), train.rows));
        if (batchY.length < rows) {
            batchX = new double[rows * train.columns];
            batchY = new double[rows];
            network.ensureCapacity(rows);
        }
    }

    /** The reported figures for the current weights, in evaluation mode, over every split. */
    public EpochRecord evaluate() {
        Network.Figures tr = figures(train);
        Network.Figures va = validation.rows == 0 ? null : figures(validation);
        Network.Figures te = test.rows == 0 ? null : figures(test);
        // the rate of the epoch under way, or of the last one finished
        double lr = learningRate(cursor == 0 ? Math.max(0, epoch - 1) : epoch);
        return new EpochRecord(epoch, lr, tr.loss(), va == null ? null : va.loss(), te == null ? null : te.loss(),
                accuracy(tr), va == null ? null : accuracy(va), te == null ? null : accuracy(te));
    }

    private Network.Figures figures(Table t) {
        return network.evaluate(t.x, t.y, t.rows, training.loss(), classification);
    }

    private Double accuracy(Network.Figures f) {
        return classification ? f.accuracy() : null;
    }

    /**
     * One mini-batch: at an epoch's start, the schedule's rate and (with shuffle) a new permutation;
     * then forward, backward, penalties and the optimizer's step. False if the loss or a weight became
     * NaN or infinite.
     */
    public boolean trainBatch() {
        if (cursor == 0 && training.shuffle()) {
            shuffle();
        }
        int size = Math.min(Math.min(training.batchSize(), batchY.length), train.rows - cursor);
        int from = cursor;
        cursor += size;
        boolean finite = true;
        // batch norm: a last mini-batch of a single sample is skipped (its variance is undefined)
        if (!(size == 1 && hasBatchNorm())) {
            finite = step(from, size);
        }
        if (cursor >= train.rows) {
            cursor = 0;
            epoch++;
        }
        return finite;
    }

    /** One epoch of mini-batch updates (or what is left of the current one), no evaluation. */
    public boolean trainEpoch() {
        do {
            if (!trainBatch()) {
                return false;
            }
        } while (cursor != 0);
        return network.isFinite();
    }

    private boolean step(int from, int size) {
        Batches.gather(train.x, train.y, train.rows, train.columns, order, from, size, batchX, batchY);
        boolean finite = network.computeGradients(batchX, batchY, size, training.loss(), dropoutRandom);
        training.regularization().addGradient(network.parameters());
        optimizer.step(learningRate(epoch));
        return finite;
    }

    // the schedule's value for epoch e with the current base rate, read at every mini-batch so that a new
    // rate acts at once: lr(e) = schedule(lr₀, e)
    private double learningRate(int e) {
        return training.schedule().learningRate(training.optimizer().learningRate(), e);
    }

    // Fisher–Yates over the training indices
    private void shuffle() {
        for (int i = order.length - 1; i > 0; i--) {
            int j = shuffleRandom.nextInt(i + 1);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
    }

    private boolean hasBatchNorm() {
        return network.layers().stream().anyMatch(l -> l.hasBatchNorm());
    }

    /**
     * Trains up to {@code epochs} epochs with a record each (epoch 0 first), stopping early on the
     * validation loss when the experiment asks for it, and at the first NaN or infinity (the weights of
     * the last finite epoch are kept).
     */
    public TrainingResult train(int epochs) {
        return train(epochs, record -> true);
    }

    /**
     * As {@link #train(int)}, showing {@code carryOn} each finite record as it is added (epoch 0 first); after the
     * first false it stops as if the epochs were done, so the result holds every finished epoch.
     */
    public TrainingResult train(int epochs, Predicate<EpochRecord> carryOn) {
        EarlyStopping stopping = training.earlyStopping();
        EarlyStopWatch watch = stopping == null ? null : new EarlyStopWatch(stopping);
        List<EpochRecord> records = new ArrayList<>();
        EpochRecord first = evaluate();
        records.add(first);
        DivergenceBackup backup = new DivergenceBackup(network, first.trainLoss());
        if (watch != null) {
            watch.observe(first.epoch(), first.validationLoss(), network);
        }
        boolean going = carryOn.test(first);
        for (int e = 0; e < epochs && going; e++) {
            boolean finite = trainEpoch();
            EpochRecord record = finite ? evaluate() : null;
            if (record == null || !isFinite(record)) {
                network.importParameters(backup.lastFinite());
                int at = epoch + (atEpochStart() ? 0 : 1);
                cursor = 0;
                return new TrainingResult(records, true, at, false, bestEpoch(watch), backup.lastFinite());
            }
            records.add(record);
            backup.observe(network, record.trainLoss());
            going = carryOn.test(record);
            if (watch != null && watch.observe(record.epoch(), record.validationLoss(), network)) {
                watch.restoreBest(network);
                return new TrainingResult(records, false, null, true, watch.bestEpoch(), network.exportParameters());
            }
        }
        return new TrainingResult(records, false, null, false, bestEpoch(watch), backup.lastFinite());
    }

    private static Integer bestEpoch(EarlyStopWatch watch) {
        return watch == null ? null : watch.bestEpoch();
    }

    /** Back to these weights (a divergence's backup) with fresh optimizer state, at the next epoch's start. */
    public void restore(List<LayerParameters> weights) {
        network.importParameters(weights);
        optimizer = Optimizer.create(training.optimizer(), network.parameters());
        cursor = 0;
    }

    private static boolean isFinite(EpochRecord r) {
        return Double.isFinite(r.trainLoss()) && (r.validationLoss() == null || Double.isFinite(r.validationLoss()))
                && (r.testLoss() == null || Double.isFinite(r.testLoss()));
    }

    /** The current weights, copied. */
    public List<LayerParameters> weights() {
        return network.exportParameters();
    }

    /** A split as one flat unit-major array (column c of row r at c · rows + r), the layout the network reads. */
    private record Table(double[] x, double[] y, int rows, int columns) {
        static Table of(Dataset d) {
            return new Table(Batches.unitMajor(d.inputs(), d.inputCount()), d.targets(), d.size(), d.inputCount());
        }
    }
}
