package org.qiaoyun.kernel.rest;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Finishes the platform's OpenAPI document ({@code /openapi}) so that a client can be generated from
 * it: every operation answers a refusal as {@code application/problem+json} (the {@link Problem}
 * shape, described once), Payara's placeholder "Default Response" becomes the success it stands for,
 * the module locator, which Payara takes for a GET, is left out, and integer defaults are numbers. Configured as {@code mp.openapi.filter}.
 */
public class PlatformApiDocument implements OASFilter {

    static final String PROBLEM = "Problem";

    /**
     * The module locator ({@code /api/v1/tenants/{code}/{moduleId}}) is no operation: each module
     * describes what lies below it in its own document ({@code /api/v1/modules/{id}/openapi}).
     */
    @Override
    public PathItem filterPathItem(PathItem item) {
        return item.getGET() != null && "module".equals(item.getGET().getOperationId()) ? null : item;
    }

    /** Payara writes {@code @DefaultValue("0")} as the string "0"; an integer parameter's default is a number. */
    @Override
    public Parameter filterParameter(Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (schema != null && schema.getType() == Schema.SchemaType.INTEGER && schema.getDefaultValue() instanceof String text) {
            try {
                schema.setDefaultValue(Integer.valueOf(text));
            } catch (NumberFormatException notANumber) {
                schema.setDefaultValue(null);
            }
        }
        return parameter;
    }

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        Map<String, APIResponse> answers = responses.getAPIResponses();
        boolean described = answers != null && answers.keySet().stream().anyMatch(code -> code.startsWith("2"));
        if (described) {
            responses.removeAPIResponse(APIResponses.DEFAULT);
        } else if (answers != null && answers.containsKey(APIResponses.DEFAULT)) {
            // Payara's placeholder for a method returning a body: it is the success answer
            APIResponse success = answers.get(APIResponses.DEFAULT);
            responses.removeAPIResponse(APIResponses.DEFAULT);
            responses.addAPIResponse("200", success.description("the answer"));
        }
        responses.addAPIResponse(APIResponses.DEFAULT, OASFactory.createAPIResponse()
                .description("a refusal: bad input (400), not signed in (401), beyond the caller's role (403), "
                        + "unknown or not visible (404), a conflict or a stale version (409)")
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM)))));
        return operation;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        // one tag, several resources (areas and areas.xlsx): Payara lists the tag once per class; keep the described one
        if (openAPI.getTags() != null) {
            Map<String, org.eclipse.microprofile.openapi.models.tags.Tag> byName = new java.util.LinkedHashMap<>();
            openAPI.getTags().forEach(tag -> byName.merge(tag.getName(), tag, (kept, other) -> kept.getDescription() != null ? kept : other));
            openAPI.setTags(new java.util.ArrayList<>(byName.values()));
        }
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        components.addSchema(PROBLEM, OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details, in the language of Accept-Language (English when none is named)")
                .addProperty("type", string("a URI naming the kind of problem"))
                .addProperty("title", string("the HTTP status in words"))
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER))
                .addProperty("detail", string("what was wrong, for a person"))
                .addProperty("field", string("the request field at fault, for bad input"))
                .addProperty("code", string("a stable code of the refusal, such as kernel.tenant.code-format"))
                .addProperty("errors", OASFactory.createSchema().type(Schema.SchemaType.ARRAY)
                        .description("for a request with several bad fields: one entry per field")
                        .items(OASFactory.createSchema().type(Schema.SchemaType.OBJECT))));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().type(Schema.SchemaType.STRING).description(description);
    }
}
