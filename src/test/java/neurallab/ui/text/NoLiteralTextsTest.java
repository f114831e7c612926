package neurallab.ui.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The window's code sets no text a user reads as a literal: every such text comes from {@link Texts}.
 * Two rules, both on the code with its comments removed:
 * <ol>
 * <li>a call that puts text on screen (setText, a Label's or a Button's constructor, a tooltip, a
 * dialog's title, a notice…) takes no literal holding a word (two letters or more; a lone letter such
 * as x, w or b is a mathematical symbol);</li>
 * <li>no literal anywhere reads as a phrase (two words in a row), except CSS styles, format patterns,
 * what goes to the console or into an exception (headless messages stay English), and the About
 * dialog's credits (names of products and licences, as their authors write them).</li>
 * </ol>
 */
class NoLiteralTextsTest {
    private static final Path UI = Path.of("src/main/java/neurallab/ui");
    private static final Pattern TEXT_CALL = Pattern.compile("(?:\\.(?:setText|setTitle|setHeaderText"
            + "|setContentText|setPromptText|appendText|fillText|strokeText|notice|setBanner)"
            + "|\\bnew (?:Label|Button|MenuItem|Menu|MenuButton|CheckBox|CheckMenuItem|RadioButton|Tooltip"
            + "|ToggleButton|RadioMenuItem|Tab|TitledPane|Hyperlink|Text|ButtonType|ValidatedField)"
            + "|\\bLazyTooltip\\.install\\([^,()]+,|\\bLabelled\\.of|\\biconButton\\([^,()]+,[^,()]+,)"
            + "\\(?\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    private static final Pattern PHRASE = Pattern.compile("\\p{L}{2,}[ ,:;]+\\p{L}{2,}");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern EXEMPT_LINE = Pattern.compile("System\\.(?:out|err)|Exception\\(|new Credit\\(|-fx-|ofPattern\\(|%[-.\\d]*[sdf]");

    @Test
    void theWindowSetsNoLiteralText() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(UI)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                found.addAll(literalTexts(f.toString(), withoutComments(Files.readString(f))));
            }
        }
        assertTrue(found.isEmpty(), "texts a user reads belong in the bundles (Texts.get):\n" + String.join("\n", found));
    }

    @Test
    void theRulesCatchWhatTheyShouldAndAllowSymbols() {
        String code = """
                label.setText("Learning rate");
                new Button("Reset", icon);
                LazyTooltip.install(b, "Pick");
                x.setStyle("-fx-background-color: red; -fx-padding: 2;");
                new Label("x:");
                b.setId("playButton");
                String s = "Could not " + "open this file";
                System.err.println("self-check: FAILED: no frame");
                new Label(Texts.get("toolbar.epoch"));
                """;
        List<String> found = literalTexts("Sample.java", withoutComments(code + "// a comment with \"Some words\"\n"));
        assertEquals(List.of("Sample.java:1: Learning rate", "Sample.java:2: Reset", "Sample.java:3: Pick",
                "Sample.java:7: Could not ",
                "Sample.java:7: open this file"), found);
    }

    static List<String> literalTexts(String file, String code) {
        List<String> found = new ArrayList<>();
        String[] lines = code.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher call = TEXT_CALL.matcher(line);
            List<String> reported = new ArrayList<>();
            while (call.find()) {
                if (WORD.matcher(call.group(1)).find()) {
                    reported.add(call.group(1));
                }
            }
            if (!EXEMPT_LINE.matcher(line).find()) {
                Matcher lit = LITERAL.matcher(line);
                while (lit.find()) {
                    if (PHRASE.matcher(lit.group(1)).find() && !reported.contains(lit.group(1))) {
                        reported.add(lit.group(1));
                    }
                }
            }
            for (String t : reported) {
                found.add(file + ":" + (i + 1) + ": " + t);
            }
        }
        return found;
    }

    /** The code with comments blanked (line breaks kept, so line numbers stay); string literals untouched. */
    static String withoutComments(String code) {
        StringBuilder out = new StringBuilder(code.length());
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (code.startsWith("\"\"\"", i)) {
                int end = code.indexOf("\"\"\"", i + 3);
                end = end < 0 ? code.length() : end + 3;
                out.append(code, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < code.length() && code.charAt(j) != c && code.charAt(j) != '\n') {
                    j += code.charAt(j) == '\\' ? 2 : 1;
                }
                j = Math.min(j + 1, code.length());
                out.append(code, i, j);
                i = j;
            } else if (code.startsWith("//", i)) {
                while (i < code.length() && code.charAt(i) != '\n') {
                    i++;
                }
            } else if (code.startsWith("/*", i)) {
                int end = code.indexOf("*/", i + 2);
                end = end < 0 ? code.length() : end + 2;
                code.substring(i, end).chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
