package org.restwise.app.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Writes decimals without an exponent: Java prints 10 000 km as {@code 1.0E7} metres, which is valid
 * JSON but reads as a typo to a person and as a string to some scripts' number parsing.
 */
final class PlainDoubles extends StdSerializer<Double> {

    private PlainDoubles() {
        super(Double.class);
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("plain-doubles");
        module.addSerializer(Double.class, new PlainDoubles());
        module.addSerializer(double.class, new PlainDoubles());
        return module;
    }

    @Override
    public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        if (Double.isFinite(value) && Double.toString(value).contains("E")) {
            gen.writeNumber(BigDecimal.valueOf(value).toPlainString());
        } else {
            gen.writeNumber(value);
        }
    }
}
