package org.restwise.app.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.restwise.app.cli.UserInputException;

/** Reads a JSON document from a file, or from standard input for {@code -}, with one-line errors. */
public final class InputFiles {

    private static final ObjectReader READER = Json.mapper().reader()
            .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private InputFiles() {
    }

    public static JsonNode readJson(String fileOrDash, InputStream stdin) {
        String name = "-".equals(fileOrDash) ? "standard input" : fileOrDash;
        String text;
        try {
            text = "-".equals(fileOrDash)
                    ? new String(stdin.readAllBytes(), StandardCharsets.UTF_8)
                    : Files.readString(Path.of(fileOrDash), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserInputException(name + ": no such file");
        } catch (IOException e) {
            throw new UserInputException(name + ": cannot read it (" + e.getMessage() + ")");
        }
        try {
            JsonNode node = READER.readTree(text);
            if (node == null || node.isMissingNode()) {
                throw new UserInputException(name + ": empty, expected a JSON object");
            }
            return node;
        } catch (JsonParseException e) {
            throw new UserInputException(name + ": not valid JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + " (" + e.getOriginalMessage() + ")");
        } catch (JsonProcessingException e) {
            throw new UserInputException(name + ": not valid JSON (" + e.getOriginalMessage() + ")");
        }
    }
}
