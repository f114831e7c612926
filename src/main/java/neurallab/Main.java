package neurallab;

import neurallab.cli.Cli;
import neurallab.ui.NeuralLabApp;

/** No arguments opens the app; a command (train, bench, --help) runs headless. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || args[0].equals("--benchmark-ui")) {
            NeuralLabApp.launchApp(args);
        } else {
            System.exit(Cli.run(args));
        }
    }
}
