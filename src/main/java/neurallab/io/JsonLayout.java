package neurallab.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a JSON tree for people to read: an object or array that fits in {@value #WIDTH} characters
 * stays on one line, and so does one that holds only plain values (a weight row, a bias, a data point, a
 * layer, a trace row); anything else opens one line per member. Numbers keep full double precision (shortest round-tripping form).
 */
public final class JsonLayout {
    private static final int WIDTH = 100;
    private static final String INDENT = "  ";

    private JsonLayout() {
    }

    public static String format(JsonNode tree) {
        return layout(tree, "") + "\n";
    }

    /** A value written straight to the output, for one too large to hold as a tree. */
    @FunctionalInterface
    interface Streamed {
        void write(Writer out, String indent) throws IOException;
    }

    /** One element of a {@link #writeLines} array. */
    @FunctionalInterface
    interface Element {
        void write(Writer out, int index, String indent) throws IOException;
    }

    /**
     * Writes {@code root} one member per line, as {@link #format} lays out a large object, the members named in
     * {@code streamed} written by their writer instead of from the tree.
     */
    static void write(Writer out, ObjectNode root, Map<String, Streamed> streamed) throws IOException {
        out.write("{");
        String separator = "\n";
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            out.write(separator + INDENT + name(field.getKey()));
            Streamed writer = streamed.get(field.getKey());
            if (writer != null) {
                writer.write(out, INDENT);
            } else {
                out.write(layout(field.getValue(), INDENT));
            }
            separator = ",\n";
        }
        out.write("\n}\n");
    }

    /** An array of {@code count} elements one per line, as {@link #format} lays out a large array. */
    static void writeLines(Writer out, String indent, int count, Element element) throws IOException {
        if (count == 0) {
            out.write("[]");
            return;
        }
        String inner = indent + INDENT;
        out.write("[");
        for (int i = 0; i < count; i++) {
            out.write(i == 0 ? "\n" + inner : ",\n" + inner);
            element.write(out, i, inner);
        }
        out.write("\n" + indent + "]");
    }

    static String layout(JsonNode node, String indent) {
        String compact = compact(node);
        if (node.isValueNode() || indent.length() + compact.length() <= WIDTH || holdsOnlyValues(node)) {
            return compact;
        }
        String inner = indent + INDENT;
        List<String> members = new ArrayList<>();
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                members.add(inner + name(field.getKey()) + layout(field.getValue(), inner));
            }
        } else {
            node.elements().forEachRemaining(element -> members.add(inner + layout(element, inner)));
        }
        String open = node.isObject() ? "{" : "[";
        String close = node.isObject() ? "}" : "]";
        return open + "\n" + String.join(",\n", members) + "\n" + indent + close;
    }

    private static boolean holdsOnlyValues(JsonNode node) {
        for (JsonNode element : node) {
            if (!element.isValueNode()) {
                return false;
            }
        }
        return true;
    }

    private static String compact(JsonNode node) {
        if (node.isObject()) {
            List<String> members = new ArrayList<>();
            node.fields().forEachRemaining(f -> members.add(name(f.getKey()) + compact(f.getValue())));
            return "{" + String.join(", ", members) + "}";
        }
        if (node.isArray()) {
            List<String> elements = new ArrayList<>();
            node.elements().forEachRemaining(e -> elements.add(compact(e)));
            return elements.stream().collect(Collectors.joining(", ", "[", "]"));
        }
        return node.toString();
    }

    static String name(String key) {
        return TextNode.valueOf(key).toString() + ": ";
    }
}
