package neurallab.ui.viewmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import neurallab.ui.text.Texts;

/**
 * The session's messages in the window's language: the trainer's (a rebuilt network, a divergence, early
 * stopping…) and the experiment rules' problems (a loss that does not suit the output layer…). The session
 * writes them in English for the log and the command line, in exactly the words of these keys' English
 * texts; the window reads a message back into its key and values by matching those texts. A message of
 * another form is shown as the session wrote it.
 */
final class SessionMessages {
    private static final List<String> KEYS = List.of("trainer.newSeed", "trainer.rebuilt", "trainer.reset",
            "trainer.diverged", "trainer.recovered", "trainer.earlyStoppedRestored", "trainer.earlyStopped",
            "trainer.dataFailed", "trainer.internalError", "rule.noLayers", "rule.softmaxHidden",
            "rule.outputActivation", "rule.outputDropout", "rule.batchNormBatch", "rule.bce", "rule.crossEntropy",
            "rule.hinge", "rule.softmaxLoss", "rule.classificationLoss", "rule.regressionUnits", "rule.emptyTrain",
            "rule.earlyStopping", "rule.classesSoftmax", "rule.classesUnits");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");
    private static final Map<String, Form> FORMS = new ConcurrentHashMap<>();

    /** A key's English text as a pattern: its placeholders become groups, placeholder[g] the number of group g + 1. */
    private record Form(Pattern english, int[] placeholder) {
        static Form of(String key) {
            String text = Texts.in(Locale.ENGLISH, key);
            StringBuilder re = new StringBuilder();
            List<Integer> order = new ArrayList<>();
            Matcher p = PLACEHOLDER.matcher(text);
            int last = 0;
            while (p.find()) {
                re.append(Pattern.quote(text.substring(last, p.start()))).append("(.*)");
                order.add(Integer.parseInt(p.group(1)));
                last = p.end();
            }
            re.append(Pattern.quote(text.substring(last)));
            return new Form(Pattern.compile(re.toString(), Pattern.DOTALL),
                    order.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    private SessionMessages() {
    }

    /** The message in the window's language; null stays null. */
    static String shown(String message) {
        if (message == null) {
            return null;
        }
        for (String key : KEYS) {
            Form form = FORMS.computeIfAbsent(key, Form::of);
            Matcher m = form.english().matcher(message);
            if (m.matches()) {
                Object[] values = new Object[form.placeholder().length];
                for (int g = 0; g < values.length; g++) {
                    values[form.placeholder()[g]] = translatedNote(m.group(g + 1));
                }
                return Texts.get(key, values);
            }
        }
        return message;
    }

    // the trainer's own note for a rebuild without a label
    private static String translatedNote(String value) {
        return value.equals(Texts.in(Locale.ENGLISH, "trainer.settingsChanged")) ? Texts.get("trainer.settingsChanged")
                : value;
    }
}
