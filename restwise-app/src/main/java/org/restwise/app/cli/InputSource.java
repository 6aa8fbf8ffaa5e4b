package org.restwise.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a small JSON document from a file, or from standard input when the name is "-". */
public final class InputSource {

    /** Check-ins and session logs are tiny; anything bigger is a mistake, not a check-in. */
    static final int MAX_BYTES = 1 << 20;

    private InputSource() {
    }

    public static String read(String name, InputStream stdin) {
        return read(name, stdin, MAX_BYTES);
    }

    /** Journal exports grow by a few hundred bytes a day: years of them stay far below this. */
    static final int MAX_EXPORT_BYTES = 256 << 20;

    /** For a journal export, which may hold years of check-ins. */
    public static String readLarge(String name, InputStream stdin) {
        return read(name, stdin, MAX_EXPORT_BYTES);
    }

    private static String read(String name, InputStream stdin, int maxBytes) {
        try {
            if ("-".equals(name)) {
                return limited(stdin.readNBytes(maxBytes + 1), "standard input", maxBytes);
            }
            Path path = Path.of(name);
            if (Files.isDirectory(path)) {
                throw new UserInputException(name + ": is a directory, expected a JSON file");
            }
            if (Files.size(path) > maxBytes) {
                throw new UserInputException(name + ": too large (over " + maxBytes / 1024 + " KiB)");
            }
            return limited(Files.readAllBytes(path), name, maxBytes);
        } catch (NoSuchFileException e) {
            throw new UserInputException(name + ": no such file");
        } catch (IOException e) {
            throw new UserInputException(name + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    private static String limited(byte[] bytes, String source, int maxBytes) {
        if (bytes.length > maxBytes) {
            throw new UserInputException(source + ": too large (over " + maxBytes / 1024 + " KiB)");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
