package neurallab.cli;

import java.util.List;
import neurallab.data.Problems;

/**
 * What the commands print about input files is made safe for a terminal: control characters (escape
 * sequences among them) are shown as {@code \\uXXXX}, a line is cut at {@value #MAX_LINE} characters, and at
 * most 20 problems are listed, then how many more there are.
 */
final class Messages {
    static final int MAX_LINE = 500;

    private Messages() {
    }

    static List<String> lines(List<String> problems) {
        return Problems.capped(problems).stream().map(Messages::clean).toList();
    }

    static String clean(String line) {
        StringBuilder out = new StringBuilder(Math.min(line.length(), MAX_LINE + 1));
        int i = 0;
        for (; i < line.length() && out.length() < MAX_LINE; i++) {
            char c = line.charAt(i);
            boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                    || Character.getType(c) == Character.FORMAT && c != '\u200D';
            out.append(control ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return i < line.length() ? out + "…" : out.toString();
    }
}
