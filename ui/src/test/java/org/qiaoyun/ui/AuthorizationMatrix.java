package org.qiaoyun.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * The access rules of the platform API as a table, in the manner of Keycloak's permission tests:
 * every endpoint, for a caller of every role at home in {@code mx}, against four tenants that stand
 * in a different relation to {@code mx}: itself, its child, its sibling and its parent. Each cell
 * says which status the call must get.
 */
final class AuthorizationMatrix {

    /** Where the target tenant stands relative to the caller's home {@code mx}. */
    enum Relation {
        OWN("mx"), CHILD("mx-child"), SIBLING("mx-sibling"), PARENT("gd");

        final String tenant;

        Relation(String tenant) {
            this.tenant = tenant;
        }
    }

    static final List<String> ROLES = List.of("admin", "caseworker", "legal_adviser", "organiser", "volunteer", "viewer");
    static final String PASSWORD = "matrix-password-2026";

    /** One call against a target tenant, and the status it must get for a role and relation. */
    record Endpoint(String name, BiFunction<Api, String, Api.Reply> call, Expectation expected) {
    }

    /** The rule of one endpoint. */
    interface Expectation {
        int status(boolean admin, Relation relation);
    }

    private static final AtomicInteger UNIQUE = new AtomicInteger();

    /** Visible: an admin sees the home subtree (own, child), everybody else only the home tenant. */
    static boolean visible(boolean admin, Relation relation) {
        return relation == Relation.OWN || (admin && relation == Relation.CHILD);
    }

    /** 404 when not visible; else the admin gets {@code ok}, the others 403. */
    static Expectation adminOnly(int ok) {
        return (admin, relation) -> !visible(admin, relation) ? 404 : admin ? ok : 403;
    }

    static List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        endpoints.add(new Endpoint("GET tenant", (api, t) -> api.get("/api/v1/tenants/" + t),
                (admin, relation) -> visible(admin, relation) ? 200 : 404));
        endpoints.add(new Endpoint("GET children", (api, t) -> api.get("/api/v1/tenants?parent=" + t),
                (admin, relation) -> visible(admin, relation) ? 200 : 404));
        endpoints.add(new Endpoint("POST child", (api, t) -> api.post("/api/v1/tenants",
                        "{\"code\":\"mx-new-" + UNIQUE.incrementAndGet() + "\",\"parent\":\"" + t
                                + "\",\"level\":\"institution\",\"nameZh\":\"矩阵\",\"nameEn\":\"Matrix\"}"),
                // an invisible parent is an unknown parent: 400 naming the field, as for any unknown code
                (admin, relation) -> !visible(admin, relation) ? 400 : admin ? 201 : 403));
        endpoints.add(new Endpoint("PATCH names", (api, t) -> api.patch("/api/v1/tenants/" + t, "{\"nameEn\":\"Renamed " + t + "\"}"),
                adminOnly(200)));
        endpoints.add(new Endpoint("PATCH status", (api, t) -> api.patch("/api/v1/tenants/" + t, "{\"status\":\"active\"}"),
                // status is changed from above only: never by the admin of the federation itself
                (admin, relation) -> !visible(admin, relation) ? 404 : admin && relation == Relation.CHILD ? 200 : 403));
        endpoints.add(new Endpoint("GET modules", (api, t) -> api.get("/api/v1/tenants/" + t + "/modules"),
                (admin, relation) -> visible(admin, relation) ? 200 : 404));
        endpoints.add(new Endpoint("PUT module switch", (api, t) -> api.put("/api/v1/tenants/" + t + "/modules/greeting",
                "{\"enabled\":true}"), adminOnly(200)));
        endpoints.add(new Endpoint("PUT module policy", (api, t) -> api.put("/api/v1/tenants/" + t + "/module-policy",
                "{\"allowed\":null}"), adminOnly(200)));
        endpoints.add(new Endpoint("GET users", (api, t) -> api.get("/api/v1/tenants/" + t + "/users"), adminOnly(200)));
        endpoints.add(new Endpoint("POST user", (api, t) -> api.post("/api/v1/tenants/" + t + "/users",
                "{\"username\":\"mx-user-" + UNIQUE.incrementAndGet() + "\",\"password\":\"" + PASSWORD
                        + "\",\"roles\":[\"viewer\"]}"), adminOnly(201)));
        endpoints.add(new Endpoint("GET module API", (api, t) -> api.get("/api/v1/tenants/" + t + "/greeting"),
                // module data is worked on at home only; a parent's admin sees it exists but may not read it
                (admin, relation) -> !visible(admin, relation) ? 404 : relation == Relation.OWN ? 200 : 403));
        endpoints.add(new Endpoint("GET installed modules", (api, t) -> api.get("/api/v1/modules"), (admin, relation) -> 200));
        return endpoints;
    }

    private AuthorizationMatrix() {
    }
}
