package org.qiaoyun.kernel.rest;

import java.lang.reflect.Type;
import java.math.BigDecimal;

import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON as it is written, nothing guessed: a boolean is {@code true} or {@code false} (never the string
 * {@code "yes"}, which JSON-B would read as false and so switch a module off), a whole number is a JSON
 * integer within its type's range (never {@code 4294967297} wrapped to 1, never {@code "5"}). What does not
 * fit is refused with 400 by the {@link ProblemMapper}.
 */
@Provider
public class StrictJson implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withDeserializers(
            new Booleans(), new Integers(), new Longs()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    private static JsonValue value(JsonParser parser) {
        return parser.getValue();
    }

    /** The whole number at the parser, converted exactly ({@code intValueExact}, ...) or refused. */
    private static <T> T whole(JsonParser parser, java.util.function.Function<BigDecimal, T> exactly) {
        JsonValue value = value(parser);
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            throw new JsonbException("expected a whole number, found " + shown(value));
        }
        try {
            return exactly.apply(number.bigDecimalValue());
        } catch (ArithmeticException tooLarge) {
            throw new JsonbException("the number " + number + " is out of range");
        }
    }

    /** {@code true} or {@code false}, as JSON literals. */
    public static final class Booleans implements JsonbDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = value(parser);
            if (value == JsonValue.TRUE) {
                return Boolean.TRUE;
            }
            if (value == JsonValue.FALSE) {
                return Boolean.FALSE;
            }
            throw new JsonbException("expected true or false, found " + shown(value));
        }
    }

    /** A JSON integer between -2147483648 and 2147483647. */
    public static final class Integers implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return whole(parser, BigDecimal::intValueExact);
        }
    }

    /** A JSON integer within 64 bits. */
    public static final class Longs implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return whole(parser, BigDecimal::longValueExact);
        }
    }

    /** What was sent, as a refusal repeats it: at most 40 characters, however long it was. */
    static String shown(Object value) {
        String text = String.valueOf(value);
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
