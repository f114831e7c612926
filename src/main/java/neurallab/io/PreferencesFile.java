package neurallab.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import neurallab.data.BoundedFiles;
import neurallab.io.Preferences.WindowBounds;

/**
 * The preferences file, one JSON object ({@code docs/file-format.md}, "Where NeuralLab keeps its own files"):
 * read once at start, replaced atomically on every write. A missing file gives the defaults; a damaged one
 * (not JSON, a value of the wrong kind) is set aside with {@link DamagedFiles} and gives the defaults too.
 */
public final class PreferencesFile {
    public static final String FORMAT = "neurallab-preferences";
    private static final long MAX_BYTES = 1 << 20;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * The preferences read at start.
     *
     * @param setAside where a damaged file was moved, or null
     * @param problem  what was wrong with it, or null
     */
    public record Loaded(Preferences preferences, Path setAside, String problem) {
    }

    private PreferencesFile() {
    }

    public static Loaded read(Path file, LocalDateTime now) {
        if (!Files.exists(file)) {
            return new Loaded(Preferences.DEFAULTS, null, null);
        }
        try {
            return new Loaded(parse(readTree(BoundedFiles.readAll(file, MAX_BYTES))), null, null);
        } catch (NoSuchFileException e) {
            return new Loaded(Preferences.DEFAULTS, null, null);
        } catch (JsonProcessingException e) {
            return setAside(file, now, "malformed JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException | IllegalArgumentException e) {
            return setAside(file, now, e.getMessage());
        }
    }

    public static void write(Path file, Preferences p) throws IOException {
        ObjectNode root = NODES.objectNode();
        root.put("format", FORMAT);
        root.put("version", 1);
        putIfSet(root, "theme", p.theme());
        if (p.zoom() != null) {
            root.put("zoom", p.zoom());
        }
        putIfSet(root, "language", p.language());
        if (p.speed() != null) {
            root.put("speed", p.speed());
        }
        if (p.window() != null) {
            ObjectNode w = root.putObject("window");
            w.put("x", p.window().x());
            w.put("y", p.window().y());
            w.put("width", p.window().width());
            w.put("height", p.window().height());
        }
        putIfSet(root, "lastFolder", p.lastFolder() == null ? null : p.lastFolder().toString());
        p.recentFiles().forEach(f -> root.withArray("recentFiles").add(f.toString()));
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFiles.write(file, SharedMapper.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
    }

    private static void putIfSet(ObjectNode root, String field, String value) {
        if (value != null) {
            root.put(field, value);
        }
    }

    /**
     * The JSON text's first value (null when there is none) as the tree ObjectMapper.readTree gives: integers as
     * int, long or big-integer nodes by size, other numbers as doubles, a repeated field's last value. Read with
     * the streaming parser: a mapper at start would load ~300 more classes before the window's first frame.
     */
    static JsonNode readTree(byte[] json) throws IOException {
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            return parser.nextToken() == null ? null : value(parser);
        }
    }

    private static JsonNode value(JsonParser p) throws IOException {
        return switch (p.currentToken()) {
            case START_OBJECT -> object(p);
            case START_ARRAY -> array(p);
            case VALUE_STRING -> NODES.textNode(p.getText());
            case VALUE_NUMBER_INT -> switch (p.getNumberType()) {
                case INT -> NODES.numberNode(p.getIntValue());
                case LONG -> NODES.numberNode(p.getLongValue());
                default -> NODES.numberNode(p.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(p.getDoubleValue());
            case VALUE_TRUE, VALUE_FALSE -> NODES.booleanNode(p.getBooleanValue());
            default -> NODES.nullNode();
        };
    }

    private static ObjectNode object(JsonParser p) throws IOException {
        ObjectNode object = NODES.objectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            object.set(field, value(p));
        }
        return object;
    }

    private static ArrayNode array(JsonParser p) throws IOException {
        ArrayNode array = NODES.arrayNode();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            array.add(value(p));
        }
        return array;
    }

    /** The preferences in this tree; IllegalArgumentException names the first field of the wrong kind. */
    static Preferences parse(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        if (!FORMAT.equals(root.path("format").asText())) {
            throw new IllegalArgumentException("\"format\" must be \"" + FORMAT + "\"");
        }
        JsonNode w = root.get("window");
        WindowBounds window = w == null ? null : new WindowBounds(number(w, "x"), number(w, "y"),
                positive(w, "width"), positive(w, "height"));
        JsonNode z = root.get("zoom");
        JsonNode s = root.get("speed");
        if (s != null && (!s.canConvertToInt() || !s.isIntegralNumber() || s.intValue() < 0)) {
            throw new IllegalArgumentException("\"speed\" must be an integer ≥ 0");
        }
        return new Preferences(text(root, "theme"), z == null ? null : positive(root, "zoom"), text(root, "language"),
                paths(root.get("recentFiles")), window, path(text(root, "lastFolder")),
                s == null ? null : s.intValue());
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v != null && !v.isTextual()) {
            throw new IllegalArgumentException("\"" + field + "\" must be a string");
        }
        return v == null ? null : v.textValue();
    }

    private static double number(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isNumber() || !Double.isFinite(v.doubleValue())) {
            throw new IllegalArgumentException("\"" + field + "\" must be a finite number");
        }
        return v.doubleValue();
    }

    private static double positive(JsonNode node, String field) {
        double v = number(node, field);
        if (v <= 0) {
            throw new IllegalArgumentException("\"" + field + "\" must be > 0");
        }
        return v;
    }

    private static List<Path> paths(JsonNode array) {
        List<Path> paths = new ArrayList<>();
        if (array == null) {
            return paths;
        }
        if (!array.isArray()) {
            throw new IllegalArgumentException("\"recentFiles\" must be an array of file names");
        }
        for (JsonNode item : array) {
            if (!item.isTextual()) {
                throw new IllegalArgumentException("\"recentFiles\" must be an array of file names");
            }
            paths.add(path(item.textValue()));
        }
        return paths;
    }

    private static Path path(String text) {
        try {
            return text == null ? null : Path.of(text);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("not a file name: " + text);
        }
    }

    private static Loaded setAside(Path file, LocalDateTime now, String problem) {
        try {
            return new Loaded(Preferences.DEFAULTS, DamagedFiles.setAside(file, now), problem);
        } catch (IOException e) {
            return new Loaded(Preferences.DEFAULTS, null, problem + "; it could not be set aside: " + e.getMessage());
        }
    }
}
