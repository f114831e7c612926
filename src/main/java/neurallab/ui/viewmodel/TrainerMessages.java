package neurallab.ui.viewmodel;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import neurallab.ui.text.Texts;

/**
 * The trainer's messages (a rebuilt network, a divergence, early stopping…) in the window's language. The
 * trainer writes them in English for the log and the command line; the window reads each known form back
 * into its text key and numbers. A message of another form (an experiment's list of problems, an I/O
 * error) is shown as the trainer wrote it.
 */
final class TrainerMessages {
    private record Form(Pattern english, Function<Matcher, String> text) {
    }

    private static final List<Form> FORMS = List.of(
            form("New seed (\\S+): data drawn again, weights re-initialised",
                    m -> Texts.get("trainer.newSeed", m.group(1))),
            form("Network rebuilt \\(settings changed\\): weights re-initialised, epoch 0",
                    m -> Texts.get("trainer.rebuilt", Texts.get("trainer.settingsChanged"))),
            form("Network rebuilt \\((.*)\\): weights re-initialised, epoch 0",
                    m -> Texts.get("trainer.rebuilt", m.group(1))),
            form("Weights re-initialised from seed (\\S+)", m -> Texts.get("trainer.reset", m.group(1))),
            form("Training diverged at epoch (\\d+): the loss or a weight became infinite or NaN\\. The last weights "
                    + "whose loss was still sane are back\\. The learning rate \\((\\S+)\\) is probably too high: "
                    + "lower it, or reset\\.", m -> Texts.get("trainer.diverged", m.group(1), m.group(2))),
            form("Learning rate now (\\S+); the last sane weights are back: press play to continue",
                    m -> Texts.get("trainer.recovered", m.group(1))),
            form("Early stopping at epoch (\\d+): the validation loss has not improved for (\\d+) epochs; the best "
                    + "weights \\(epoch (\\d+)\\) are restored\\. Press play to train on\\.",
                    m -> Texts.get("trainer.earlyStoppedRestored", m.group(1), m.group(2), m.group(3))),
            form("Early stopping at epoch (\\d+): the validation loss has not improved for (\\d+) epochs\\. Press "
                    + "play to train on\\.", m -> Texts.get("trainer.earlyStopped", m.group(1), m.group(2))),
            form("The data could not be loaded: (.*)", m -> Texts.get("trainer.dataFailed", m.group(1))),
            form("Training stopped by an internal error: (.*)", m -> Texts.get("trainer.internalError", m.group(1))));

    private TrainerMessages() {
    }

    private static Form form(String english, Function<Matcher, String> text) {
        return new Form(Pattern.compile(english, Pattern.DOTALL), text);
    }

    /** The message in the window's language; null stays null. */
    static String shown(String message) {
        if (message == null) {
            return null;
        }
        for (Form f : FORMS) {
            Matcher m = f.english().matcher(message);
            if (m.matches()) {
                return f.text().apply(m);
            }
        }
        return message;
    }
}
