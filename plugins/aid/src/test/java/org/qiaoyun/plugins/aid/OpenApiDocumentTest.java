package org.qiaoyun.plugins.aid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ws.rs.Path;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The OpenAPI document the module ships describes exactly the paths its resource serves. */
class OpenApiDocumentTest {

    @Test
    @SuppressWarnings("unchecked")
    void documentAndResourceHaveTheSamePaths() throws Exception {
        Set<String> served = Arrays.stream(AidResource.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Path.class))
                .map(m -> "/" + m.getAnnotation(Path.class).value())
                .collect(Collectors.toSet());
        try (InputStream in = AidResource.class.getResourceAsStream("/META-INF/openapi/aid.yaml")) {
            Map<String, Object> document = new Yaml().load(in);
            Set<String> documented = ((Map<String, Object>) document.get("paths")).keySet();
            assertThat(documented).containsExactlyInAnyOrderElementsOf(served);
        }
    }
}
