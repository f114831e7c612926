package neurallab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * The layering of docs/architecture.md: only the ui package may touch JavaFX; dependencies point one way.
 * A class is named either through an import or by its fully qualified name in the code; both are checked,
 * and code may not use the second form at all, so that a file's imports list everything it depends on.
 */
class ArchitectureTest {
    private static final Path SOURCES = Path.of("src/main/java/neurallab");
    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+(?:static\\s+)?([\\w.]+)\\s*;");
    // a package path (from a root the project uses) followed by a class name: java.util.Arrays, neurallab.ui.X
    private static final Pattern QUALIFIED = Pattern.compile(
            "(?<![\\w.])(?:java|javax|javafx|jdk|com|org|neurallab)(?:\\.[a-z_]\\w*)*\\.[A-Z]\\w*");

    /** A name one file refers to, and whether it is written inline in the code rather than imported. */
    private record Reference(Path file, String name, boolean inline) {
        @Override
        public String toString() {
            return file + ": " + (inline ? "inline " : "import ") + name;
        }
    }

    @Test
    void headlessPackagesUseNoJavaFx() throws IOException {
        for (String pkg : List.of("engine", "data", "session", "io", "cli", "bench")) {
            assertEquals(List.of(), violations(pkg, List.of("javafx.", "org.kordamp.")), pkg);
        }
        // the renderers are pure functions, tested without the toolkit
        assertEquals(List.of(), violations("ui/render", List.of("javafx.", "org.kordamp.")));
    }

    @Test
    void dependenciesPointOneWay() throws IOException {
        assertEquals(List.of(), violations("engine", List.of("neurallab.data.", "neurallab.session.",
                "neurallab.io.", "neurallab.cli.", "neurallab.ui.")));
        assertEquals(List.of(), violations("data", List.of("neurallab.engine.", "neurallab.session.",
                "neurallab.io.", "neurallab.cli.", "neurallab.ui.")));
        assertEquals(List.of(), violations("session", List.of("neurallab.io.", "neurallab.cli.", "neurallab.ui.")));
        assertEquals(List.of(), violations("io", List.of("neurallab.cli.", "neurallab.ui.")));
        assertEquals(List.of(), violations("cli", List.of("neurallab.ui.")));
        assertEquals(List.of(), violations("bench", List.of("neurallab.ui.")));
    }

    @Test
    void codeNamesClassesThroughImports() throws IOException {
        List<Reference> inline = new ArrayList<>();
        for (Reference r : references(SOURCES)) {
            if (r.inline()) {
                inline.add(r);
            }
        }
        assertEquals(List.of(), inline, "import these classes instead of naming them in full");
    }

    @Test
    void readsNamesInCodeButNotInCommentsOrText() {
        String source = """
                package neurallab.session;
                import java.util.List;
                import static neurallab.engine.Loss.MSE;
                /** Drawn by {@link neurallab.ui.view.NetworkView}. */
                class A { // javafx.scene.Node in a comment
                    javafx.scene.Node node; /* neurallab.ui.X */ String s = "javafx.scene.Parent";
                    char c = '"'; Object o = neurallab.data.ProblemType.CLASSIFICATION; int n = list.Size;
                }
                """;
        assertEquals(List.of("import java.util.List", "import neurallab.engine.Loss.MSE",
                        "inline javafx.scene.Node", "inline neurallab.data.ProblemType"),
                references(Path.of("A.java"), source).stream()
                        .map(r -> (r.inline() ? "inline " : "import ") + r.name()).toList());
    }

    @Test
    void detectsAViolation() throws IOException {
        // The check itself must be able to fail: ui does use JavaFX.
        assertFalse(violations("ui", List.of("javafx.")).isEmpty());
    }

    /** The references of {@code pkg} (and its subpackages) to names starting with a forbidden prefix. */
    private static List<Reference> violations(String pkg, List<String> forbiddenPrefixes) throws IOException {
        Path dir = SOURCES.resolve(pkg);
        assertTrue(Files.isDirectory(dir), "package directory exists: " + dir);
        List<Reference> found = new ArrayList<>();
        for (Reference r : references(dir)) {
            if (forbiddenPrefixes.stream().anyMatch(r.name()::startsWith)) {
                found.add(r);
            }
        }
        return found;
    }

    private static List<Reference> references(Path dir) throws IOException {
        List<Reference> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                found.addAll(references(file, Files.readString(file)));
            }
        }
        return found;
    }

    /** The imported names, then the qualified names written in the code (comments and literals left out). */
    private static List<Reference> references(Path file, String source) {
        String code = codeOnly(source);
        List<Reference> found = new ArrayList<>();
        Matcher imports = IMPORT.matcher(code);
        while (imports.find()) {
            found.add(new Reference(file, imports.group(1), false));
        }
        String body = IMPORT.matcher(code).replaceAll("").replaceFirst("(?m)^\\s*package\\s+[\\w.]+\\s*;", "");
        Matcher names = QUALIFIED.matcher(body);
        while (names.find()) {
            found.add(new Reference(file, names.group(), true));
        }
        return found;
    }

    /** The source with every comment, string, text block and character literal replaced by a space. */
    private static String codeOnly(String source) {
        StringBuilder code = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            int end;
            if (source.startsWith("//", i)) {
                end = indexOrEnd(source, "\n", i);
            } else if (source.startsWith("/*", i)) {
                end = indexOrEnd(source, "*/", i + 2) + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                end = literalEnd(source, "\"\"\"", i + 3);
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                end = literalEnd(source, String.valueOf(source.charAt(i)), i + 1);
            } else {
                code.append(source.charAt(i++));
                continue;
            }
            code.append(' ');
            i = Math.min(end, source.length());
        }
        return code.toString();
    }

    // the index just after the closing quote, skipping escaped characters
    private static int literalEnd(String source, String quote, int from) {
        int i = from;
        while (i < source.length() && !source.startsWith(quote, i)) {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return i + quote.length();
    }

    private static int indexOrEnd(String source, String what, int from) {
        int at = source.indexOf(what, from);
        return at < 0 ? source.length() : at;
    }
}
