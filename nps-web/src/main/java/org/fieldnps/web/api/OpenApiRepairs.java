package org.fieldnps.web.api;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Repairs what Payara 7.2026.11's MicroProfile OpenAPI writes for every {@code @Schema}
 * annotation: the annotation's defaults as if they had been set ({@code maxProperties: 0}, which
 * would forbid every property of an object, {@code minLength: 0}, {@code readOnly: false} …), an
 * empty example, examples and defaults of numbers as strings, and the type of a field taken from
 * its Java class even where the annotation names another ({@code object} for an
 * {@code Instant}, {@code number} for a {@code long}). Registered with {@code mp.openapi.filter}.
 *
 * <p>WORKAROUND for Payara 7.2026.11; remove this class, and its line in
 * microprofile-config.properties, once /openapi shows no {@code maxProperties: 0} without it.
 */
public class OpenApiRepairs implements OASFilter {

    @Override
    public Schema filterSchema(Schema schema) {
        typeFromFormat(schema);
        if (isZero(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (isZero(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (isZero(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (isZero(schema.getMinItems())) {
            schema.setMinItems(null);
        }
        if (isZero(schema.getMinContains())) {
            schema.setMinContains(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (Boolean.FALSE.equals(schema.getReadOnly())) {
            schema.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getDeprecated())) {
            schema.setDeprecated(null);
        }

        if (schema.getExamples() != null) {
            List<Object> examples = schema.getExamples().stream()
                    .filter(example -> !"".equals(example))
                    .map(example -> typed(example, schema.getType()))
                    .toList();
            schema.setExamples(examples.isEmpty() ? null : examples);
        }
        if ("".equals(schema.getExample())) {
            schema.setExample(null);
        } else if (schema.getExample() != null) {
            schema.setExample(typed(schema.getExample(), schema.getType()));
        }
        if (schema.getDefaultValue() != null) {
            schema.setDefaultValue(typed(schema.getDefaultValue(), schema.getType()));
        }
        return schema;
    }

    /** A format says what the type is, whatever Java class the value is kept in. */
    private static void typeFromFormat(Schema schema) {
        String format = schema.getFormat();
        if (format == null || schema.getRef() != null) {
            return;
        }
        switch (format) {
            case "date", "date-time", "uri" -> schema.setType(List.of(SchemaType.STRING));
            case "int32", "int64" -> schema.setType(List.of(SchemaType.INTEGER));
            default -> {
                // Other formats leave the type as it is.
            }
        }
    }

    private static boolean isZero(Integer value) {
        return value != null && value == 0;
    }

    private static Object typed(Object example, List<SchemaType> types) {
        if (!(example instanceof String text) || types == null) {
            return example;
        }
        try {
            if (types.contains(SchemaType.INTEGER)) {
                return Long.valueOf(text);
            }
            if (types.contains(SchemaType.NUMBER)) {
                return new BigDecimal(text);
            }
        } catch (NumberFormatException notANumber) {
            return example;
        }
        if (types.contains(SchemaType.BOOLEAN) && ("true".equals(text) || "false".equals(text))) {
            return Boolean.valueOf(text);
        }
        return example;
    }
}
