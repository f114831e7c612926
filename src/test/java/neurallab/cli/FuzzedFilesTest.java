package neurallab.cli;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import neurallab.io.ExperimentJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated experiment and CSV files through {@code train}, one seeded generator per case (the seed is in every
 * failure): truncation, byte flips, wrong types, huge and non-finite numbers, deep nesting, duplicate keys,
 * invalid UTF-8 and 10 MB strings. Each case ends trained (exit 0 or 3) or refused (exit 2) with every line
 * naming the file or the option; never an internal error, a hang, or memory beyond the test JVM's heap (an
 * OutOfMemoryError is an internal error). {@value #DEFAULT_CASES} cases; {@code -Dneurallab.fuzz.cases=N} (the
 * {@code long} profile runs 10,000).
 */
class FuzzedFilesTest {
    private static final int DEFAULT_CASES = 500;
    private static final long SEED = 0x5EED_F022L;
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");
    private static final Pattern STRING = Pattern.compile("\"[^\"\\\\]*\"");
    private static final String[] ODD_VALUES = {"1e400", "-1e400", "NaN", "Infinity", "-Infinity", "1e308", "-0",
        "4.9e-324", "123456789012345678901234567890", "0.0000001", "2147483648", "-1", "\"x\"", "[]", "{}", "null",
        "true", "[1, 2]", "{\"a\": 1}", "1.5"};
    private static final String[] ODD_CELLS = {"1e400", "-1e999", "NaN", "Infinity", "x", "", "\"", "\"a,b\"",
        "1,2", "1e308", "4.9e-324", "\u001b[2J", "é", "99999999999"};

    @TempDir
    Path dir;

    private final int cases = Integer.getInteger("neurallab.fuzz.cases", DEFAULT_CASES);

    @Test
    void mutatedFilesAreTrainedOrRefusedWithTheirPlace() {
        assertTimeoutPreemptively(Duration.ofSeconds(Math.max(600, cases / 2)), () -> {
            List<byte[]> experiments = seeds();
            byte[] csv = csvSeed();
            for (int c = 0; c < cases; c++) {
                long seed = SEED + c;
                Random random = new Random(seed);
                boolean mutateCsv = random.nextInt(3) == 0;
                Path experiment = dir.resolve("experiment.json");
                Path data = dir.resolve("points.csv");
                Files.write(data, mutateCsv ? mutateCsv(csv, random) : csv);
                byte[] base = mutateCsv ? experiments.get(2) : experiments.get(random.nextInt(experiments.size()));
                Files.write(experiment, mutateCsv ? base : mutateJson(base, random));
                check(seed, experiment);
            }
        });
    }

    private void check(long seed, Path experiment) throws IOException {
        Path trace = dir.resolve("trace.json");
        Files.deleteIfExists(trace);
        CliRunner result = CliRunner.run("train", experiment.toString(), "--trace", trace.toString(), "--epochs", "1");
        String what = "seed " + seed + ", exit " + result.exitCode() + ": " + result.err();
        switch (result.exitCode()) {
            case 0, 3 -> {
                if (!Files.isRegularFile(trace)) {
                    throw new AssertionError("no trace; " + what);
                }
            }
            case 2 -> {
                if (Files.exists(trace)) {
                    throw new AssertionError("a trace after exit 2; " + what);
                }
                String[] lines = result.errLines();
                if (lines.length == 0 || lines.length > 21) {
                    throw new AssertionError(lines.length + " lines; " + what);
                }
                for (String line : lines) {
                    boolean placed = line.startsWith(experiment + ": ") || line.startsWith("and ");
                    if (!placed || line.contains("internal error") || line.chars().anyMatch(ch -> ch < 0x20)) {
                        throw new AssertionError("a line without its place: " + line + "; " + what);
                    }
                }
            }
            default -> throw new AssertionError(what);
        }
    }

