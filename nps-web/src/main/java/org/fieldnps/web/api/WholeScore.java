package org.fieldnps.web.api;

import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.math.BigInteger;
import org.fieldnps.domain.scoring.InvalidScoreException;
import org.fieldnps.domain.scoring.Score;

/**
 * Reads a score only from a JSON integer. JSON-B on its own would take {@code "7"} for 7, cut
 * 7.5 down to 7 and wrap 99999999999 around to some other number; an integrator who sends any
 * of those has a bug and should hear about it rather than have a different score recorded. A
 * whole number outside 0 to 10 is passed on for the capture service to refuse, which names the
 * answer at fault within a batch; only one too large for an int is refused here.
 */
public class WholeScore implements JsonbDeserializer<Integer> {

    @Override
    public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
        JsonParser.Event event = parser.currentEvent();
        if (event == JsonParser.Event.VALUE_NULL) {
            return null;
        }
        if (event != JsonParser.Event.VALUE_NUMBER || !parser.isIntegralNumber()) {
            throw new InvalidScoreException("The score must be a whole number from " + Score.MINIMUM + " to "
                    + Score.MAXIMUM + ", sent as a JSON number such as 7 (not \"7\" or 7.5).");
        }
        BigInteger number = parser.getBigDecimal().toBigInteger();
        return number.bitLength() < Integer.SIZE ? number.intValue() : Score.parse(parser.getString()).value();
    }
}
