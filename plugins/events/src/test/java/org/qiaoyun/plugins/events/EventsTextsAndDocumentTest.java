package org.qiaoyun.plugins.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qiaoyun.api.Text;
import org.qiaoyun.plugins.events.event.Audience;
import org.qiaoyun.plugins.events.event.Kind;
import org.qiaoyun.plugins.events.event.Status;
import org.qiaoyun.plugins.events.registration.Region;
import org.qiaoyun.plugins.events.registration.Standing;
import org.qiaoyun.testing.OpenApiDocuments;
import org.qiaoyun.testing.TextBundles;
import org.yaml.snakeyaml.Yaml;

/** The module speaks Chinese and English alike, and its OpenAPI document describes exactly what it serves. */
class EventsTextsAndDocumentTest {

    private static final ClassLoader LOADER = EventsTextsAndDocumentTest.class.getClassLoader();

    @Test
    void everyCodeAndEveryNameBuiltAtRunTimeHasBothTexts() {
        TextBundles.assertComplete("events", Path.of("src/main/java"), LOADER);
        for (List<? extends Enum<?>> values : List.of(List.of(Kind.values()), List.of(Audience.values()), List.of(Status.values()),
                List.of(Standing.values()), List.of(Region.values()))) {
            for (Enum<?> value : values) {
                String code = "events." + value.getDeclaringClass().getSimpleName().toLowerCase(Locale.ROOT) + "." + value.name();
                assertThat(Text.of(code).in(Text.CHINESE, LOADER)).as(code).doesNotStartWith("events.");
                assertThat(Text.of(code).in(Text.ENGLISH, LOADER)).as(code).doesNotStartWith("events.");
            }
        }
        for (String field : List.of("title", "kind", "description", "place", "startsAt", "endsAt", "capacity", "feeNote", "partners", "reason",
                "name", "phone", "email", "country", "organisation", "companions", "notes", "consent", "code")) {
            assertThat(Text.of("events.field." + field).in(Text.CHINESE, LOADER)).as(field).doesNotStartWith("events.");
            assertThat(Text.of("events.field." + field).in(Text.ENGLISH, LOADER)).as(field).doesNotStartWith("events.");
        }
        for (String kind : List.of("events.standing-confirmed", "events.standing-pending", "events.standing-waiting")) {
            for (String part : List.of("", ".subject", ".body")) {
                assertThat(Text.of(kind + part).in(Text.CHINESE, LOADER)).as(kind + part).doesNotStartWith("events.");
                assertThat(Text.of(kind + part).in(Text.ENGLISH, LOADER)).as(kind + part).doesNotStartWith("events.");
            }
        }
        for (List<? extends Enum<?>> values : List.of(List.of(org.qiaoyun.plugins.events.newsletter.Subscriber.Kind.values()),
                List.of(org.qiaoyun.plugins.events.newsletter.Subscriber.Standing.values()),
                List.of(org.qiaoyun.plugins.events.newsletter.Subscribers.Outcome.values()))) {
            for (Enum<?> value : values) {
                String code = "events." + (value instanceof org.qiaoyun.plugins.events.newsletter.Subscribers.Outcome ? "subscriber.outcome."
                        : "subscriber." + value.getDeclaringClass().getSimpleName().toLowerCase(Locale.ROOT) + ".") + value.name();
                assertThat(Text.of(code).in(Text.CHINESE, LOADER)).as(code).doesNotStartWith("events.");
                assertThat(Text.of(code).in(Text.ENGLISH, LOADER)).as(code).doesNotStartWith("events.");
            }
        }
        for (String column : List.of("name", "phone", "email", "country", "organisation", "companions", "standing", "code", "checkedIn")) {
            assertThat(Text.of("events.sheet." + column).in(Text.CHINESE, LOADER)).as(column).doesNotStartWith("events.");
        }
    }

    @Test
    void theDocumentDescribesTheResourcesWithAnOperationIdAndTagsOnEveryOperation() {
        assertThat(OpenApiDocuments.documented(document())).isEqualTo(OpenApiDocuments.served(EventsResource.class));
        assertThat(OpenApiDocuments.served(EventsResource.class)).containsKeys("/events", "/events/{id}/registrations",
                "/events/{id}/door/check-ins", "/newsletter/editions", "/newsletter/editions/{id}/send", "/newsletter/subscribers");
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) new Yaml()
                .<Map<String, Object>>load(document()).get("paths");
        java.util.Set<String> ids = new java.util.HashSet<>();
        paths.forEach((path, operations) -> operations.forEach((verb, value) -> {
            if (List.of("get", "post", "put", "delete").contains(verb)) {
                @SuppressWarnings("unchecked")
                Map<String, Object> operation = (Map<String, Object>) value;
                assertThat(operation).as(verb + " " + path).containsKeys("operationId", "tags", "responses");
                assertThat(ids.add((String) operation.get("operationId"))).as("unique " + operation.get("operationId")).isTrue();
            }
        }));
    }

    @Test
    void everyReferenceOfTheDocumentLeadsToWhatItNames() {
        Map<String, Object> whole = new Yaml().load(document());
        java.util.List<String> broken = new java.util.ArrayList<>();
        references(whole, whole, broken);
        assertThat(broken).as("a schema under responses, a typo in a name: the client generator refuses the document").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static void references(Object node, Map<String, Object> whole, java.util.List<String> broken) {
        if (node instanceof Map<?, ?> map) {
            Object ref = map.get("$ref");
            if (ref instanceof String target) {
                Object found = whole;
                for (String step : target.substring(2).split("/")) {
                    found = found instanceof Map<?, ?> m ? m.get(step) : null;
                }
                if (found == null) {
                    broken.add(target);
                }
            }
            map.values().forEach(value -> references(value, whole, broken));
        } else if (node instanceof List<?> list) {
            list.forEach(value -> references(value, whole, broken));
        }
    }

    @Test
    void theDocumentHasNoKeyWithoutAValue() {
        java.util.List<String> empty = new java.util.ArrayList<>();
        nulls(new Yaml().load(document()), "", empty);
        assertThat(empty).as("a comma inside a flow mapping makes a key of half a sentence").isEmpty();
    }

    private static void nulls(Object node, String path, java.util.List<String> empty) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if (value == null) {
                    empty.add(path + "." + key);
                }
                nulls(value, path + "." + key, empty);
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> nulls(item, path, empty));
        }
    }

    private static InputStream document() {
        return EventsResource.class.getResourceAsStream("/META-INF/openapi/events.yaml");
    }
}
