package neurallab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import neurallab.session.lesson.InvalidLessonException;
import neurallab.session.lesson.Lesson;
import neurallab.session.lesson.LessonStep;
import org.junit.jupiter.api.Test;

/**
 * The built-in course in Korean: every lesson translated step for step, every text Korean, and the facts
 * unchanged: the same figures and the same formulas as the English text, and the same states and goals.
 */
class KoreanCourseTest {
    /**
     * English number words that a Korean text may write as digits ("four neurons" is often "뉴런 4개"). A
     * Korean text may hold these, but every number the English writes in digits, and nothing else.
     */
    private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(Map.entry("zero", "0"),
            Map.entry("zeros", "0"), Map.entry("zeroes", "0"), Map.entry("one", "1"), Map.entry("single", "1"),
            Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"), Map.entry("five", "5"),
            Map.entry("six", "6"), Map.entry("eight", "8"), Map.entry("ten", "10"), Map.entry("fifteen", "15"),
            Map.entry("forty", "40"), Map.entry("hundred", "100"), Map.entry("thousands", "1000"));
    /** The one formula that holds English words; its Korean wording, which the check reads in its place. */
    private static final Map<String, String> WORDED_FORMULAS = Map.of("0.1·(batch value)", "0.1·(배치 값)");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
    private static final Pattern HANGUL = Pattern.compile("\\p{IsHangul}");
    /** Four English words in a row: a sentence left untranslated (names such as "AdaGrad, Adadelta" are fewer). */
    private static final Pattern ENGLISH_RUN = Pattern.compile("(?:\\b[A-Za-z]{2,}\\b[ ,']+){4}");
    /** A token holding one of these is (part of) a formula. */
    private static final String MATH = "←∂σΣ√·²ŷẑμβγηλερ₀₁₂₃₄ᵢₖⱼᵗ⁶^≈×⌈±";

    @Test
    void everyLessonIsTranslatedStepForStepWithTheSameStatesAndGoals() throws Exception {
        LessonLibrary library = LessonLibrary.bundled();
        assertEquals(12, library.files().size());
        for (String file : library.files()) {
            assertTrue(library.hasTranslation(file, Locale.KOREAN), file);
            Lesson english = library.read(file);
            Lesson korean = library.read(file, Locale.KOREAN);
            assertEquals(english.steps().size(), korean.steps().size(), file);
            assertEquals(english.concepts().size(), korean.concepts().size(), file);
            for (int i = 0; i < english.steps().size(); i++) {
                LessonStep en = english.steps().get(i);
                LessonStep ko = korean.steps().get(i);
                String where = file + " step " + (i + 1);
                assertEquals(en.experiment(), ko.experiment(), where);
                assertEquals(en.controls(), ko.controls(), where);
                assertEquals(en.goal(), ko.goal(), where);
                assertEquals(en.training() == null, ko.training() == null, where);
                if (en.training() != null) {
                    assertEquals(en.training().epochs(), ko.training().epochs(), where);
                }
            }
        }
    }

    @Test
    void everyTextIsKoreanWithTheEnglishFiguresAndFormulas() throws Exception {
        LessonLibrary library = LessonLibrary.bundled();
        List<String> problems = new ArrayList<>();
        for (String file : library.files()) {
            Lesson english = library.read(file);
            Lesson korean = library.read(file, Locale.KOREAN);
            compare(file + " title", english.title(), korean.title(), problems);
            compare(file + " summary", english.summary(), korean.summary(), problems);
            for (String concept : korean.concepts()) {
                // a concept may be a name the field writes in Latin letters ("Adam", "RMSProp")
                if (!HANGUL.matcher(concept).find() && !concept.matches("[A-Za-z]+")) {
                    problems.add(file + " concept \"" + concept + "\": not Korean");
                }
            }
            for (int i = 0; i < english.steps().size(); i++) {
                compareStep(file + " step " + (i + 1), english.steps().get(i), korean.steps().get(i), problems);
            }
        }
        assertEquals(List.of(), problems);
    }

    private static void compareStep(String where, LessonStep en, LessonStep ko, List<String> problems) {
        compare(where + " title", en.title(), ko.title(), problems);
        if (en.paragraphs().size() != ko.paragraphs().size()) {
            problems.add(where + ": " + en.paragraphs().size() + " paragraphs in English, " + ko.paragraphs().size()
                    + " in Korean");
        } else {
            for (int p = 0; p < en.paragraphs().size(); p++) {
                compare(where + " paragraph " + (p + 1), en.paragraphs().get(p), ko.paragraphs().get(p), problems);
            }
        }
        compare(where + " question", en.question(), ko.question(), problems);
        if (!ko.question().endsWith("?")) {
            problems.add(where + " question: does not end with a question mark");
        }
        if (en.training() != null) {
            compare(where + " instruction", en.training().instruction(), ko.training().instruction(), problems);
        }
    }

