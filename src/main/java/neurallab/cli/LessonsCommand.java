package neurallab.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import neurallab.data.DataException;
import neurallab.io.ExperimentFileException;
import neurallab.io.LessonLibrary;
import neurallab.io.LessonReader;
import neurallab.session.EpochRecord;
import neurallab.session.InvalidExperimentException;
import neurallab.session.lesson.InvalidLessonException;
import neurallab.session.lesson.Lesson;
import neurallab.session.lesson.LessonCheck;
import neurallab.session.lesson.LessonCheck.StepOutcome;
import neurallab.session.lesson.LessonStep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lessons check [LESSON.json ...]}: proves headless that every step's goal is reached. */
@Command(name = "lessons", mixinStandardHelpOptions = true, description = "Commands on lessons.",
        subcommands = LessonsCommand.Check.class)
final class LessonsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** No subcommand given: say which there are. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.INVALID_INPUT;
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Trains every step of the lessons exactly as each step says and checks its goal.",
                "Prints one JSON object: lessons, steps, goals, goalsReached and the failures.",
                "Exit 0: every goal reached; 1: a goal was not reached; 2: an invalid lesson file."})
    static final class Check implements Callable<Integer> {
        /** A goal not reached: the lesson is wrong, not the input. */
        static final int GOAL_NOT_REACHED = 1;

        @Parameters(arity = "0..*", paramLabel = "LESSON.json",
                description = "lesson files; none: every built-in lesson")
        List<Path> files = new ArrayList<>();

        @Option(names = "--language", paramLabel = "CODE", description = "read the built-in lessons in this"
                + " language (e.g. ko), their translations checked too; English when a lesson has none")
        String language = "en";

        @Option(names = "--verbose", description = "one line per step on stderr: the goal, when it was reached,"
                + " the last epoch's figures and the time taken")
        boolean verbose;

        @Spec
        CommandSpec spec;

        /**
         * A lesson to check, the name the report gives it, and the directory its CSV paths are relative to
         * (null for the built-in lessons, which use no CSV files).
         */
        private record Named(String name, Lesson lesson, Path baseDir) {
        }

        @Override
        public Integer call() throws InvalidInputException {
            List<Named> lessons = files.isEmpty() ? builtIn() : fromFiles();
            int steps = 0;
            int goals = 0;
            ArrayNode failures = JsonNodeFactory.instance.arrayNode();
            for (Named named : lessons) {
                List<LessonStep> lessonSteps = named.lesson().steps();
                for (int i = 0; i < lessonSteps.size(); i++) {
                    StepOutcome outcome = check(named, i);
                    steps++;
                    if (outcome.step().hasGoal()) {
                        goals++;
                        if (!outcome.reached()) {
                            failures.addObject().put("lesson", named.name()).put("step", i + 1)
                                    .put("goal", outcome.step().goal().describe())
                                    .put("value", Double.isNaN(outcome.bestValue()) ? null : outcome.bestValue());
                        }
                    }
                }
            }
            ObjectNode report = JsonNodeFactory.instance.objectNode().put("lessons", lessons.size()).put("steps", steps)
                    .put("goals", goals).put("goalsReached", goals - failures.size());
            report.set("failures", failures);
            spec.commandLine().getOut().println(report);
            return failures.isEmpty() ? ExitCodes.OK : GOAL_NOT_REACHED;
        }

        private StepOutcome check(Named named, int index) throws InvalidInputException {
            long start = System.nanoTime();
            StepOutcome outcome;
            try {
                outcome = LessonCheck.check(named.lesson().steps().get(index), named.baseDir());
            } catch (DataException e) {
                throw invalid(named, index, e.problems());
            } catch (InvalidExperimentException e) {
                throw invalid(named, index, e.problems());
            }
            if (verbose) {
                spec.commandLine().getErr().println(describe(named, index, outcome, (System.nanoTime() - start) / 1e9));
            }
            return outcome;
        }

        private static InvalidInputException invalid(Named named, int index, List<String> problems) {
            return new InvalidInputException(problems.stream()
                    .map(p -> named.name() + ": steps[" + index + "].experiment: " + p).toList());
        }

        private static String describe(Named named, int index, StepOutcome outcome, double seconds) {
            StringBuilder line = new StringBuilder(named.name() + " step " + (index + 1) + " \""
                    + outcome.step().title() + "\": ");
            if (outcome.step().hasGoal()) {
                line.append(outcome.step().goal().describe())
                        .append(outcome.reached() ? " reached at epoch " + outcome.reachedAtEpoch() : " NOT reached")
                        .append(String.format(Locale.ROOT, " (best %.4g)", outcome.bestValue()));
            } else {
                line.append("no goal");
            }
            if (outcome.result() != null) {
                List<EpochRecord> records = outcome.result().epochs();
                EpochRecord last = records.get(records.size() - 1);
                line.append(String.format(Locale.ROOT, "; last epoch %d: train loss %.4f, test loss %s, test"
                        + " accuracy %s", last.epoch(), last.trainLoss(), shown(last.testLoss()),
                        shown(last.testAccuracy())));
                if (outcome.result().diverged()) {
                    line.append("; diverged at epoch ").append(outcome.result().divergedAtEpoch());
                }
            }
            return line.append(String.format(Locale.ROOT, "; %.2f s", seconds)).toString();
        }

        private static String shown(Double figure) {
            return figure == null ? "-" : String.format(Locale.ROOT, "%.4f", figure);
        }

        private List<Named> builtIn() throws InvalidInputException {
            List<Named> lessons = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            try {
                LessonLibrary library = LessonLibrary.bundled();
                for (String file : library.files()) {
                    try {
                        lessons.add(new Named(file, library.read(file, Locale.forLanguageTag(language)), null));
                    } catch (InvalidLessonException e) {
                        e.problems().forEach(p -> problems.add(LessonLibrary.RESOURCE_DIR + file + ": " + p));
                    }
                }
            } catch (IOException e) {
                problems.add("the built-in lessons cannot be read: " + e.getMessage());
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            return lessons;
        }

        private List<Named> fromFiles() throws InvalidInputException {
            List<Named> lessons = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            for (Path file : files) {
                try {
                    lessons.add(new Named(file.toString(), LessonReader.read(file), HeadlessRun.directoryOf(file)));
                } catch (ExperimentFileException e) {
                    problems.addAll(e.problems());
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            return lessons;
        }
    }
}
