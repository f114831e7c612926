package neurallab.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import neurallab.io.export.PyTorchExport;
import neurallab.session.Experiment;
import neurallab.session.TrainingRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code export-code EXPERIMENT.json --out model.py}: the experiment as a PyTorch script, with its data
 * and the weights training starts from (the file's, or the initializer's for the seed, exactly as
 * {@code train} would start). Nothing is written when the input is invalid.
 */
@Command(name = "export-code", mixinStandardHelpOptions = true,
        description = {"Writes the experiment as a PyTorch script that trains it as NeuralLab does.",
            "Exit 0: written; 2: invalid input (nothing written)."})
final class ExportCodeCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "EXPERIMENT.json", description = "the experiment file")
    Path experimentFile;

    @Option(names = "--out", required = true, paramLabel = "model.py", description = "where to write the script")
    Path outFile;

    @Override
    public Integer call() throws InvalidInputException {
        new Outputs().input("the experiment file", experimentFile).output("--out", outFile).check();
        TrainingRun run = HeadlessRun.start(experimentFile);
        Experiment experiment = run.experiment();
        String name = String.valueOf(experimentFile.getFileName());
        try {
            PyTorchExport.write(outFile, experiment, run.splits(), run.weights(), name,
                    PyTorchExport.weightsOrigin(experiment, name));
        } catch (IOException e) {
            throw new InvalidInputException("--out " + outFile + ": cannot write the script: " + e);
        }
        return ExitCodes.OK;
    }
}
