package neurallab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The examples of RFC 7396, appendix A. */
class MergePatchTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return MAPPER.readTree(text.replace('`', '"'));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{`a`:`b`}            | {`a`:`c`}            | {`a`:`c`}",
        "{`a`:`b`}            | {`b`:`c`}            | {`a`:`b`,`b`:`c`}",
        "{`a`:`b`}            | {`a`:null}           | {}",
        "{`a`:`b`,`b`:`c`}    | {`a`:null}           | {`b`:`c`}",
        "{`a`:[`b`]}          | {`a`:`c`}            | {`a`:`c`}",
        "{`a`:`c`}            | {`a`:[`b`]}          | {`a`:[`b`]}",
        "{`a`:{`b`:`c`}}      | {`a`:{`b`:`d`,`c`:null}} | {`a`:{`b`:`d`}}",
        "{`a`:[{`b`:`c`}]}    | {`a`:[1]}            | {`a`:[1]}",
        "[`a`,`b`]            | [`c`,`d`]            | [`c`,`d`]",
        "{`a`:`b`}            | [`c`]                | [`c`]",
        "{`a`:`foo`}          | null                 | null",
        "{`a`:`foo`}          | `bar`                | `bar`",
        "{`e`:null}           | {`a`:1}              | {`e`:null,`a`:1}",
        "[1,2]                | {`a`:`b`,`c`:null}   | {`a`:`b`}",
        "{}                   | {`a`:{`bb`:{`ccc`:null}}} | {`a`:{`bb`:{}}}"})
    void appliesThePatchAsTheRfcSays(String target, String patch, String result) throws Exception {
        JsonNode original = json(target);
        assertEquals(json(result), MergePatch.apply(original, json(patch)));
        assertEquals(json(target), original, "the target is not modified");
    }
}