    /** Adds what is wrong with {@code korean} as the translation of {@code english}. */
    private static void compare(String where, String english, String korean, List<String> problems) {
        if (korean.isBlank() || korean.strip().equals(english.strip())) {
            problems.add(where + ": blank or the English text itself");
        }
        if (!HANGUL.matcher(korean).find()) {
            problems.add(where + ": no Korean in \"" + korean + "\"");
        }
        Matcher run = ENGLISH_RUN.matcher(korean);
        if (run.find()) {
            problems.add(where + ": English left in it: \"" + run.group() + "\"");
        }
        if (!numbersAgree(english, korean)) {
            problems.add(where + ": figures " + numbers(korean) + " where the English has " + numbers(english)
                    + " (and the number words " + numberWords(english) + ")");
        }
        for (String formula : formulasMissing(english, korean)) {
            problems.add(where + ": formula \"" + formula + "\" not kept");
        }
    }

    /** Every number the English writes in digits is in the Korean, and the Korean adds only spelled-out ones. */
    static boolean numbersAgree(String english, String korean) {
        List<String> left = numbers(korean);
        for (String number : numbers(english)) {
            if (!left.remove(number)) {
                return false;
            }
        }
        List<String> words = numberWords(english);
        for (String number : left) {
            if (!words.remove(number)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> numbers(String text) {
        List<String> numbers = new ArrayList<>();
        Matcher matcher = NUMBER.matcher(text);
        while (matcher.find()) {
            numbers.add(matcher.group());
        }
        return numbers;
    }

    private static List<String> numberWords(String text) {
        List<String> numbers = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            String number = NUMBER_WORDS.get(matcher.group().toLowerCase(Locale.ROOT));
            if (number != null) {
                numbers.add(number);
            }
        }
        return numbers;
    }

    /** The English formula tokens (those holding a mathematical sign) that the Korean does not contain. */
    static List<String> formulasMissing(String english, String korean) {
        String worded = english;
        for (Map.Entry<String, String> formula : WORDED_FORMULAS.entrySet()) {
            worded = worded.replace(formula.getKey(), formula.getValue());
        }
        List<String> missing = new ArrayList<>();
        for (String token : worded.split("\\s+")) {
            String formula = token.replaceAll("^[(\\[,.;:'\"]+|[)\\],.;:'\"]+$", "");
            boolean isFormula = formula.length() > 1 && formula.chars().anyMatch(c -> MATH.indexOf(c) >= 0);
            if (isFormula && !korean.contains(formula)) {
                missing.add(formula);
            }
        }
        return missing;
    }

    @Test
    void theFactChecksCatchADriftedFigureOrFormula() {
        assertTrue(numbersAgree("With η = 0.03 and four neurons", "η = 0.03, 뉴런 4개"));
        assertTrue(numbersAgree("With η = 0.03 and four neurons", "η = 0.03, 뉴런 네 개"));
        assertFalse(numbersAgree("With η = 0.03", "η = 0.3"), "a figure changed");
        assertFalse(numbersAgree("With η = 0.03 and four neurons", "η = 0.03, 뉴런 5개"), "a figure added");
        assertFalse(numbersAgree("about 90 % of 300 epochs", "300 에폭"), "a figure dropped");
        assertEquals(List.of(), formulasMissing("Every update is w ← w − η·∂L/∂w.", "모든 갱신은 w ← w − η·∂L/∂w입니다."));
        assertEquals(List.of("η·∂L/∂w"), formulasMissing("Every update is w ← w − η·∂L/∂w.", "갱신은 w ← w − η∂L/∂w"));
        assertTrue(ENGLISH_RUN.matcher("재생을 누르세요. Press play and watch the loss.").find());
        assertFalse(ENGLISH_RUN.matcher("AdaGrad, Adadelta, RMSProp은 가중치마다").find());
    }

    @Test
    void aLanguageWithoutTranslationsGetsTheEnglishLesson() throws Exception {
        LessonLibrary library = LessonLibrary.bundled();
        String file = library.files().get(0);
        Lesson english = library.read(file);
        for (Locale other : List.of(Locale.ENGLISH, Locale.FRENCH, Locale.ROOT)) {
            Lesson lesson = library.read(file, other);
            assertEquals(english.title(), lesson.title(), other.toString());
            assertEquals(english.steps().get(0).paragraphs(), lesson.steps().get(0).paragraphs());
        }
        assertFalse(library.hasTranslation(file, Locale.FRENCH));
        assertTrue(library.hasTranslation(file, Locale.ENGLISH));
        assertNotEquals(english.title(), library.read(file, Locale.KOREAN).title());
    }

    @Test
    void aBundledTranslationInTheWrongFolderIsRefusedNamingItsFile() throws Exception {
        // the test resources hold eo/01-perceptron.json, a Korean translation put in the Esperanto folder
        LessonLibrary library = LessonLibrary.bundled();
        InvalidLessonException e = assertThrows(InvalidLessonException.class,
                () -> library.read("01-perceptron.json", Locale.forLanguageTag("eo")));
        assertEquals(List.of("eo/01-perceptron.json: language: must be \"eo\", the folder it sits in, got \"ko\""),
                e.problems());
    }
}
