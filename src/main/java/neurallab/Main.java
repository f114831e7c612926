package neurallab;

import neurallab.cli.Cli;
import neurallab.ui.NeuralLabApp;
import neurallab.ui.SelfCheck;
import neurallab.ui.StartArguments;

/**
 * No arguments opens the app; an experiment file ({@code neurallab circle.json}) opens the app on it;
 * {@code --self-check} (after a file or alone) tests the window; a command (train, bench, --help) runs headless.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        StartArguments start = StartArguments.parse(args);
        if (start == null) {
            System.exit(Cli.run(args));
        } else if (start.selfCheck()) {
            System.exit(SelfCheck.run(start));
        } else {
            NeuralLabApp.launchApp(args);
        }
    }
}