    private static List<byte[]> seeds() {
        ObjectNode csv = ExperimentJson.inlineCircle(4, 0.1, 1);
        csv.set("data", ExperimentJson.parse("{\"source\": \"csv\", \"path\": \"points.csv\", \"labelColumn\": "
                + "\"label\", \"testFraction\": 0.25, \"validationFraction\": 0.25}"));
        csv.remove("features");
        ObjectNode withWeights = ExperimentJson.inlineCircle(3, 0.1, 1);
        withWeights.set("weights", ExperimentJson.parse("[{\"kernel\": [[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]], "
                + "\"bias\": [0, 0, 0]}, {\"kernel\": [[1], [2], [3]], \"bias\": [0.5]}]"));
        ObjectNode spec = ExperimentJson.specExample();
        ((ObjectNode) spec.get("data")).put("samples", 100);
        return List.of(bytes(spec), bytes(ExperimentJson.inlineCircle(4, 0.1, 1)), bytes(csv), bytes(withWeights));
    }

    private static byte[] bytes(ObjectNode json) {
        return json.toPrettyString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] csvSeed() {
        StringBuilder text = new StringBuilder("x1,x2,label\n");
        Random random = new Random(SEED);
        for (int i = 0; i < 40; i++) {
            double x = random.nextGaussian();
            double y = random.nextGaussian();
            text.append(x).append(',').append(y).append(',').append(x * y > 0 ? "a" : "b").append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] mutateJson(byte[] file, Random random) {
        String text = new String(file, StandardCharsets.UTF_8);
        return switch (random.nextInt(9)) {
            case 0 -> truncate(file, random);
            case 1 -> flip(file, random);
            case 2, 3 -> replace(text, NUMBER, ODD_VALUES[random.nextInt(ODD_VALUES.length)], random);
            case 4 -> replace(text, STRING, random.nextInt(8) == 0 ? '"' + "é".repeat(5_000_000) + '"'
                    : ODD_VALUES[random.nextInt(ODD_VALUES.length)], random);
            case 5 -> replace(text, NUMBER, "[".repeat(3000) + "1" + "]".repeat(3000), random);
            case 6 -> text.replaceFirst("\\{", "{\"seed\": 1, \"seed\": 2,").getBytes(StandardCharsets.UTF_8);
            case 7 -> insert(file, random, new byte[] {(byte) 0xC3, (byte) 0x28});
            default -> insert(file, random, new byte[] {(byte) random.nextInt(256)});
        };
    }

    private static byte[] mutateCsv(byte[] file, Random random) {
        String text = new String(file, StandardCharsets.UTF_8);
        return switch (random.nextInt(8)) {
            case 0 -> truncate(file, random);
            case 1 -> flip(file, random);
            case 2, 3 -> replace(text, NUMBER, ODD_CELLS[random.nextInt(ODD_CELLS.length)], random);
            case 4 -> replace(text, NUMBER, "7".repeat(random.nextBoolean() ? 10_000_000 : 1000), random);
            case 5 -> text.replaceFirst("\n", ",x3".repeat(random.nextInt(200)) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
            case 6 -> insert(file, random, new byte[] {(byte) 0xFF, (byte) 0xFE});
            default -> insert(file, random, new byte[] {0});
        };
    }

    private static byte[] truncate(byte[] file, Random random) {
        return java.util.Arrays.copyOf(file, random.nextInt(file.length));
    }

    private static byte[] flip(byte[] file, Random random) {
        byte[] copy = file.clone();
        for (int i = 1 + random.nextInt(5); i > 0; i--) {
            copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return copy;
    }

    private static byte[] insert(byte[] file, Random random, byte[] bytes) {
        int at = random.nextInt(file.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(file, 0, at);
        out.write(bytes, 0, bytes.length);
        out.write(file, at, file.length - at);
        return out.toByteArray();
    }

    /** One match of {@code pattern}, chosen at random, replaced by {@code value}. */
    private static byte[] replace(String text, Pattern pattern, String value, Random random) {
        List<int[]> matches = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            matches.add(new int[] {m.start(), m.end()});
        }
        int[] at = matches.get(random.nextInt(matches.size()));
        return (text.substring(0, at[0]) + value + text.substring(at[1])).getBytes(StandardCharsets.UTF_8);
    }
}
