package neurallab;

import neurallab.cli.Cli;
import neurallab.ui.NeuralLabApp;
import neurallab.ui.SelfCheck;

/** No arguments opens the app; a command (train, bench, --help) runs headless; --self-check tests the window. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || args[0].equals("--benchmark-ui")) {
            NeuralLabApp.launchApp(args);
        } else if (args.length == 1 && SelfCheck.FLAG.equals(args[0])) {
            System.exit(SelfCheck.run());
        } else {
            System.exit(Cli.run(args));
        }
    }
}
