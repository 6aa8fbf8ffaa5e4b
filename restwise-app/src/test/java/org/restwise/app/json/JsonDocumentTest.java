package org.restwise.app.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What every JSON input of Restwise (check-ins, sessions, profiles, backups) takes as one document. */
class JsonDocumentTest {

    @ParameterizedTest
    @ValueSource(strings = {"{} xyz", "{}{}", "{\"signals\":{}} {\"signals\":{}}", "{}\n[]", "{} 1", "{}}"})
    void anythingAfterTheObjectIsRefused(String text) {
        assertThatThrownBy(() -> CheckInJson.readObject(text))
                .isInstanceOf(InputFieldException.class)
                .hasMessageStartingWith("the input is not valid JSON: more follows after the object ends (line ")
                .hasMessageEndingWith("; send one object");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}  ", "{}\n", "\n\t{}\r\n"})
    void whiteSpaceAroundTheObjectIsFine(String text) {
        assertThat(CheckInJson.readObject(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uFEFF{}", "\uFEFF{\"signals\":{\"soreness\":2}}"})
    void aByteOrderMarkBeforeTheObjectIsSkipped(String text) {
        assertThat(CheckInJson.readObject(text).isObject()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{                   | it ends before it is complete",
        "{\"a\":1,\"a\":2}   | the field \"a\" is given twice",
        "{'a':1}             | expected a field name in double quotes, found '''",
        "{a:1}               | expected a field name in double quotes, found 'a'",
        "{\"a\":NaN}         | \"NaN\" is not a number JSON allows",
        "{\"a\":-Infinity}   | \"-Infinity\" is not a number JSON allows",
        "{\"a\":01}          | a number starts with 0",
        "{\"a\":1 \"b\":2}   | a comma is missing between two fields",
        "[1 2]               | a comma is missing between two values",
        "{\"a\" 1}           | a colon is missing after a field name",
        "/* note */ {}       | JSON has no comments",
        "{\"a\":tru}         | unexpected word \"tru\"",
        "[1,]                | expected a value, found ']'",
        "{\"a\":\"\\q\"}     | unknown escape \\q in a text",
        "\uFEFF\uFEFF{}      | expected a value, found U+FEFF",
    })
    void malformedJsonIsDescribedInPlainWordsWithItsPlace(String text, String problem) {
        assertThatThrownBy(() -> CheckInJson.readObject(text))
                .isInstanceOf(InputFieldException.class)
                .hasMessageStartingWith("the input is not valid JSON: " + problem)
                .hasMessageContaining("(line 1, column ");
    }

    static Stream<String> hostileDocuments() {
        return Stream.of("{\"a\":NaN}", "// c\n{}", "{\"a\":" + "9".repeat(1500) + "}", "[".repeat(1200),
                "{\"a\":\"x\ny\"}", "\u0000", "{\"a\":\"\u0001\"}", "{\"a\":1,}", "{", "{}{}", "{} xyz",
                "{\"a\":\"" + "x".repeat(20_000_001) + "\"}");
    }

    @ParameterizedTest
    @MethodSource("hostileDocuments")
    void noMessageNamesAParserOptionOrAClass(String text) {
        assertThatThrownBy(() -> CheckInJson.readObject(text))
                .isInstanceOf(InputFieldException.class)
                .hasMessageStartingWith("the input is not valid JSON: ")
                .message()
                .doesNotContain("`", "Feature", "jackson", "Jackson", "JsonNode", "StreamRead", "START_", "CTRL-CHAR",
                        "REDACTED", "\n");
    }
}
