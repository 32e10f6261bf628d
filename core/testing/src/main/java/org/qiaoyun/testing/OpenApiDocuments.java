package org.qiaoyun.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import org.yaml.snakeyaml.Yaml;

/**
 * The endpoints a module's resources serve and those its OpenAPI document describes, as path and
 * HTTP methods, so that a test can hold the two in step. Module resources are reached through the
 * kernel's locator, so no OpenAPI scanner sees them: the document is written by hand, and this keeps it true.
 */
public final class OpenApiDocuments {

    private OpenApiDocuments() {
    }

    /** Every path below {@code root} with its HTTP methods (lowercase), following sub-resource locators. */
    public static Map<String, Set<String>> served(Class<?> root) {
        Map<String, Set<String>> endpoints = new TreeMap<>();
        collect(root, "", endpoints);
        return endpoints;
    }

    private static void collect(Class<?> type, String prefix, Map<String, Set<String>> endpoints) {
        for (Method method : type.getDeclaredMethods()) {
            Path path = method.getAnnotation(Path.class);
            String here = path == null ? prefix : prefix + "/" + path.value();
            String verb = null;
            for (Annotation annotation : method.getAnnotations()) {
                HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
                if (http != null) {
                    verb = http.value().toLowerCase(java.util.Locale.ROOT);
                }
            }
            if (verb != null) {
                endpoints.computeIfAbsent(here, p -> new TreeSet<>()).add(verb);
            } else if (path != null) {
                collect(method.getReturnType(), here, endpoints); // a sub-resource locator
            }
        }
    }

    /** The paths and methods of an OpenAPI document (YAML). */
    @SuppressWarnings("unchecked")
    public static Map<String, Set<String>> documented(InputStream yaml) {
        try (yaml) {
            Map<String, Object> document = new Yaml().load(yaml);
            Map<String, Set<String>> endpoints = new TreeMap<>();
            ((Map<String, Map<String, Object>>) document.get("paths")).forEach((path, operations) ->
                    endpoints.put(path, new TreeSet<>(operations.keySet().stream()
                            .filter(key -> Set.of("get", "put", "post", "delete", "patch").contains(key)).toList())));
            return endpoints;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
