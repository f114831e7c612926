package neurallab.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import neurallab.io.AtomicFiles;

/**
 * The files a command will write, checked before any work so that a refused output leaves nothing written:
 * each can be created in its folder and is not a folder, device, pipe or symbolic link (see
 * {@link AtomicFiles#checkWritable}), and none is the same file as an input or another output, however
 * it is named (through symbolic or hard links, or relative paths).
 */
final class Outputs {
    private final Map<String, Path> outputs = new LinkedHashMap<>();
    private final Map<String, Path> inputs = new LinkedHashMap<>();

    /** @param option how the output was given, e.g. "--trace" */
    Outputs output(String option, Path file) {
        outputs.put(option, file);
        return this;
    }

    /** @param what the input in words, e.g. "the experiment file" */
    Outputs input(String what, Path file) {
        inputs.put(what, file);
        return this;
    }

    void check() throws InvalidInputException {
        List<String> problems = new ArrayList<>();
        Map<Object, String> taken = new LinkedHashMap<>();
        inputs.forEach((what, file) -> taken.putIfAbsent(identity(file), what));
        for (Map.Entry<String, Path> output : outputs.entrySet()) {
            String option = output.getKey();
            Path file = output.getValue();
            try {
                AtomicFiles.checkWritable(file);
            } catch (IOException e) {
                problems.add(option + " " + reason(file, e));
                continue;
            }
            String other = taken.putIfAbsent(identity(file), option);
            if (other != null) {
                problems.add(option + " " + file + ": is the same file as " + other + "; give another name");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static String reason(Path file, IOException e) {
        if (e instanceof AccessDeniedException) {
            return file + ": permission denied: cannot create a file in " + file.toAbsolutePath().getParent();
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return file + ": cannot create a file in " + file.toAbsolutePath().getParent() + ": " + fs.getReason();
        }
        return e.getMessage();
    }

    /**
     * The file a path names: for one that exists, its device and inode (so hard links are one file too), else the
     * real path of its folder with the name appended.
     */
    static Object identity(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        try {
            if (Files.exists(absolute)) {
                Object key = Files.readAttributes(absolute, BasicFileAttributes.class).fileKey();
                return key != null ? key : absolute.toRealPath();
            }
            return absolute.getParent().toRealPath().resolve(absolute.getFileName());
        } catch (IOException e) {
            return absolute;
        }
    }
}
