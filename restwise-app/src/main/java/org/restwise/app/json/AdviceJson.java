package org.restwise.app.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.restwise.core.advice.Advice;

/**
 * The advice back from a stored check-in output, so a page can show exactly the decision the runner
 * saw when they checked in, not one recomputed from a journal that has changed since.
 */
public final class AdviceJson {

    // The stored output also carries checkInId, date, context and athlete: not part of Advice.
    private static final ObjectReader READER = Json.mapper().readerFor(Advice.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private AdviceJson() {
    }

    /** The stored output as a tree, to read its {@code context} and {@code athlete} provenance. */
    public static ObjectNode tree(String storedOutput) {
        try {
            return (ObjectNode) Json.mapper().readTree(storedOutput);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalStateException("the stored decision cannot be read back: " + e.getMessage(), e);
        }
    }

    /**
     * The advice as the {@code advise} contract spells it: exactly its fields, in order. The red
     * flags' narrower labels stay in the stored check-in output, where the card reads them.
     */
    public static ObjectNode contract(Advice advice) {
        ObjectNode json = Json.mapper().valueToTree(advice);
        json.remove("redFlagLabels");
        return json;
    }

    public static Advice read(String storedOutput) {
        try {
            return READER.readValue(storedOutput);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored decision cannot be read back: " + e.getOriginalMessage(), e);
        }
    }
}
