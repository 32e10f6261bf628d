package org.qiaoyun.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform as it runs: the real WAR on a real Payara Micro, started once for this suite with the
 * demo federations and a plugins directory holding the two fixture modules (greeting, which works,
 * and broken, whose migration fails). Each test uses its own tenants, so the order does not matter.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    @Deployment(testable = false)
    static WebArchive platform() {
        // Deployed as ROOT.war so that it runs at "/", as in production.
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(new File(System.getProperty("qiaoyun.war"))).as(WebArchive.class);
    }

    @ArquillianResource
    URL deployment;

    /** The platform admin's password, set through QIAOYUN_ADMIN_PASSWORD (ui/pom.xml). */
    static final String ADMIN_PASSWORD = "platform-admin-secret";
    /** The password of every demo account (tenants-config/demo/tenants.yaml). */
    static final String DEMO_PASSWORD = "qiaoyun-demo-2026";

    private Api anonymous;
    private Api api;
    private Screens screens;

    @BeforeEach
    void clients() {
        // Payara reports its network address; the suite talks to it over loopback.
        String base = "http://localhost:" + deployment.getPort();
        anonymous = new Api(base);
        api = anonymous.as("admin", ADMIN_PASSWORD);
        screens = new Screens(base, "kaiping-admin", DEMO_PASSWORD);
    }

    @Test
    void platformIsReadyAndDescribesItsApi() {
        Api.Reply ready = api.get("/health/ready");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.body()).contains("\"UP\"");
        assertThat(api.get("/openapi").body()).contains("/api/v1/tenants", "/api/v1/modules");
    }

    /**
     * The platform's document and each module's are valid to the parser the OpenAPI Generator validates
     * with, and name every operation (operationId, tags), so that a client can be generated from them.
     */
    @Test
    void everyApiDocumentIsValidAndNamesEachOperation() {
        java.util.Map<String, String> documents = new java.util.LinkedHashMap<>();
        documents.put("platform", api.get("/openapi").body());
        for (JsonObject module : api.get("/api/v1/modules").jsonArray().getValuesAs(JsonObject.class)) {
            Api.Reply document = api.get("/api/v1/modules/" + module.getString("id") + "/openapi");
            if (document.status() == 200) {
                documents.put(module.getString("id"), document.body());
            }
        }
        assertThat(documents).containsKeys("platform", "aid", "volunteers", "legal", "events");
        documents.forEach((name, text) -> {
            io.swagger.v3.parser.core.models.ParseOptions options = new io.swagger.v3.parser.core.models.ParseOptions();
            options.setResolve(true);
            io.swagger.v3.parser.core.models.SwaggerParseResult parsed =
                    new io.swagger.v3.parser.OpenAPIV3Parser().readContents(text, null, options);
            assertThat(parsed.getMessages()).as("what the parser finds wrong in the %s document", name).isEmpty();
            java.util.Set<String> operationIds = new java.util.HashSet<>();
            parsed.getOpenAPI().getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                String where = name + ": " + method + " " + path;
                assertThat(operation.getOperationId()).as(where).isNotBlank();
                assertThat(operationIds.add(operation.getOperationId())).as("%s names a new operation", where).isTrue();
                assertThat(operation.getTags()).as(where).isNotEmpty();
                assertThat(operation.getResponses()).as(where).isNotEmpty();
            }));
        });
        assertThat(documents.get("platform")).as("Payara's stray key is gone").doesNotContain("\nendpoints:")
                .doesNotContain("/api/v1/tenants/{code}/{moduleId}");
    }

    /**
     * A client generated at build time from the volunteers module's document (ui/pom.xml) works against
     * the running platform: it sends what the document says and reads back what the platform answers,
     * refusing any field the document does not describe.
     */
    @Test
    void aClientGeneratedFromAModulesDocumentMakesRealCalls() throws Exception {
        String token = anonymous.post("/api/v1/tokens", """
                {"username":"taishan-organiser","password":"%s"}""".formatted(DEMO_PASSWORD)).json().getString("token");
        org.qiaoyun.client.volunteers.ApiClient client = new org.qiaoyun.client.volunteers.ApiClient();
        client.updateBaseUri("http://localhost:" + deployment.getPort() + "/api/v1/tenants/gd-jiangmen-taishan/volunteers");
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        client.setObjectMapper(client.getObjectMapper().copy()
                .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true));
        var activities = new org.qiaoyun.client.volunteers.api.ActivitiesApi(client);

        var made = activities.createActivity(new org.qiaoyun.client.volunteers.model.ActivityForm()
                .title("侨批档案展").place("台山市博物馆").district("台城街道"));
        assertThat(made.getId()).isNotBlank();
        assertThat(made.getStatus()).isEqualTo(org.qiaoyun.client.volunteers.model.ActivityStatus.OPEN);
        assertThat(made.getCreatedBy()).isEqualTo("taishan-organiser");
        var found = activities.listActivities("侨批档案", null, null, 0, 10);
        assertThat(found.getItems()).extracting(org.qiaoyun.client.volunteers.model.Activity::getId).contains(made.getId());
        assertThat(activities.getActivity(made.getId()).getTitle()).isEqualTo("侨批档案展");

        assertThatThrownBy(() -> activities.createActivity(new org.qiaoyun.client.volunteers.model.ActivityForm().place("台城")))
                .isInstanceOfSatisfying(org.qiaoyun.client.volunteers.ApiException.class, refused -> {
                    assertThat(refused.getCode()).isEqualTo(400);
                    assertThat(refused.getResponseBody()).contains("\"field\":\"title\"");
                });
    }

    /**
     * The way from a module to the kernel is short: the gate is asked once per request, indicator values
     * are written in one batch after the change. Counted from the request's filter on (signing in comes
     * before it), reads and writes of both modules.
     */
    @Test
    void aModuleReadRunsTwoTransactionsAndAWriteAtMostThree() {
        Api caseworker = anonymous.as("taishan-caseworker", DEMO_PASSWORD);
        Api organiser = anonymous.as("taishan-organiser", DEMO_PASSWORD);
        String aid = "/api/v1/tenants/gd-jiangmen-taishan/aid";
        String vol = "/api/v1/tenants/gd-jiangmen-taishan/volunteers";
        Api.Reply casesRead = caseworker.get(aid + "/cases?size=5");
        Api.Reply activitiesRead = organiser.get(vol + "/activities?size=5");
        Api.Reply fundOpened = anonymous.as("taishan-admin", DEMO_PASSWORD).post(aid + "/funds", """
                {"name":"春节慰问金","source":"overseas_donation","donor":"旅美台山同乡会"}""");
        Api.Reply activityMade = organiser.post(vol + "/activities", """
                {"title":"重阳敬老","place":"台城"}""");
        // a change that recounts the module's figures: the indicator values go in one batch at the end
        String person = caseworker.post(aid + "/beneficiaries", """
                {"name":"伍婆婆","residentId":"%s","category":"relative","consentDate":"2026-11-02","consentBy":"伍婆婆"}"""
                .formatted(residentId("44078119380517" + (100 + System.nanoTime() % 900)))).json().getString("id");
        Api.Reply caseDrafted = caseworker.post(aid + "/cases", """
                {"beneficiaryId":"%s","type":"holiday_visit","requestedAmount":300.00}""".formatted(person));
        System.out.printf("transactions per request: aid read %d, volunteers read %d, aid write %d, aid write with figures %d,"
                        + " volunteers write %d%n", casesRead.transactions(), activitiesRead.transactions(), fundOpened.transactions(),
                caseDrafted.transactions(), activityMade.transactions());
        assertThat(java.util.List.of(casesRead, activitiesRead, fundOpened, activityMade, caseDrafted)).extracting(Api.Reply::status)
                .containsExactly(200, 200, 201, 201, 201);
        assertThat(caseDrafted.transactions()).as("a case drafted and the figures recounted").isBetween(1, 3);
        assertThat(casesRead.transactions()).as("aid read").isBetween(1, 2);
        assertThat(activitiesRead.transactions()).as("volunteers read").isBetween(1, 2);
        assertThat(fundOpened.transactions()).as("aid write").isBetween(1, 3);
        assertThat(activityMade.transactions()).as("volunteers write").isBetween(1, 3);
    }

    /** A valid resident ID number (GB 11643): the 17 digits given and their check character. */
    private static String residentId(String first17) {
        return first17 + org.qiaoyun.api.personal.ResidentId.checkCharacter(first17);
    }

    /**
     * A module's public pages (here the fixture's greetings) open without signing in, on a phone, without a
     * session; a form posted there is checked and then redirected; and nothing else shows: a module switched
     * off, an unknown federation and an unknown page are one and the same 404. The pace of one client is limited.
     */
    @Test
    void aModulesPublicPagesOpenWithoutSigningInAndRevealNothingElse() throws Exception {
        String code = "gd-jiangmen-public-" + (System.nanoTime() % 100_000);
        assertThat(api.post("/api/v1/tenants", """
                {"code":"%s","parent":"gd-jiangmen","level":"county","nameZh":"公开页测试侨联","nameEn":"Public pages"}"""
                .formatted(code)).status()).isEqualTo(201);
        String page = "/p/" + code + "/greeting/";
        Api.Reply switchedOff = anonymous.get(page);
        Api.Reply unknownTenant = anonymous.get("/p/no-such-federation/greeting/");
        assertThat(switchedOff.status()).isEqualTo(404);
        assertThat(switchedOff.body()).isEqualTo(unknownTenant.body()).contains("没有这个页面");

        api.put("/api/v1/tenants/" + code + "/modules/greeting", "{\"enabled\":true}");
        java.net.http.HttpResponse<String> board = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1)
                .build().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + deployment.getPort() + page))
                        .GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(board.statusCode()).isEqualTo(200);
        assertThat(board.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(board.headers().firstValue("Set-Cookie")).as("no session for a public page").isEmpty();
        assertThat(board.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'none'");
        assertThat(board.body()).contains("<html lang=\"zh-CN\">", "name=\"viewport\"", "还没有问候", "<form method=\"post\"")
                .doesNotContain("<script");

        Api.Reply blank = anonymous.send("POST", page, "application/x-www-form-urlencoded", "text=+".getBytes(StandardCharsets.UTF_8));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body()).contains("请填写问候", "role=\"alert\"");
        Api.Reply left = anonymous.send("POST", page, "application/x-www-form-urlencoded",
                ("text=" + java.net.URLEncoder.encode("<script>alert(1)</script>侨乡问好", StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(left.status()).isEqualTo(303);
        assertThat(left.location()).endsWith(page + "thanks");
        assertThat(anonymous.get(page + "thanks").body()).contains("谢谢您的问候");
        assertThat(anonymous.get(page).body()).as("what the public typed is shown as text, never as markup")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;侨乡问好").doesNotContain("<script>");

        assertThat(anonymous.get(page + "no-such-page").body()).isEqualTo(unknownTenant.body());
        assertThat(anonymous.send("POST", page, "application/x-www-form-urlencoded", ("text=" + "长".repeat(9000))
                .getBytes(StandardCharsets.UTF_8)).status()).as("a form beyond its size").isEqualTo(413);
        assertThat(anonymous.send("DELETE", page, null, null).status()).isEqualTo(405);
        Api english = anonymous.accepting("en");
        assertThat(english.get(page).body()).contains("<html lang=\"en\">", "Greetings");

        java.util.List<Integer> burst = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            burst.add(anonymous.get(page).status());
        }
        assertThat(burst).as("one client opening page after page is slowed down").contains(429);
    }

    @Test
    void metricsAreForThePlatformsAdminsOnly() {
        assertThat(anonymous.get("/metrics").isProblem(401)).isTrue();
        assertThat(anonymous.get("/metrics/base").isProblem(401)).isTrue();
        assertThat(anonymous.as("taishan-admin", DEMO_PASSWORD).get("/metrics").isProblem(403)).as("a county's admin").isTrue();
        Api.Reply metrics = api.get("/metrics");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("# TYPE");
    }

    @Test
    void thePlatformsOperatorsBackUpTheEmbeddedDatabaseAndRunTheAuditRetentionByHand() throws Exception {
        Api county = anonymous.as("taishan-admin", DEMO_PASSWORD);
        assertThat(anonymous.post("/api/v1/operations/backups", "{}").isProblem(401)).isTrue();
        assertThat(county.post("/api/v1/operations/backups", "{}").isProblem(403)).as("a county's admin").isTrue();
        Api.Reply backup = api.post("/api/v1/operations/backups", "{}");
        assertThat(backup.status()).as(backup.body()).isEqualTo(200);
        java.nio.file.Path file = java.nio.file.Path.of(backup.json().getString("file"));
        assertThat(file).exists();
        assertThat(file.getFileName().toString()).startsWith("qiaoyun-h2-").endsWith(".zip");
        assertThat(java.nio.file.Files.readString(java.nio.file.Path.of(file + ".sha256"))).startsWith(backup.json().getString("sha256"));

        assertThat(county.post("/api/v1/operations/audit-retention", "{}").isProblem(403)).as("a county's admin").isTrue();
        Api.Reply retention = api.post("/api/v1/operations/audit-retention", "{}");
        assertThat(retention.status()).as(retention.body()).isEqualTo(200);
        assertThat(retention.json().getInt("removed")).as("nothing on a new platform is 180 days old").isZero();
    }

    @Test
    void anonymousRequestsForStaticFilesLeaveNoSession() throws Exception {
        assertThat(anonymous.headers("/robots.txt").firstValue("Set-Cookie")).isEmpty();
        assertThat(anonymous.get("/robots.txt").body()).contains("Disallow: /");
        assertThat(anonymous.headers("/favicon.ico").firstValue("Set-Cookie")).isEmpty();
        // Vaadin answers the icon inside a session of its own: that session is gone once the icon is sent,
        // so the cookie it set opens nothing (a live session would not be given a new id)
        String first = sessionCookie(anonymous.headers("/icons/icon.png"));
        if (first != null) {
            var again = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://localhost:" + deployment.getPort() + "/icons/icon.png"))
                    .header("Cookie", first).GET().build(), java.net.http.HttpResponse.BodyHandlers.discarding());
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(sessionCookie(again.headers())).as("the first session was ended").isNotEqualTo(first);
        }
    }

    private static String sessionCookie(java.net.http.HttpHeaders headers) {
        return headers.allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).findFirst().orElse(null);
    }

    @Test
    void demoFederationsAreProvisionedFromTheTreeFile() {
        JsonObject taishan = api.get("/api/v1/tenants/gd-jiangmen-taishan").json();
        assertThat(taishan.getString("nameZh")).isEqualTo("台山市侨联");
        assertThat(taishan.getString("path")).isEqualTo("/cn/gd/gd-jiangmen/gd-jiangmen-taishan/");
        assertThat(api.get("/api/v1/tenants/gd-jnu").json().getString("level")).isEqualTo("institution");

        JsonObject first = api.get("/api/v1/tenants?parent=cn&size=1").json();
        JsonObject second = api.get("/api/v1/tenants?parent=cn&size=1&page=1").json();
        assertThat(first.getInt("total")).isEqualTo(2);
        assertThat(first.getJsonArray("items")).hasSize(1);
        assertThat(first.getJsonArray("items").getJsonObject(0).getString("code")).isEqualTo("fj");
        assertThat(second.getJsonArray("items").getJsonObject(0).getString("code")).isEqualTo("gd");
        assertThat(api.get("/api/v1/tenants?size=0").isProblem(400)).isTrue();
        assertThat(api.get("/api/v1/tenants?parent=nowhere").isProblem(404)).isTrue();
    }

    @Test
    void provinceProvisionsACountyOverRest() {
        Api.Reply created = api.post("/api/v1/tenants", """
                {"code":"gd-jiangmen-xinhui","parent":"gd-jiangmen","level":"County","nameZh":"新会区侨联","nameEn":"Xinhui"}""");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.location()).endsWith("/api/v1/tenants/gd-jiangmen-xinhui");
        assertThat(api.get("/api/v1/tenants/gd-jiangmen-xinhui").json().getString("level")).isEqualTo("county");

        Api.Reply again = api.post("/api/v1/tenants", """
                {"code":"gd-jiangmen-xinhui","parent":"gd-jiangmen","level":"county","nameZh":"新会","nameEn":"Xinhui"}""");
        assertThat(again.isProblem(409)).isTrue();
        assertThat(again.json().getString("field")).isEqualTo("code");
    }

    @Test
    void badProvisioningNamesTheFieldAndLeavesNothingBehind() {
        assertField(api.post("/api/v1/tenants", """
                {"code":"Bad_Code","parent":"gd","level":"city","nameZh":"x","nameEn":"x"}"""), "code");
        assertField(api.post("/api/v1/tenants", """
                {"code":"gd-too-high","parent":"gd","level":"province","nameZh":"x","nameEn":"x"}"""), "level");
        assertField(api.post("/api/v1/tenants", """
                {"code":"gd-no-name","parent":"gd","level":"city","nameZh":"无名"}"""), "nameEn");
        assertField(api.post("/api/v1/tenants", """
                {"code":"gd-orphan","parent":"atlantis","level":"city","nameZh":"x","nameEn":"x"}"""), "parent");
        assertThat(api.post("/api/v1/tenants", "{\"code\": ").isProblem(400)).isTrue();
        for (String code : new String[] {"gd-too-high", "gd-no-name", "gd-orphan"}) {
            assertThat(api.get("/api/v1/tenants/" + code).isProblem(404)).as(code).isTrue();
        }
    }

    @Test
    void staleEditIsRefusedAndSuspensionClosesTheTenant() {
        api.post("/api/v1/tenants", """
                {"code":"gd-jiangmen-enping","parent":"gd-jiangmen","level":"county","nameZh":"恩平市侨联","nameEn":"Enping"}""");
        long version = api.get("/api/v1/tenants/gd-jiangmen-enping").json().getJsonNumber("version").longValue();
        Api.Reply renamed = api.patch("/api/v1/tenants/gd-jiangmen-enping", """
                {"nameEn":"Enping Federation","version":%d}""".formatted(version));
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json().getString("nameEn")).isEqualTo("Enping Federation");
        Api.Reply stale = api.patch("/api/v1/tenants/gd-jiangmen-enping", """
                {"nameEn":"Overwritten","version":%d}""".formatted(version));
        assertThat(stale.isProblem(409)).isTrue();
        assertThat(api.get("/api/v1/tenants/gd-jiangmen-enping").json().getString("nameEn")).isEqualTo("Enping Federation");

        api.put("/api/v1/tenants/gd-jiangmen-enping/modules/greeting", "{\"enabled\":true}");
        assertThat(api.post("/api/v1/tenants/gd-jiangmen-enping/users", """
                {"username":"enping-worker","password":"恩平侨乡-worker-1","roles":["caseworker"]}""").status()).isEqualTo(201);
        Api worker = anonymous.as("enping-worker", "恩平侨乡-worker-1");
        assertThat(worker.get("/api/v1/tenants/gd-jiangmen-enping/greeting").status()).isEqualTo(200);
        Api.Reply paced = worker.post("/api/v1/tenants/gd-jiangmen-enping/greeting/paced", "{}");
        assertThat(paced.isProblem(429)).as("a module's limit per client: " + paced.body()).isTrue();
        assertThat(paced.json().getString("code")).isEqualTo("greeting.too-many");
        api.patch("/api/v1/tenants/gd-jiangmen-enping", "{\"status\":\"suspended\"}");
        assertThat(worker.get("/api/v1/tenants/gd-jiangmen-enping/greeting").isProblem(401))
                .as("users of a suspended tenant are refused").isTrue();
        api.patch("/api/v1/tenants/gd-jiangmen-enping", "{\"status\":\"active\"}");
        assertThat(worker.get("/api/v1/tenants/gd-jiangmen-enping/greeting").status()).isEqualTo(200);
        assertField(api.patch("/api/v1/tenants/gd-jiangmen-enping", "{\"status\":\"sleeping\"}"), "status");
        assertThat(api.patch("/api/v1/tenants/gd-jiangmen-enping", "{\"version\":1}").isProblem(400))
                .as("a change that names nothing to change").isTrue();
    }

    @Test
    void brokenModuleIsFailedWhileTheOtherServes() {
        var modules = api.get("/api/v1/modules").jsonArray();
        JsonObject greeting = find(modules, "greeting");
        JsonObject broken = find(modules, "broken");
        assertThat(greeting.getString("state")).isEqualTo("STARTED");
        assertThat(broken.getString("state")).isEqualTo("FAILED");
        assertThat(broken.getString("failure")).contains("db/broken/changelog.xml");
    }

    @Test
    void switchingAModuleShowsAndHidesItsApiAndViewWithoutRestart() {
        Api kaiping = anonymous.as("kaiping-admin", DEMO_PASSWORD);
        String api0 = "/api/v1/tenants/gd-jiangmen-kaiping/greeting";
        Api.Reply before = kaiping.get(api0);
        assertThat(before.isProblem(404)).isTrue();
        assertThat(before.json().getString("detail")).contains("not enabled");
        assertThat(screens.open("t/gd-jiangmen-kaiping/greeting")).as("the shell's page in Chinese, the reason only in the log")
                .contains("not-found-view", "您要打开的页面不存在，或者不在您的权限范围内。").doesNotContain("greeting-view", "not available");

        JsonObject switched = api.put("/api/v1/tenants/gd-jiangmen-kaiping/modules/greeting", "{\"enabled\":true}").json();
        assertThat(switched.getBoolean("enabled")).isTrue();
        assertThat(kaiping.post(api0, "{\"text\":\"开平碉楼欢迎你\"}").status()).isEqualTo(200);
        assertThat(kaiping.get(api0).body()).contains("开平碉楼欢迎你");
        assertThat(screens.open("t/gd-jiangmen-kaiping/greeting")).contains("greeting-view", "开平碉楼欢迎你");

        api.put("/api/v1/tenants/gd-jiangmen-kaiping/modules/greeting", "{\"enabled\":false}");
        assertThat(kaiping.get(api0).isProblem(404)).isTrue();
        assertThat(screens.open("t/gd-jiangmen-kaiping/greeting")).contains("not-found-view").doesNotContain("greeting-view");

        api.put("/api/v1/tenants/gd-jiangmen-kaiping/modules/greeting", "{\"enabled\":true}");
        assertThat(kaiping.get(api0).body()).as("data kept while switched off").contains("开平碉楼欢迎你");
    }

    @Test
    void parentPolicyForbidsEnablingAModule() {
        api.post("/api/v1/tenants", """
                {"code":"gd-foshan","parent":"gd","level":"city","nameZh":"佛山市侨联","nameEn":"Foshan"}""");
        api.post("/api/v1/tenants", """
                {"code":"gd-foshan-shunde","parent":"gd-foshan","level":"county","nameZh":"顺德区侨联","nameEn":"Shunde"}""");
        assertThat(api.put("/api/v1/tenants/gd-foshan/module-policy", "{\"allowed\":[]}").status()).isEqualTo(200);
        Api.Reply refused = api.put("/api/v1/tenants/gd-foshan-shunde/modules/greeting", "{\"enabled\":true}");
        assertThat(refused.isProblem(403)).isTrue();
        var modules = api.get("/api/v1/tenants/gd-foshan-shunde/modules").jsonArray();
        assertThat(find(modules, "greeting").getBoolean("allowed")).isFalse();

        assertField(api.put("/api/v1/tenants/gd-foshan/module-policy", "{}"), "allowed"); // not "allow everything"
        assertThat(find(api.get("/api/v1/tenants/gd-foshan-shunde/modules").jsonArray(), "greeting").getBoolean("allowed"))
                .as("the policy stands").isFalse();
        assertThat(api.put("/api/v1/tenants/gd-foshan/module-policy", "{\"allowed\":null}").status()).isEqualTo(200);
        assertThat(api.put("/api/v1/tenants/gd-foshan-shunde/modules/greeting", "{\"enabled\":true}").status()).isEqualTo(200);
        assertField(api.put("/api/v1/tenants/gd-foshan/module-policy", "{\"allowed\":[\"no-such-module\"]}"), "allowed");
    }

    @Test
    void tenantTreesArePlannedAndAppliedOverRestAndInvalidFilesRefusedWithEveryError() {
        String tree = """
                code: gd-zhaoqing
                parent: gd
                level: city
                nameZh: 肇庆市侨联
                nameEn: Zhaoqing
                children:
                  - code: gd-zhaoqing-sihui
                    level: county
                    nameZh: 四会市侨联
                    nameEn: Sihui
                    modulesEnabled: [greeting]
                """;
        Api gd = anonymous.as("gd-admin", DEMO_PASSWORD);
        JsonObject plan = gd.postYaml("/api/v1/tenants-config/plan", tree).json();
        assertThat(plan.getInt("count")).isEqualTo(3);
        assertThat(api.get("/api/v1/tenants/gd-zhaoqing").isProblem(404)).as("plan changes nothing").isTrue();

        JsonObject applied = gd.postYaml("/api/v1/tenants-config/apply", tree).json();
        assertThat(applied.getJsonArray("changes").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("tenant") + " " + c.getString("action"))
                .containsExactly("gd-zhaoqing create", "gd-zhaoqing-sihui create", "gd-zhaoqing-sihui enable");
        assertThat(gd.postYaml("/api/v1/tenants-config/apply", tree).json().getInt("count")).isZero();

        Api.Reply refused = gd.postYaml("/api/v1/tenants-config/apply", """
                code: gd-yunfu
                parent: gd
                level: town
                nameZh: 云浮市侨联
                nameEn: Yunfu
                children:
                  - code: Yunfu_Bad
                    level: county
                    nameZh: 坏
                    nameEn: Bad
                """);
        assertThat(refused.isProblem(400)).isTrue();
        assertThat(refused.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getInt("line") + " " + e.getString("field"))
                .contains("3 level", "7 code");
        assertThat(api.get("/api/v1/tenants/gd-yunfu").isProblem(404)).isTrue();

        Api.Reply foreign = anonymous.as("fj-admin", DEMO_PASSWORD).postYaml("/api/v1/tenants-config/plan", tree);
        assertThat(foreign.isProblem(400)).as("Fujian's admin cannot touch Guangdong").isTrue();
    }

    @Test
    void aidCaseGoesFromApplicationToPaymentThroughTheModulesApi() {
        Api worker = anonymous.as("taishan-caseworker", DEMO_PASSWORD);
        Api director = anonymous.as("taishan-admin", DEMO_PASSWORD);
        String aid = "/api/v1/tenants/gd-jiangmen-taishan/aid";
        assertThat(find(api.get("/api/v1/modules").jsonArray(), "aid").getString("state")).isEqualTo("STARTED");
        assertThat(worker.get("/api/v1/modules/aid/openapi").body()).contains("/cases/{id}/{step}", "reveal-id");

        String person = """
                {"name":"黄伯","residentId":"11010519491231002X","category":"returnee","tags":["empty_nest_elderly"],
                 "consentDate":"2026-11-01","consentBy":"黄伯"}""";
        Api.Reply badId = worker.post(aid + "/beneficiaries", person.replace("11010519491231002X", "110105194912310021"));
        assertField(badId, "residentId");
        Api.Reply registered = worker.post(aid + "/beneficiaries", person);
        assertThat(registered.status()).isEqualTo(201);
        JsonObject beneficiary = registered.json();
        assertThat(beneficiary.getString("residentId")).isEqualTo("1101**********002X");
        assertThat(worker.post(aid + "/beneficiaries", person).isProblem(409)).as("same ID twice").isTrue();
        assertThat(worker.post(aid + "/beneficiaries/" + beneficiary.getString("id") + "/reveal-id", "{}").isProblem(403)).isTrue();
        assertThat(director.post(aid + "/beneficiaries/" + beneficiary.getString("id") + "/reveal-id", "{}").json()
                .getString("residentId")).isEqualTo("11010519491231002X");
        String change = """
                {"name":"黄伯","phone":"13712345678","category":"returnee","tags":["empty_nest_elderly","low_income"],"version":%d}"""
                .formatted(beneficiary.getJsonNumber("version").longValue());
        assertThat(worker.put(aid + "/beneficiaries/" + beneficiary.getString("id"), change).json().getString("phone"))
                .isEqualTo("13712345678");
        assertThat(worker.put(aid + "/beneficiaries/" + beneficiary.getString("id"), change).isProblem(409))
                .as("the same change on the old version").isTrue();

        // an import's report names the wrong column in the reader's language alone (the template's header has both)
        byte[] sheet;
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var row = book.createSheet().createRow(1);
            String[] cells = {"错号", "110105194912310021", "归侨", "", "", "", "", "", "2026-11-01", "错号"};
            for (int c = 0; c < cells.length; c++) {
                row.createCell(c).setCellValue(cells[c]);
            }
            var out = new java.io.ByteArrayOutputStream();
            book.write(out);
            sheet = out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        assertThat(worker.accepting("zh-CN").send("POST", aid + "/beneficiaries/import", xlsx, sheet).json().getJsonArray("errors")
                .getJsonObject(0).getString("column")).isEqualTo("证件号码");
        assertThat(worker.accepting("en").send("POST", aid + "/beneficiaries/import", xlsx, sheet).json().getJsonArray("errors")
                .getJsonObject(0).getString("column")).isEqualTo("ID document number");

        String fund = director.post(aid + "/funds", "{\"name\":\"侨爱心基金\",\"source\":\"overseas_donation\"}").json().getString("id");
        director.post(aid + "/funds/" + fund + "/receipts", "{\"amount\":500.00}");
        String caseId = worker.post(aid + "/cases", "{\"beneficiaryId\":\"" + beneficiary.getString("id")
                + "\",\"type\":\"medical_aid\",\"requestedAmount\":800}").json().getString("id");
        assertThat(worker.post(aid + "/cases/" + caseId + "/approve", "{\"amount\":800}").isProblem(409))
                .as("a draft case cannot be approved").isTrue();
        worker.post(aid + "/cases/" + caseId + "/submit", "{}");
        Api.Reply early = director.post(aid + "/cases/" + caseId + "/approve", "{\"amount\":800}");
        assertThat(early.isProblem(409)).isTrue();
        assertThat(early.json().getString("detail")).contains("possible now: verify, reject");
        assertThat(early.json().getString("code")).isEqualTo("aid.case.step-not-now");
        assertThat(director.accepting("zh-CN").post(aid + "/cases/" + caseId + "/approve", "{\"amount\":800}").json().getString("detail"))
                .as("a module's refusal in the language asked for").isEqualTo("处于“已提交”状态的个案不能进行“批准”");
        worker.post(aid + "/cases/" + caseId + "/verify", "{\"visitDate\":\"2026-11-20\",\"visitor\":\"李社工\",\"findings\":\"属实\"}");
        assertThat(director.post(aid + "/cases/" + caseId + "/approve", "{\"amount\":800}").json().getString("status"))
                .isEqualTo("approved");
        Api.Reply tooMuch = worker.post(aid + "/cases/" + caseId + "/disburse", "{\"fundId\":\"" + fund + "\",\"amount\":600}");
        assertField(tooMuch, "amount");
        assertThat(worker.post(aid + "/cases/" + caseId + "/disburse", "{\"fundId\":\"" + fund + "\",\"amount\":500}")
                .status()).isEqualTo(200);
        assertThat(director.get(aid + "/funds/" + fund).json().getJsonNumber("balance").bigDecimalValue()).isEqualByComparingTo("0");
        assertThat(worker.get(aid + "/cases/" + caseId + "/timeline").jsonArray()).hasSize(5);
        assertThat(worker.accepting("zh-CN").get(aid + "/cases/" + caseId + "/timeline").jsonArray().getJsonObject(2).getString("comment"))
                .as("the platform's own notes in the language asked for").isEqualTo("2026-11-20 由 李社工 入户核实");
        assertThat(worker.get(aid + "/cases/" + caseId + "/timeline").jsonArray().getJsonObject(2).getString("comment"))
                .isEqualTo("home visit 2026-11-20 by 李社工");
        assertThat(worker.get(aid + "/cases?status=disbursed").json().getInt("total")).isEqualTo(1);
        assertField(worker.get(aid + "/cases?status=pending"), "status");

        // the hospital bill the case rests on: kept with the case, typed by content, read by viewers, never through the person
        byte[] bill = "%PDF-1.4\n台山市人民医院 住院费用清单\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
        Api.Reply kept = worker.send("POST", aid + "/cases/" + caseId + "/attachments?name="
                + java.net.URLEncoder.encode("住院账单.pdf", StandardCharsets.UTF_8), "application/octet-stream", bill);
        assertThat(kept.status()).as(kept.body()).isEqualTo(201);
        String file = kept.json().getString("id");
        Api.Reply disguised = worker.accepting("zh-CN").send("POST", aid + "/cases/" + caseId + "/attachments?name=bill.pdf",
                "application/pdf", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
        assertField(disguised, "file");
        Api viewer = anonymous.as("taishan-viewer", DEMO_PASSWORD);
        assertThat(viewer.get(aid + "/cases/" + caseId + "/attachments").jsonArray()).hasSize(1);
        Api.Reply download = viewer.get(aid + "/cases/" + caseId + "/attachments/" + file);
        assertThat(download.contentType()).startsWith("application/pdf");
        assertThat(download.body()).contains("住院费用清单");
        assertThat(viewer.send("DELETE", aid + "/cases/" + caseId + "/attachments/" + file, null, null).isProblem(403)).isTrue();
        assertThat(worker.get(aid + "/beneficiaries/" + beneficiary.getString("id") + "/attachments/" + file).isProblem(404))
                .as("the case's file is not the person's").isTrue();
        assertThat(worker.send("DELETE", aid + "/cases/" + caseId + "/attachments/" + file, null, null).status()).isEqualTo(204);
        assertThat(worker.get(aid + "/cases/" + caseId + "/attachments").jsonArray()).isEmpty();

        // the 300 yuan still approved, paid as 100 a month from this month; the fund is empty until a receipt comes
        String month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        String schedule = "{\"fundId\":\"" + fund + "\",\"monthlyAmount\":100,\"firstMonth\":\"" + month + "\",\"months\":%d}";
        assertField(director.post(aid + "/cases/" + caseId + "/schedule", schedule.formatted(4)), "months");
        assertThat(director.post(aid + "/cases/" + caseId + "/schedule", schedule.formatted(3)).status()).isEqualTo(201);
        assertThat(director.get(aid + "/cases/" + caseId + "/schedule").json().getInt("months")).isEqualTo(3);
        String pay = "{\"month\":\"" + month + "\"}";
        assertField(worker.post(aid + "/cases/" + caseId + "/schedule/payments", pay), "amount");
        JsonObject due = worker.accepting("zh-CN").get(aid + "/payments-due").jsonArray().getJsonObject(0);
        assertThat(due.getString("beneficiaryName")).isEqualTo("黄伯");
        assertThat(due.getString("refusal")).as("the month stays due with the reason").contains("侨爱心基金");
        director.post(aid + "/funds/" + fund + "/receipts", "{\"amount\":1000.00}");
        assertThat(worker.post(aid + "/cases/" + caseId + "/schedule/payments", pay).status()).isEqualTo(201);
        assertThat(worker.post(aid + "/cases/" + caseId + "/schedule/payments", pay).isProblem(409)).as("never twice").isTrue();
        assertThat(worker.get(aid + "/payments-due").jsonArray()).isEmpty();
        assertField(director.post(aid + "/cases/" + caseId + "/schedule/stop", "{\"reason\":\" \"}"), "reason");
        assertThat(director.post(aid + "/cases/" + caseId + "/schedule/stop", "{\"reason\":\"已迁居\"}").json().getString("status"))
                .isEqualTo("stopped");

        // given to a caseworker by a day: a volunteer is no caseworker; the case is then the caseworker's own
        assertField(director.post(aid + "/cases/" + caseId + "/assignment", "{\"assignee\":\"taishan-volunteer\"}"), "assignee");
        String dueBy = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(7).toString();
        JsonObject assigned = director.post(aid + "/cases/" + caseId + "/assignment",
                "{\"assignee\":\"taishan-caseworker\",\"dueDate\":\"" + dueBy + "\"}").json();
        assertThat(assigned.getString("assignee")).isEqualTo("taishan-caseworker");
        assertThat(assigned.getBoolean("overdue")).isFalse();
        assertThat(worker.get(aid + "/cases?mine=true").json().getJsonArray("items").stream()
                .map(c -> c.asJsonObject().getString("id"))).contains(caseId);
        assertThat(worker.get(aid + "/cases?overdue=true").json().getInt("total")).isZero();

        // referred to 低保: the body named when missing, the outcome recorded once
        assertField(worker.post(aid + "/cases/" + caseId + "/referrals", "{\"scheme\":\"dibao\",\"referredOn\":\"2026-11-21\"}"), "body");
        JsonObject referral = worker.post(aid + "/cases/" + caseId + "/referrals",
                "{\"scheme\":\"dibao\",\"referredOn\":\"2026-11-21\",\"body\":\"台城街道民政办\"}").json();
        assertThat(referral.getString("outcome")).isEqualTo("pending");
        String outcome = aid + "/cases/" + caseId + "/referrals/" + referral.getString("id") + "/outcome";
        assertThat(worker.post(outcome, "{\"outcome\":\"granted\",\"outcomeOn\":\"2026-11-28\",\"version\":%d}"
                .formatted(version(referral))).json().getString("outcome")).isEqualTo("granted");
        assertThat(worker.post(outcome, "{\"outcome\":\"refused\",\"outcomeOn\":\"2026-11-28\"}").isProblem(409)).isTrue();
        assertThat(viewer.get(aid + "/cases/" + caseId + "/referrals").jsonArray()).hasSize(1);

        // the donor's account: the payments with the name masked, the workbook in Chinese when asked
        JsonObject report = viewer.get(aid + "/funds/" + fund + "/donor-report").json();
        assertThat(report.getJsonArray("uses").getJsonObject(0).getString("beneficiary")).isEqualTo("黄*");
        assertThat(report.getJsonObject("usedByType").getJsonNumber("medical_aid").bigDecimalValue()).isEqualByComparingTo("600");
        Api.Reply workbook = viewer.accepting("zh-CN").get(aid + "/funds/" + fund + "/donor-report.xlsx");
        assertThat(workbook.status()).isEqualTo(200);
        assertThat(workbook.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    /**
     * An overseas Chinese without a resident ID is registered by passport through the module's API; a residence
     * permit with a wrong check character is refused with 400 naming the field, in Chinese when asked.
     */
    /** A 送温暖 campaign through the module's API: beyond its budget refused naming the shortfall, then approved once, visited by its volunteer. */
    @Test
    void aWinterWarmthCampaignIsApprovedOnceVisitedByItsVolunteerAndPostedThroughTheModulesApi() {
        Api worker = anonymous.as("taishan-caseworker", DEMO_PASSWORD);
        Api director = anonymous.as("taishan-admin", DEMO_PASSWORD);
        Api volunteer = anonymous.as("taishan-volunteer", DEMO_PASSWORD);
        String aid = "/api/v1/tenants/gd-jiangmen-taishan/aid";
        long run = Math.floorMod(System.nanoTime(), 1000L);
        String area = "侨圩" + run;
        String seventeen = "44078119500315" + String.format("%03d", run);
        String id = seventeen + org.qiaoyun.api.personal.ResidentId.checkCharacter(seventeen);
        String person = """
                {"name":"关婆婆","residentId":"%s","phone":"13600000%03d","address":"台山市%s村 1 号","category":"relative",
                 "tags":["empty_nest_elderly"],"consentDate":"2026-11-01","consentBy":"关婆婆"}""".formatted(id, run, area);
        Api.Reply registered = worker.post(aid + "/beneficiaries", person);
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String fund = director.post(aid + "/funds", "{\"name\":\"春节慰问金\",\"source\":\"fiscal_budget\"}").json().getString("id");
        director.post(aid + "/funds/" + fund + "/receipts", "{\"amount\":1000.00}");

        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        String campaign = """
                {"name":"春节送温暖","kind":"winter_warmth","from":"%s","to":"%s","tags":["empty_nest_elderly"],"areas":["%s"]%s}""";
        assertField(worker.post(aid + "/campaigns", campaign.formatted(today, today.plusDays(20), area, "")), "funds");
        Api.Reply drafted = worker.post(aid + "/campaigns", campaign.formatted(today, today.plusDays(20), area,
                ",\"funds\":[{\"fundId\":\"" + fund + "\",\"amount\":300}]"));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        String campaignId = drafted.json().getString("id");
        String campaigns = aid + "/campaigns/" + campaignId;
        assertThat(worker.post(campaigns + "/households/pick", "{\"cash\":500,\"visitor\":\"taishan-volunteer\"}").json()
                .getInt("added")).isEqualTo(1);
        Api.Reply over = director.accepting("zh-CN").post(campaigns + "/approve", "{}");
        assertField(over, "budget");
        assertThat(over.json().getString("detail")).isEqualTo("名单现金合计 ¥500.00，超出预算 ¥300.00，缺口 ¥200.00");
        long version = worker.get(campaigns).json().getJsonNumber("version").longValue();
        assertThat(worker.put(campaigns, campaign.formatted(today, today.plusDays(20), area,
                ",\"version\":" + version + ",\"funds\":[{\"fundId\":\"" + fund + "\",\"amount\":600}]")).status()).isEqualTo(200);
        assertThat(director.post(campaigns + "/approve", "{}").json().getString("status")).isEqualTo("approved");
        assertThat(worker.post(campaigns + "/households/pick", "{\"cash\":500}").isProblem(409)).as("the list is fixed").isTrue();

        // the volunteer sees the household given to them, never its ID number, and records the visit once
        assertThat(volunteer.get(aid + "/campaigns").isProblem(403)).as("not the campaigns themselves").isTrue();
        Api.Reply visits = volunteer.get(aid + "/campaigns/visits");
        assertThat(visits.body()).contains("关婆婆", area).doesNotContain(id).doesNotContain(seventeen.substring(0, 6) + "*");
        JsonObject visit = visits.jsonArray().stream().map(v -> v.asJsonObject())
                .filter(v -> v.getString("campaignId").equals(campaignId)).findFirst().orElseThrow();
        String record = campaigns + "/households/" + visit.getString("householdId") + "/visit";
        assertThat(worker.post(record, "{\"date\":\"" + today + "\",\"handedOver\":true}").isProblem(404))
                .as("nobody records it in the visitor's place").isTrue();
        assertField(volunteer.post(record, "{\"date\":\"" + today + "\"}"), "handedOver");
        assertThat(volunteer.post(record, "{\"date\":\"" + today + "\",\"handedOver\":true}").json().getString("outcome"))
                .isEqualTo("handed_over");
        assertThat(volunteer.post(record, "{\"date\":\"" + today + "\",\"handedOver\":true}").isProblem(409)).isTrue();
        assertThat(director.get(aid + "/funds/" + fund).json().getJsonNumber("balance").bigDecimalValue()).isEqualByComparingTo("500");
        assertThat(worker.get(campaigns + "/account").json().getJsonNumber("cashHandedOver").bigDecimalValue()).isEqualByComparingTo("500");
        Api.Reply notice = worker.get(campaigns + "/notice.xlsx");
        assertThat(notice.status()).isEqualTo(200);
        assertThat(notice.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void aBeneficiaryIsRegisteredByPassportAndADocumentWithAWrongCheckCharacterIsNamed() {
        Api worker = anonymous.as("taishan-caseworker", DEMO_PASSWORD);
        Api director = anonymous.as("taishan-admin", DEMO_PASSWORD);
        String aid = "/api/v1/tenants/gd-jiangmen-taishan/aid";
        String passport = "A" + String.format("%07d", Math.floorMod(System.nanoTime(), 10_000_000L));
        String person = """
                {"name":"陈美玲","documentKind":"foreign_passport","documentNumber":"%s","issuingCountry":"MYS",
                 "birthDate":"1958-03-02","gender":"female","category":"relative","consentDate":"2026-11-01","consentBy":"陈美玲"}"""
                .formatted(passport);
        Api.Reply registered = worker.post(aid + "/beneficiaries", person);
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        JsonObject chan = registered.json();
        assertThat(chan.getString("documentKind")).isEqualTo("foreign_passport");
        assertThat(chan.getString("issuingCountry")).isEqualTo("MYS");
        assertThat(chan.getString("documentNumber")).isEqualTo("A****" + passport.substring(5));
        assertThat(chan.toString()).doesNotContain(passport);
        assertThat(chan.getInt("birthYear")).isEqualTo(1958);
        assertThat(worker.post(aid + "/beneficiaries", person).isProblem(409)).as("the same passport twice").isTrue();
        assertThat(director.post(aid + "/beneficiaries/" + chan.getString("id") + "/reveal-id", "{}").json()
                .getString("documentNumber")).isEqualTo(passport);
        assertField(worker.post(aid + "/beneficiaries", person.replace("\"MYS\"", "\"ZZZ\"")), "issuingCountry");

        String permit = "81000019700505123" + org.qiaoyun.api.personal.ResidentId.checkCharacter("81000019700505123");
        String wrong = permit.substring(0, 17) + (permit.charAt(17) == '1' ? '2' : '1');
        String byPermit = """
                {"name":"何婆","documentKind":"hmt_residence_permit","documentNumber":"%s","category":"relative",
                 "consentDate":"2026-11-01","consentBy":"何婆"}""";
        Api.Reply badCheck = worker.accepting("zh-CN").post(aid + "/beneficiaries", byPermit.formatted(wrong));
        assertField(badCheck, "documentNumber");
        assertThat(badCheck.json().getString("detail")).isEqualTo("这个港澳台居民居住证号码的校验码不对");
        assertThat(badCheck.json().getString("code")).isEqualTo("platform.document.hmt-residence-permit.check");
        assertField(worker.post(aid + "/beneficiaries", byPermit.formatted("H1234567")), "documentNumber");

        // re-sealing under the module's key (a key rotation's last step): the admin's, in batches, until nothing remains
        Api.Reply rotated = director.post(aid + "/beneficiaries/id-key-rotation?batchSize=100&batches=1000", "{}");
        assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
        assertThat(rotated.json().getJsonNumber("remaining").longValue()).isZero();
        assertThat(worker.post(aid + "/beneficiaries/id-key-rotation", "{}").isProblem(403)).as("admins only").isTrue();
        assertField(director.post(aid + "/beneficiaries/id-key-rotation?batchSize=0", "{}"), "batchSize");
        assertThat(director.post(aid + "/beneficiaries/" + chan.getString("id") + "/reveal-id", "{}").json()
                .getString("documentNumber")).as("still read after re-sealing").isEqualTo(passport);
    }

    @Test
    void aCountyRecordsAVillageAndTheCityWatchesItsGapOpenAndClose() {
        Api admin = anonymous.as("taishan-admin", DEMO_PASSWORD);
        Api viewer = anonymous.as("taishan-viewer", DEMO_PASSWORD);
        Api city = anonymous.as("jiangmen-admin", DEMO_PASSWORD);
        String areas = "/api/v1/tenants/gd-jiangmen-taishan/areas";
        assertThat(admin.post(areas, """
                {"divisionCode":"440781103","name":"白沙镇","people":388,"surveyYear":2025,"organisation":"none"}""").status())
                .isEqualTo(201);
        JsonObject before = viewer.get("/api/v1/tenants/gd-jiangmen-taishan/coverage").json();
        assertThat(before.getJsonArray("rows").getJsonObject(0).getString("code")).as("the county's own areas").isEqualTo("gd-jiangmen-taishan");
        long gap = before.getJsonObject("total").getJsonNumber("gap").longValue();
        assertThat(gap).as("a township of 388 people without a federation").isPositive();

        Api.Reply recorded = admin.post(areas, """
                {"divisionCode":"440781102201","name":"四九村","people":40,"surveyYear":2026,"organisation":"none"}""");
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(recorded.json().getString("coverage")).isEqualTo("gap");
        assertThat(viewer.get("/api/v1/tenants/gd-jiangmen-taishan/coverage").json().getJsonObject("total").getJsonNumber("gap").longValue())
                .isEqualTo(gap + 1);
        String id = recorded.json().getString("id");
        String closed = """
                {"divisionCode":"440781102201","name":"四九村","people":40,"surveyYear":2026,"organisation":"federation",
                 "organisationName":"四九村侨联","version":%d}""".formatted(recorded.json().getJsonNumber("version").longValue());
        assertThat(admin.put(areas + "/" + id, closed).json().getString("coverage")).isEqualTo("covered");
        assertThat(admin.put(areas + "/" + id, closed).isProblem(409)).as("the same change on the old version").isTrue();
        JsonObject byCounty = city.get("/api/v1/tenants/gd-jiangmen/coverage").json();
        JsonObject taishan = byCounty.getJsonArray("rows").stream().map(v -> v.asJsonObject())
                .filter(r -> r.getString("code").equals("gd-jiangmen-taishan")).findFirst().orElseThrow();
        assertThat(taishan.getJsonObject("figures").getJsonNumber("gap").longValue()).isEqualTo(gap);

        assertField(admin.post(areas, "{\"divisionCode\":\"440783100201\",\"name\":\"别县的村\",\"people\":40}"), "divisionCode");
        assertField(admin.post(areas, "{\"divisionCode\":\"440781102202\",\"name\":\"村\",\"people\":-3}"), "people");
        assertThat(admin.post(areas, "{\"divisionCode\":\"440781102202\",\"name\":\"村\",\"people\":\"40\"}").isProblem(400))
                .as("a count written as a string").isTrue();
        assertThat(admin.accepting("zh-CN").post(areas, "{\"divisionCode\":\"4407811\",\"name\":\"村\",\"people\":4}").json()
                .getString("detail")).startsWith("区划代码须为 9 位");
        assertThat(anonymous.as("taishan-caseworker", DEMO_PASSWORD).get("/api/v1/tenants/gd-jiangmen-taishan/coverage").isProblem(403)).isTrue();
        assertThat(viewer.post(areas, "{\"divisionCode\":\"440781102202\",\"name\":\"村\",\"people\":4}").isProblem(403)).isTrue();
        assertThat(anonymous.as("kaiping-admin", DEMO_PASSWORD).get(areas).isProblem(404)).as("a sibling county").isTrue();
        assertField(city.post("/api/v1/tenants", """
                {"code":"gd-jiangmen-heshan","parent":"gd-jiangmen","level":"county","nameZh":"鹤山市侨联","nameEn":"Heshan",
                 "divisionCode":"440881"}"""), "divisionCode"); // a county of 湛江 placed under 江门

        // the areas as Excel: a wrong row refuses the whole file naming its line and column; a clean one goes in
        Api.Reply refused = admin.accepting("zh-CN").send("POST", areas + "/import", XLSX,
                areaWorkbook(new String[] {"440781104", "冲蒌镇", "", "50"}, new String[] {"440781104201", "村", "", "-1"}));
        assertThat(refused.isProblem(400)).as(refused.body()).isTrue();
        JsonObject wrongRow = refused.json().getJsonArray("errors").getJsonObject(0);
        assertThat(wrongRow.getInt("line")).isEqualTo(3);
        assertThat(wrongRow.getString("column")).isEqualTo("侨情人数");
        Api.Reply imported = admin.send("POST", areas + "/import", XLSX, areaWorkbook(new String[] {"440781104", "冲蒌镇", "", "50"}));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().getInt("recorded")).isEqualTo(1);
        Api.Reply sheet = viewer.get("/api/v1/tenants/gd-jiangmen-taishan/areas.xlsx");
        assertThat(sheet.status()).isEqualTo(200);
        assertThat(sheet.contentType()).startsWith(XLSX);
        assertThat(city.get("/api/v1/tenants/gd-jiangmen/coverage.xlsx").contentType()).startsWith(XLSX);
        JsonObject progress = city.get("/api/v1/tenants/gd-jiangmen/coverage").json().getJsonObject("progress");
        assertThat(progress.getInt("targetYear")).as("five years from 2019 unless the province set another").isEqualTo(2024);
        assertThat(progress.getJsonArray("years").getJsonObject(0).getInt("year")).isEqualTo(2019);
        assertField(city.put("/api/v1/tenants/gd-jiangmen/coverage/target", "{\"targetYear\":2026}"), null);
    }

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A workbook of areas as a county fills one in: a header row, then the rows as text. */
    private static byte[] areaWorkbook(String[]... rows) {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.createSheet("乡镇和村");
            sheet.createRow(0).createCell(0).setCellValue("区划代码");
            for (int r = 0; r < rows.length; r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aFederationKeepsItsOrganisationRecordAndAWrongCreditCodeIsNamed() {
        Api admin = anonymous.as("kaiping-admin", DEMO_PASSWORD);
        String profile = "/api/v1/tenants/gd-jiangmen-kaiping/profile";
        assertThat(admin.get(profile).json().containsKey("version")).as("nothing saved yet: no version").isFalse();
        Api.Reply wrong = admin.accepting("zh-CN").put(profile, """
                {"form":"federation","uscc":"91440300708461136X","termYears":5}""");
        assertField(wrong, "uscc");
        assertThat(wrong.json().getString("detail")).isEqualTo("统一社会信用代码的校验码“X”不对");
        JsonObject saved = admin.put(profile, """
                {"form":"federation","uscc":"91440300708461136T","foundedOn":"1984-05-04","lastElection":"2021-05-04","termYears":5,
                 "returnees":800,"relatives":42000}""").json();
        assertThat(saved.getString("electionDue")).isEqualTo("2026-05-04");
        assertThat(admin.put(profile, "{\"form\":\"federation\",\"termYears\":5}").isProblem(400)).as("a save naming no version").isTrue();
        assertThat(admin.put(profile, "{\"form\":\"federation\",\"termYears\":5,\"version\":%d}"
                .formatted(saved.getJsonNumber("version").longValue() + 1)).isProblem(409)).isTrue();
        assertThat(anonymous.as("taishan-admin", DEMO_PASSWORD).get(profile).isProblem(404)).as("a sibling county").isTrue();
        assertThat(anonymous.as("jiangmen-admin", DEMO_PASSWORD).get(profile).json().getInt("relatives")).isEqualTo(42000);

        // committee members on the record: names and positions only, a term run out flagged
        Api.Reply member = admin.post(profile + "/members", """
                {"name":"关秀梅","position":"副主席","termStart":"2015-06-01","termEnd":"2020-05-31"}""");
        assertThat(member.status()).as(member.body()).isEqualTo(201);
        assertThat(member.json().getBoolean("termOverdue")).isTrue();
        assertField(admin.post(profile + "/members", "{\"name\":\"关秀梅\",\"position\":\"委员\"}"), "termStart");
        assertThat(admin.get(profile).json().getJsonArray("members").getJsonObject(0).getString("position")).isEqualTo("副主席");
    }

    @Test
    void aHomeOfOverseasChineseIsAssessedFromAboveAndAwardedOnce() {
        Api county = anonymous.as("taishan-admin", DEMO_PASSWORD);
        Api city = anonymous.as("jiangmen-admin", DEMO_PASSWORD);
        String homes = "/api/v1/tenants/gd-jiangmen-taishan/homes";
        JsonObject home = county.post(homes, """
                {"name":"斗山侨胞之家","place":"斗山镇党群服务中心","hosting":"party-mass-centre"}""").json();
        String id = home.getString("id");
        JsonObject assessed = county.put(homes + "/" + id + "/self-assessment", """
                {"evidence":{"organisation":"理事会五人","activities":"每月一次联谊"},"version":%d}"""
                .formatted(home.getJsonNumber("version").longValue())).json();
        assertThat(assessed.getInt("selfScore")).isEqualTo(2);
        assertThat(county.put(homes + "/" + id + "/assessment", "{\"score\":5,\"version\":%d}"
                .formatted(assessed.getJsonNumber("version").longValue())).isProblem(403)).as("not from the home's own federation").isTrue();
        JsonObject scored = city.put(homes + "/" + id + "/assessment", "{\"score\":2,\"note\":\"经费、阵地待落实\",\"version\":%d}"
                .formatted(assessed.getJsonNumber("version").longValue())).json();
        assertThat(scored.getInt("assessedScore")).isEqualTo(2);
        JsonObject applied = county.post(homes + "/" + id + "/model-application", "{\"year\":2026,\"level\":\"gd-jiangmen\",\"version\":%d}"
                .formatted(scored.getJsonNumber("version").longValue())).json();
        assertThat(applied.getString("modelStatus")).isEqualTo("applied");
        String decision = "{\"award\":false,\"version\":%d}".formatted(applied.getJsonNumber("version").longValue());
        assertThat(city.post(homes + "/" + id + "/model-decision", decision).json().getString("modelStatus")).isEqualTo("declined");
        Api.Reply twice = city.post(homes + "/" + id + "/model-decision", "{\"award\":true,\"version\":%d}"
                .formatted(applied.getJsonNumber("version").longValue() + 1));
        assertThat(twice.isProblem(409)).as(twice.body()).isTrue();
        assertField(county.put(homes + "/" + id + "/self-assessment", "{\"evidence\":{\"funding\":\" \"},\"version\":%d}"
                .formatted(applied.getJsonNumber("version").longValue() + 1)), "evidence.funding");
        assertThat(anonymous.as("taishan-viewer", DEMO_PASSWORD).get(homes).json().getInt("total")).isPositive();

        // a photo or document as evidence of a have: kept by the county, read by the city that assesses
        Api.Reply kept = county.send("POST", homes + "/" + id + "/evidence/activities/files?name=" + java.net.URLEncoder.encode("活动安排.pdf",
                java.nio.charset.StandardCharsets.UTF_8), "application/pdf", "%PDF-1.7\n斗山侨胞之家活动安排\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(kept.status()).as(kept.body()).isEqualTo(201);
        assertThat(city.get(homes + "/" + id + "/evidence/activities/files").body()).contains("活动安排.pdf");
        assertThat(city.get(homes + "/" + id + "/evidence/files/" + kept.json().getString("id")).status()).isEqualTo(200);
        assertThat(county.send("POST", homes + "/" + id + "/evidence/activities/files?name=x.pdf", "application/pdf",
                "MZ not a pdf".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).isProblem(400)).as("typed by content").isTrue();
    }

    @Test
    void aCityKeepsItsNetworksAndTheProvinceCountsThemInTheRegistrysFigures() {
        Api city = anonymous.as("jiangmen-admin", DEMO_PASSWORD);
        String associations = "/api/v1/tenants/gd-jiangmen/associations";
        int abroadBefore = city.get(associations + "?scope=overseas").json().getInt("total");
        Api.Reply chamber = city.post(associations, """
                {"scope":"domestic","kind":"chamber","name":"江门市五邑侨商会","uscc":"91350100M000100Y43","chair":"陈国华","members":260}""");
        assertThat(chamber.status()).as(chamber.body()).isEqualTo(201);
        Api.Reply abroad = city.post(associations, """
                {"scope":"overseas","kind":"hometown","name":"旧金山台山宁阳会馆","country":"美国","city":"旧金山","since":1999}""");
        assertThat(abroad.status()).as(abroad.body()).isEqualTo(201);
        assertField(city.post(associations, "{\"scope\":\"domestic\",\"kind\":\"chamber\",\"name\":\"某商会\",\"uscc\":\"91350100M000100Y4O\"}"), "uscc");
        assertField(city.post(associations, "{\"scope\":\"overseas\",\"name\":\"某侨团\"}"), "country");
        assertField(city.post(associations, "{\"scope\":\"abroad\",\"name\":\"某侨团\"}"), "scope");
        String id = chamber.json().getString("id");
        long version = chamber.json().getJsonNumber("version").longValue();
        assertThat(city.put(associations + "/" + id, """
                {"scope":"domestic","kind":"chamber","name":"江门市侨商联合会","version":%d}""".formatted(version)).status()).isEqualTo(200);
        assertThat(city.put(associations + "/" + id, """
                {"scope":"domestic","kind":"chamber","name":"旧名","version":%d}""".formatted(version)).isProblem(409))
                .as("a change over someone else's").isTrue();
        assertThat(anonymous.as("taishan-admin", DEMO_PASSWORD).get(associations).isProblem(404)).as("the city above its county").isTrue();
        assertThat(city.get(associations + "?scope=overseas").json().getInt("total")).isEqualTo(abroadBefore + 1);

        JsonObject whole = anonymous.as("gd-admin", DEMO_PASSWORD)
                .get("/api/v1/tenants/gd/indicators?module=registry&indicator=associations").json().getJsonArray("indicators").getJsonObject(0);
        assertThat(whole.getString("nameZh")).as("the province reads the networks as a registry figure").isEqualTo("联系社团");
        assertThat(whole.getJsonObject("total").getJsonNumber("value").longValue()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aNominationGoesUpLevelByLevelAndIsDecidedOnce() {
        Api county = anonymous.as("taishan-admin", DEMO_PASSWORD);
        Api city = anonymous.as("jiangmen-admin", DEMO_PASSWORD);
        int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
        Api.Reply sent = county.post("/api/v1/tenants/gd-jiangmen-taishan/nominations", """
                {"award":"worker","year":%d,"nominee":"伍少芳","citation":"扎根侨乡，建成村级侨联六个","awardingTenant":"gd-jiangmen"}"""
                .formatted(year));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        assertThat(sent.json().getString("waitingAt")).isEqualTo("gd-jiangmen");
        assertField(county.post("/api/v1/tenants/gd-jiangmen-taishan/nominations", """
                {"award":"best","year":%d,"nominee":"某人","citation":"事迹","awardingTenant":"gd"}""".formatted(year)), "award");
        assertField(county.post("/api/v1/tenants/gd-jiangmen-taishan/nominations", """
                {"award":"worker","year":%d,"nominee":"某人","citation":"事迹","awardingTenant":"gd-jiangmen-kaiping"}""".formatted(year)),
                "awardingTenant");
        String id = sent.json().getString("id");
        String decision = "/api/v1/tenants/gd-jiangmen/nominations/" + id + "/decision";
        assertField(city.post(decision, "{\"decision\":\"recommend\",\"version\":%d}".formatted(sent.json().getJsonNumber("version").longValue())),
                "decision");
        Api.Reply awarded = city.post(decision, "{\"decision\":\"award\",\"version\":%d}".formatted(sent.json().getJsonNumber("version").longValue()));
        assertThat(awarded.json().getString("status")).as(awarded.body()).isEqualTo("awarded");
        assertThat(city.post(decision, "{\"decision\":\"decline\",\"reason\":\"重复\",\"version\":%d}"
                .formatted(awarded.json().getJsonNumber("version").longValue())).isProblem(409)).as("decided twice").isTrue();
        JsonObject opened = county.get("/api/v1/tenants/gd-jiangmen-taishan/nominations/" + id).json();
        assertThat(opened.getJsonArray("steps")).hasSize(2);
        assertThat(anonymous.as("kaiping-admin", DEMO_PASSWORD).get("/api/v1/tenants/gd-jiangmen-kaiping/nominations/" + id).isProblem(404))
                .as("a sibling county does not find it").isTrue();
    }

    @Test
    void aLegalConsultationIsTakenInAssignedAnsweredAndClosedAndNobodyElseFindsIt() {
        Api admin = anonymous.as("taishan-admin", DEMO_PASSWORD);
        Api head = anonymous.as("taishan-caseworker", DEMO_PASSWORD); // a centre's head may hold any role
        Api adviser = anonymous.as("taishan-adviser", DEMO_PASSWORD);
        String legal = "/api/v1/tenants/gd-jiangmen-taishan/legal";
        Api.Reply centre = admin.post(legal + "/stations", """
                {"kind":"centre","name":"台山市侨联法律服务中心","place":"台城街道","head":"taishan-caseworker"}""");
        assertThat(centre.status()).as(centre.body()).isEqualTo(201);
        String station = centre.json().getString("id");
        assertField(admin.post(legal + "/advisers", """
                {"username":"taishan-volunteer","name":"阿芳","specialities":["inheritance"],"stationIds":["%s"]}"""
                .formatted(station)), "username"); // an account advises only in the legal adviser's role
        Api.Reply added = admin.post(legal + "/advisers", """
                {"username":"taishan-adviser","name":"李律师","specialities":["inheritance"],"languages":["台山话"],"stationIds":["%s"]}"""
                .formatted(station));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        String adviserId = added.json().getString("id");

        assertField(adviser.post(legal + "/consultations", """
                {"stationId":"%s","channel":"walk_in","personName":"黄伯","relation":"returnee","facts":"祖屋继承"}""".formatted(station)),
                "category");
        Api.Reply taken = adviser.post(legal + "/consultations", """
                {"stationId":"%s","channel":"walk_in","personName":"黄伯","relation":"returnee","category":"inheritance",
                 "facts":"父亲在美国去世，台山祖屋的继承手续如何办理"}""".formatted(station));
        assertThat(taken.status()).as(taken.body()).isEqualTo(201);
        JsonObject matter = taken.json();
        String id = matter.getString("id");
        String at = legal + "/consultations/" + id;
        matter = head.post(at + "/check-conflicts", "{\"decision\":\"clear\",\"version\":%d}".formatted(version(matter))).json();
        Api.Reply wrongAdviser = head.post(at + "/assign", "{\"adviserId\":\"nobody\",\"version\":%d}".formatted(version(matter)));
        assertThat(wrongAdviser.isProblem(400)).as(wrongAdviser.body()).isTrue();
        matter = head.post(at + "/assign", "{\"adviserId\":\"%s\",\"version\":%d}".formatted(adviserId, version(matter))).json();
        assertThat(matter.getString("status")).isEqualTo("assigned");

        // confidentiality: every other role of the federation, the parent's admin and another county's adviser find nothing
        assertThat(admin.get(at).isProblem(404)).as("an admin who is neither head nor adviser").isTrue();
        assertThat(anonymous.as("jiangmen-admin", DEMO_PASSWORD).post("/api/v1/tenants/gd-jiangmen-kaiping/users", """
                {"username":"kaiping-adviser","password":"开平碉楼-adviser-2026","roles":["legal_adviser"]}""").status()).isEqualTo(201);
        for (String other : new String[] {"taishan-admin", "taishan-organiser", "taishan-volunteer", "taishan-viewer", "jiangmen-admin",
                "kaiping-adviser"}) {
            Api someone = anonymous.as(other, other.equals("kaiping-adviser") ? "开平碉楼-adviser-2026" : DEMO_PASSWORD);
            Api.Reply read = someone.get(at);
            assertThat(read.status()).as(other + " reads the matter").isIn(403, 404);
            assertThat(someone.get(at + "/timeline").status()).as(other + " reads its timeline").isIn(403, 404);
            Api.Reply list = someone.get(legal + "/consultations?search=" + java.net.URLEncoder.encode("黄伯", StandardCharsets.UTF_8));
            assertThat(list.status() != 200 || list.json().getInt("total") == 0).as(other + " finds it in a list: " + list.body()).isTrue();
        }
        assertThat(head.get(at).status()).as("the head").isEqualTo(200);
        assertThat(adviser.get(at).status()).as("the adviser").isEqualTo(200);

        // the documents the person brought: kept with the matter, typed by content, read by its people only
        byte[] deed = "%PDF-1.4\n台山祖屋 房产证\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
        Api.Reply kept = adviser.send("POST", at + "/attachments?name=" + java.net.URLEncoder.encode("房产证.pdf", StandardCharsets.UTF_8),
                "application/octet-stream", deed);
        assertThat(kept.status()).as(kept.body()).isEqualTo(201);
        String file = kept.json().getString("id");
        assertThat(kept.json().getString("mediaType")).isEqualTo("application/pdf");
        Api.Reply disguised = adviser.accepting("zh-CN").send("POST", at + "/attachments?name=photo.jpg", "image/jpeg",
                "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
        assertThat(disguised.isProblem(400)).as(disguised.body()).isTrue();
        assertThat(disguised.json().getString("field")).isEqualTo("file");
        assertThat(disguised.json().getString("detail")).contains("只能上传");
        assertThat(head.get(at + "/attachments").jsonArray()).hasSize(1);
        Api.Reply download = head.get(at + "/attachments/" + file);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).startsWith("application/pdf");
        assertThat(download.body()).contains("房产证");
        assertThat(admin.get(at + "/attachments/" + file).isProblem(404)).as("not the admin's to open").isTrue();
        assertThat(admin.send("DELETE", at + "/attachments/" + file, null, null).isProblem(404)).isTrue();

        matter = adviser.post(at + "/acknowledge", "{\"version\":%d}".formatted(version(matter))).json();
        matter = adviser.post(at + "/answer", "{\"answer\":\"可凭公证的死亡证明和亲属关系证明办理继承公证\",\"version\":%d}"
                .formatted(version(matter))).json();
        assertField(adviser.post(at + "/close", "{\"summary\":\"已答复\",\"version\":%d}".formatted(version(matter))), "outcome");
        Api.Reply stale = adviser.post(at + "/close", "{\"outcome\":\"advice_given\",\"summary\":\"已答复\",\"version\":%d}"
                .formatted(version(matter) - 1));
        assertThat(stale.isProblem(409)).as(stale.body()).isTrue();
        matter = adviser.post(at + "/close", "{\"outcome\":\"advice_given\",\"summary\":\"已答复\",\"satisfaction\":\"satisfied\",\"version\":%d}"
                .formatted(version(matter))).json();
        assertThat(matter.getString("status")).isEqualTo("closed");
        assertThat(adviser.get(at + "/timeline").jsonArray()).hasSizeGreaterThanOrEqualTo(6);

        // a person from Hong Kong shows their mainland travel permit; the head alone reveals its number
        Api.Reply permit = adviser.post(legal + "/consultations", """
                {"stationId":"%s","channel":"phone","personName":"梁家辉","relation":"hong_kong_macao","category":"inheritance",
                 "documentKind":"hk_macao_permit","documentNumber":"H12345678","facts":"香港居民继承台山祖屋"}""".formatted(station));
        assertThat(permit.status()).as(permit.body()).isEqualTo(201);
        assertThat(permit.json().getString("documentKind")).isEqualTo("hk_macao_permit");
        assertThat(permit.json().getString("documentNumber")).doesNotContain("2345");
        assertThat(permit.json().containsKey("residentId") && !permit.json().isNull("residentId")).as("not a resident ID").isFalse();
        assertField(adviser.post(legal + "/consultations", """
                {"stationId":"%s","channel":"phone","personName":"John Wong","relation":"foreign_chinese","category":"inheritance",
                 "documentKind":"foreign_passport","documentNumber":"533123456","facts":"继承"}""".formatted(station)), "issuingCountry");
        JsonObject revealed = head.get(legal + "/consultations/" + permit.json().getString("id") + "/resident-id").json();
        assertThat(revealed.getString("documentNumber")).isEqualTo("H12345678");

        // re-sealing under the module's key (a key rotation's last step): the admin's, in batches, until nothing remains
        Api.Reply rotated = admin.post(legal + "/consultations/id-key-rotation?batchSize=100&batches=1000", "{}");
        assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
        assertThat(rotated.json().getJsonNumber("remaining").longValue()).isZero();
        assertThat(adviser.post(legal + "/consultations/id-key-rotation", "{}").isProblem(403)).as("admins only").isTrue();
        assertField(admin.post(legal + "/consultations/id-key-rotation?batches=0", "{}"), "batchSize");
        assertThat(head.get(legal + "/consultations/" + permit.json().getString("id") + "/resident-id").json()
                .getString("documentNumber")).as("still read after re-sealing").isEqualTo("H12345678");

        // the federation's own deadlines: the admin sets them, others may not, bad terms name their field
        JsonObject terms = admin.get(legal + "/deadline-terms").json();
        assertThat(terms.getInt("acknowledgeDays")).isEqualTo(2);
        assertThat(adviser.put(legal + "/deadline-terms", "{\"acknowledgeDays\":3,\"answerDays\":15,\"version\":0}").isProblem(403)).isTrue();
        assertField(admin.put(legal + "/deadline-terms", "{\"acknowledgeDays\":12,\"answerDays\":10,\"version\":0}"), "acknowledgeDays");
        Api.Reply set = admin.put(legal + "/deadline-terms", "{\"acknowledgeDays\":3,\"answerDays\":15,\"version\":%d}"
                .formatted(terms.getJsonNumber("version").longValue()));
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(admin.put(legal + "/deadline-terms", "{\"acknowledgeDays\":3,\"answerDays\":15,\"version\":%d}"
                .formatted(terms.getJsonNumber("version").longValue())).isProblem(409)).as("a stale version").isTrue();
        admin.put(legal + "/deadline-terms", "{\"acknowledgeDays\":2,\"answerDays\":10,\"version\":%d}"
                .formatted(set.json().getJsonNumber("version").longValue())); // as the other stories expect
    }

    private static long version(JsonObject record) {
        return record.getJsonNumber("version").longValue();
    }

    /**
     * A cultural event's evening through the API and the public pages: an organiser plans and publishes it (bad dates
     * and a stale version refused), a guest signs up on the light public page without an account and finds their code
     * behind their own link, the same phone again is a conflict, the door checks the code in once, and the event's
     * cancellation closes its page to sign-ups.
     */
    @Test
    void anEventIsPublishedAGuestSignsUpOnThePublicPageAndIsCheckedInAtTheDoor() throws Exception {
        Api organiser = anonymous.as("taishan-organiser", DEMO_PASSWORD);
        String events = "/api/v1/tenants/gd-jiangmen-taishan/events/events";
        String start = java.time.Instant.now().plus(java.time.Duration.ofDays(10)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString();
        String end = java.time.Instant.parse(start).plus(java.time.Duration.ofHours(3)).toString();
        assertField(organiser.post(events, """
                {"title":"中秋联谊晚会","kind":"festival","place":"侨联活动中心","startsAt":"%s","endsAt":"%s","capacity":3}"""
                .formatted(end, start)), "endsAt");
        Api.Reply planned = organiser.post(events, """
                {"title":"中秋联谊晚会","kind":"festival","place":"侨联活动中心","startsAt":"%s","endsAt":"%s","capacity":3,
                 "partners":"马来西亚台山会馆"}""".formatted(start, end));
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        String id = planned.json().getString("id");
        assertThat(anonymous.as("taishan-viewer", DEMO_PASSWORD).post(events, planned.body()).isProblem(403)).isTrue();
        Api.Reply published = organiser.post(events + "/" + id + "/publish", "{\"version\":" + planned.json().getInt("version") + "}");
        assertThat(published.json().getString("status")).isEqualTo("published");
        assertThat(organiser.post(events + "/" + id + "/publish", "{\"version\":" + planned.json().getInt("version") + "}").isProblem(409))
                .as("a stale version").isTrue();

        String page = "/p/gd-jiangmen-taishan/events/e/" + id;
        Api.Reply signUpPage = publicly(() -> anonymous.get(page));
        assertThat(signUpPage.status()).isEqualTo(200);
        assertThat(signUpPage.body()).contains("中秋联谊晚会", "<form method=\"post\"", "活动结束一年后删除").doesNotContain("<script");
        String form = "name=" + java.net.URLEncoder.encode("陈美华", StandardCharsets.UTF_8) + "&phone=13902240001&companions=1&consent=yes"
                + "&country=" + java.net.URLEncoder.encode("马来西亚", StandardCharsets.UTF_8);
        Api.Reply signedUp = publicly(() -> anonymous.send("POST", page, "application/x-www-form-urlencoded", form.getBytes(StandardCharsets.UTF_8)));
        assertThat(signedUp.status()).as(signedUp.body()).isEqualTo(303);
        assertThat(signedUp.location()).contains("/p/gd-jiangmen-taishan/events/r/");
        Api.Reply twice = publicly(() -> anonymous.send("POST", page, "application/x-www-form-urlencoded", form.getBytes(StandardCharsets.UTF_8)));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body()).contains("这个手机号码已经报名了本次活动");
        String personal = signedUp.location().substring(signedUp.location().indexOf("/p/"));
        Api.Reply own = publicly(() -> anonymous.get(personal));
        assertThat(own.body()).contains("陈美华，您的报名状态：已确认（共 2 人）", "签到码：");
        assertThat(publicly(() -> anonymous.get(personal.substring(0, personal.length() - 4) + "AAAA")).status())
                .as("no enumeration of other people's places").isEqualTo(404);

        Api.Reply list = organiser.get(events + "/" + id + "/registrations");
        assertThat(list.json().getInt("total")).isEqualTo(1);
        JsonObject guest = list.json().getJsonArray("items").getJsonObject(0);
        assertThat(guest.getString("phone")).isEqualTo("13902240001");
        assertThat(own.body()).contains(guest.getString("code"));
        assertThat(anonymous.as("taishan-viewer", DEMO_PASSWORD).get(events + "/" + id + "/registrations").isProblem(403))
                .as("contact details are for organisers and admins").isTrue();
        assertThat(anonymous.as("taishan-viewer", DEMO_PASSWORD).get(events + "/" + id + "/door/tally").json().getInt("taken")).isEqualTo(2);

        String door = events + "/" + id + "/door";
        assertField(organiser.post(door + "/check-ins", "{\"code\":\"WRONG222\"}"), "code");
        assertThat(organiser.post(door + "/check-ins", "{\"code\":\"" + guest.getString("code") + "\"}").json().getString("checkedInAt")).isNotBlank();
        assertThat(organiser.post(door + "/check-ins", "{\"code\":\"" + guest.getString("code") + "\"}").isProblem(409)).as("used").isTrue();
        Api.Reply sheet = organiser.accepting("zh-CN").get(door + "/attendance.xlsx");
        assertThat(sheet.status()).isEqualTo(200);
        assertThat(sheet.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        Api.Reply staffed = organiser.post(events + "/" + id + "/staffing", "{\"volunteers\":4,\"skills\":\"粤语\"}");
        assertThat(staffed.status()).as(staffed.body()).isEqualTo(200);
        assertThat(staffed.json().getInt("needed")).as("asked of the volunteer module, on in 台山 too").isEqualTo(4);
        assertThat(organiser.get(events + "/" + id + "/staffing").json().getBoolean("asked")).isTrue();

        Api.Reply cancelled = organiser.post(events + "/" + id + "/cancel", "{\"version\":" + published.json().getInt("version")
                + ",\"reason\":\"台风预警\"}");
        assertThat(cancelled.json().getString("status")).as(cancelled.body()).isEqualTo("cancelled");
        String other = "name=x&phone=13902240002&consent=yes";
        Api.Reply closed = publicly(() -> anonymous.send("POST", page, "application/x-www-form-urlencoded", other.getBytes(StandardCharsets.UTF_8)));
        assertThat(closed.status()).isEqualTo(400);
        assertThat(closed.body()).contains("活动已取消，不再接受报名");
        assertThat(organiser.get(events + "/" + id + "/door/tally").json().getInt("registrations")).as("nothing stored by refusals").isEqualTo(1);
    }

    /**
     * The newsletter over REST and the public pages: readers added (a second time is a conflict naming the field), an
     * edition written and sent once to each reader through the outbox (a second send is a conflict), the archive shows
     * it, a wrong unsubscribe link is the platform's one 404; the events calendar is served as iCalendar; and a flood of
     * sign-ups from one client on an event's page is slowed down (429) with nothing stored for the refused ones.
     */
    @Test
    void theNewsletterGoesOnceToEachReaderTheCalendarIsServedAndAFloodOfSignUpsIsSlowedDown() throws Exception {
        Api organiser = anonymous.as("taishan-organiser", DEMO_PASSWORD);
        String newsletter = "/api/v1/tenants/gd-jiangmen-taishan/events/newsletter";
        String suffix = Long.toString(System.nanoTime() % 1_000_000);
        String chen = "chen" + suffix + "@example.my";
        String tom = "tom" + suffix + "@example.com";
        assertThat(organiser.post(newsletter + "/subscribers", """
                {"name":"陈美玲","email":"%s","language":"zh","kind":"overseas_contact","country":"马来西亚"}""".formatted(chen)).status())
                .isEqualTo(201);
        assertThat(organiser.post(newsletter + "/subscribers", """
                {"name":"Tom Lee","email":"%s","language":"en","kind":"overseas_contact"}""".formatted(tom)).status()).isEqualTo(201);
        assertThat(organiser.post(newsletter + "/subscribers", "{\"name\":\"Tom\",\"email\":\"" + tom + "\"}").isProblem(409)).isTrue();
        assertField(organiser.post(newsletter + "/subscribers", "{\"name\":\"Tom\",\"email\":\"tom at home\"}"), "email");
        assertThat(anonymous.as("taishan-viewer", DEMO_PASSWORD).get(newsletter + "/subscribers").isProblem(403))
                .as("addresses are for organisers and admins").isTrue();

        int number = 100 + (int) (System.nanoTime() % 90_000);
        Api.Reply edition = organiser.post(newsletter + "/editions", """
                {"title":"侨乡新貌","number":%d,"issuedOn":"2026-12-01"}""".formatted(number));
        assertThat(edition.status()).as(edition.body()).isEqualTo(201);
        String id = edition.json().getString("id");
        assertThat(organiser.post(newsletter + "/editions/" + id + "/send", "{\"version\":" + edition.json().getInt("version") + "}")
                .isProblem(400)).as("nothing to send yet").isTrue();
        assertThat(organiser.post(newsletter + "/editions/" + id + "/articles", """
                {"heading":"碉楼申遗十五周年","body":"开平碉楼与村落列入世界遗产名录十五周年。"}""").status()).isEqualTo(201);
        JsonObject written = organiser.get(newsletter + "/editions/" + id).json();
        assertThat(written.getJsonArray("articles")).hasSize(1);
        Api.Reply sent = organiser.post(newsletter + "/editions/" + id + "/send", "{\"version\":" + written.getInt("version") + "}");
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        assertThat(sent.json().getString("status")).isEqualTo("sent");
        assertThat(organiser.post(newsletter + "/editions/" + id + "/send", "{\"version\":" + sent.json().getInt("version") + "}")
                .isProblem(409)).as("sent once").isTrue();
        Api admin = anonymous.as("taishan-admin", DEMO_PASSWORD);
        java.util.List<String> to = new java.util.ArrayList<>();
        for (int page = 0; page < 20; page++) {
            JsonObject outbox = admin.get("/api/v1/tenants/gd-jiangmen-taishan/outbox?size=200&page=" + page).json();
            outbox.getJsonArray("items").getValuesAs(JsonObject.class).stream().filter(m -> m.getString("kind").equals("events.newsletter"))
                    .map(m -> m.getString("address")).filter(a -> a.equals(chen) || a.equals(tom)).forEach(to::add);
            if (outbox.getJsonArray("items").size() < 200) {
                break;
            }
        }
        assertThat(to).as("one email to each reader").containsExactlyInAnyOrder(chen, tom);

        Api.Reply archive = publicly(() -> anonymous.get("/p/gd-jiangmen-taishan/events/newsletter/"));
        assertThat(archive.body()).contains("侨刊乡讯", "newsletter/" + number).doesNotContain("<script");
        assertThat(publicly(() -> anonymous.get("/p/gd-jiangmen-taishan/events/newsletter/" + number)).body()).contains("碉楼申遗十五周年");
        assertThat(publicly(() -> anonymous.get("/p/gd-jiangmen-taishan/events/newsletter/unsubscribe/" + "A".repeat(43))).status())
                .isEqualTo(404);
        Api.Reply calendar = publicly(() -> anonymous.get("/p/gd-jiangmen-taishan/events/calendar.ics"));
        assertThat(calendar.status()).isEqualTo(200);
        assertThat(calendar.contentType()).startsWith("text/calendar");
        assertThat(calendar.body()).startsWith("BEGIN:VCALENDAR\r\n").contains("END:VCALENDAR");

        // the flood comes from this test's one address, in a federation of its own: the events module then refuses that
        // address sign-ups for an hour, and the other stories sign up on Taishan's public pages
        assertThat(api.post("/api/v1/tenants/gd-jnu/users", """
                {"username":"jnu-organiser","password":"暨南侨联-organiser-1","roles":["organiser"]}""").status()).isEqualTo(201);
        Api jnu = anonymous.as("jnu-organiser", "暨南侨联-organiser-1");
        String events = "/api/v1/tenants/gd-jnu/events/events";
        String start = java.time.Instant.now().plus(java.time.Duration.ofDays(12)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString();
        Api.Reply planned = jnu.post(events, """
                {"title":"侨批讲座","kind":"lecture","place":"侨联礼堂","startsAt":"%s","endsAt":"%s","capacity":500}"""
                .formatted(start, java.time.Instant.parse(start).plus(java.time.Duration.ofHours(2))));
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        String event = planned.json().getString("id");
        jnu.post(events + "/" + event + "/publish", "{\"version\":" + planned.json().getInt("version") + "}");
        String signUp = "/p/gd-jnu/events/e/" + event;
        java.util.List<Api.Reply> flood = new java.util.ArrayList<>();
        for (int i = 0; i < 45; i++) {
            String form = "name=guest" + i + "&phone=1390224" + String.format("%04d", i) + "&consent=yes";
            flood.add(anonymous.send("POST", signUp, "application/x-www-form-urlencoded", form.getBytes(StandardCharsets.UTF_8)));
        }
        assertThat(flood).extracting(Api.Reply::status).as("one client posting sign-up after sign-up is slowed down").contains(429);
        long stored = flood.stream().filter(reply -> reply.status() == 303).count();
        assertThat(jnu.get(events + "/" + event + "/door/tally").json().getInt("registrations")).as("nothing stored for a 429")
                .isEqualTo((int) stored);
        assertThat(stored).as("never more than the module's limit per address in an hour").isLessThanOrEqualTo(20);
        if (stored == 20) {
            assertThat(flood).as("the module's own refusal, in words, beside the form")
                    .anyMatch(reply -> reply.status() == 429 && reply.body().contains("您所在的网络一小时内已报名 20 次"));
        }
    }

    /** A public page asked again after the platform slowed this client down (other stories here open public pages too). */
    private static Api.Reply publicly(java.util.function.Supplier<Api.Reply> request) throws InterruptedException {
        for (int attempt = 0; attempt < 40; attempt++) {
            Api.Reply reply = request.get();
            if (reply.status() != 429) {
                return reply;
            }
            Thread.sleep(2_100);
        }
        throw new AssertionError("still slowed down after 40 attempts");
    }

    @Test
    void theViewFromAboveRollsUpTheCountysFiguresAndRefusesBadQuestions() {
        Api county = anonymous.as("taishan-admin", DEMO_PASSWORD);
        Api city = anonymous.as("jiangmen-admin", DEMO_PASSWORD);
        String own = "/api/v1/tenants/gd-jiangmen-taishan/indicators?module=aid&indicator=beneficiaries";
        JsonObject before = county.get(own).json();
        JsonObject whole = before.getJsonArray("indicators").getJsonObject(0);
        assertThat(whole.getString("kind")).isEqualTo("stock");
        assertThat(whole.getString("nameZh")).isEqualTo("帮扶对象");
        assertThat(whole.containsKey("member")).as("the first figure is the indicator as a whole").isFalse();
        long count = whole.getJsonObject("total").getJsonNumber("value").longValue();

        String id = residentId("44078119800101" + String.format("%03d", (int) (System.nanoTime() % 1000)));
        Api.Reply registered = anonymous.as("taishan-caseworker", DEMO_PASSWORD).post("/api/v1/tenants/gd-jiangmen-taishan/aid/beneficiaries",
                """
                {"name":"伍伯","residentId":"%s","category":"returnee","tags":["disability"],"consentDate":"2026-11-01","consentBy":"伍伯"}"""
                        .formatted(id));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        JsonObject after = county.get(own).json().getJsonArray("indicators").getJsonObject(0);
        assertThat(after.getJsonObject("total").getJsonNumber("value").longValue()).as("the county reads its own figure")
                .isEqualTo(count + 1);

        JsonObject byChild = city.get("/api/v1/tenants/gd-jiangmen/indicators?module=aid&indicator=beneficiaries&by=child").json();
        assertThat(byChild.getString("by")).isEqualTo("child");
        JsonObject taishan = byChild.getJsonArray("indicators").getJsonObject(0).getJsonArray("values").stream()
                .map(v -> v.asJsonObject()).filter(v -> v.getString("child").equals("gd-jiangmen-taishan")).findFirst().orElseThrow();
        assertThat(taishan.getString("childZh")).isEqualTo("台山市侨联");
        if (count + 1 < 5) {
            assertThat(taishan.getBoolean("suppressed")).as("a small number seen from above").isTrue();
            assertThat(taishan.containsKey("value")).as("a hidden figure carries no value").isFalse();
            assertThat(taishan.getInt("below")).isEqualTo(5);
        } else {
            assertThat(taishan.getJsonNumber("value").longValue()).isEqualTo(count + 1);
        }
        JsonObject months = city.get("/api/v1/tenants/gd-jiangmen/indicators?module=volunteers&by=month&from=2026-01&to=2026-12").json();
        assertThat(months.getJsonArray("indicators").getJsonObject(0).getJsonArray("values")).hasSize(12);
        assertThat(months.getJsonArray("indicators").stream().map(v -> v.asJsonObject().getString("kind")))
                .contains("stock", "flow", "ratio");

        assertThat(anonymous.as("kaiping-admin", DEMO_PASSWORD).get("/api/v1/tenants/gd/indicators").isProblem(404))
                .as("nobody reads above their home").isTrue();
        assertThat(anonymous.as("taishan-viewer", DEMO_PASSWORD).get("/api/v1/tenants/gd-jiangmen-taishan/indicators").status())
                .isEqualTo(200);
        assertThat(anonymous.as("taishan-caseworker", DEMO_PASSWORD).get("/api/v1/tenants/gd-jiangmen-taishan/indicators")
                .isProblem(403)).isTrue();
        String base = "/api/v1/tenants/gd-jiangmen/indicators";
        assertField(city.get(base + "?from=2020-01&to=2026-12"), "to");
        assertField(city.get(base + "?from=2026-06&to=2026-01"), "to");
        assertField(city.get(base + "?from=2026-13"), "from");
        assertField(city.get(base + "?module=no-such"), "module");
        assertField(city.get(base + "?module=aid&indicator=no-such"), "indicator");
        assertField(city.get(base + "?by=county"), "by");
        assertThat(city.accepting("zh-CN").get(base + "?from=2026-06&to=2026-01").json().getString("detail"))
                .isEqualTo("结束月份 2026-01 早于开始月份 2026-06");
    }

    @Test
    void anOrganiserPublishesAGuestSignsUpOnAPhoneAndIsCheckedInAtTheDoorInABrowser() {
        BrowserJourney.assumeAvailable();
        Api organiser = anonymous.as("taishan-organiser", DEMO_PASSWORD);
        String start = java.time.Instant.now().plus(java.time.Duration.ofDays(12)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString();
        String end = java.time.Instant.parse(start).plus(java.time.Duration.ofHours(2)).toString();
        Api.Reply planned = organiser.post("/api/v1/tenants/gd-jiangmen-taishan/events/events", """
                {"title":"重阳敬老联谊会","kind":"festival","place":"台山市侨联礼堂","startsAt":"%s","endsAt":"%s","capacity":40}"""
                .formatted(start, end));
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        String id = planned.json().getString("id");
        String base = "http://localhost:" + deployment.getPort() + "/";
        try (BrowserJourney browser = new BrowserJourney(base)) {
            browser.resize(1366, 900);
            browser.signIn("taishan-organiser", DEMO_PASSWORD);
            browser.open("t/gd-jiangmen-taishan/events/event/" + id);
            browser.click(org.openqa.selenium.By.id("events-publish"));
            browser.waitFor(org.openqa.selenium.By.id("events-qr-image"));
            browser.screenshot("event-published");

            // a guest opens the public page from a WeChat group on a phone: no account, no screens' client
            browser.resize(390, 844);
            String page = base + "p/gd-jiangmen-taishan/events/e/" + id;
            browser.visit(page);
            assertThat(browser.text()).contains("重阳敬老联谊会");
            assertThat(browser.scrollsSideways()).as("the sign-up page fits a phone").isFalse();
            browser.type("name", "黄丽珍");
            browser.type("phone", "13902248888");
            browser.type("companions", "1");
            browser.press(org.openqa.selenium.By.name("consent"));
            browser.screenshot("sign-up-on-a-phone");
            browser.press(org.openqa.selenium.By.cssSelector("form button[type=submit]"));
            browser.waitUntilAway(page);
            String own = browser.text();
            assertThat(own).contains("黄丽珍", "签到码");
            assertThat(browser.scrollsSideways()).as("the personal page fits a phone").isFalse();
            browser.screenshot("signed-up-on-a-phone");
            java.util.regex.Matcher code = java.util.regex.Pattern.compile("签到码[：:]\\s*([A-Z0-9]+)").matcher(own);
            assertThat(code.find()).as(own).isTrue();

            // at the door, on the organiser's phone
            browser.open("t/gd-jiangmen-taishan/events/door/" + id);
            browser.fill("events-door-code", "WRONG222");
            browser.click(org.openqa.selenium.By.id("events-door-check-in"));
            assertThat(browser.waitFor(org.openqa.selenium.By.id("events-door-answer")).getText()).as("a plain refusal")
                    .doesNotContainPattern("[A-Za-z]{3,} [a-z]{2,}");
            browser.fill("events-door-code", code.group(1));
            browser.click(org.openqa.selenium.By.id("events-door-check-in"));
            assertThat(browser.waitFor(org.openqa.selenium.By.id("events-door-answer")).getText()).contains("黄丽珍");
            assertThat(browser.scrollsSideways()).as("the door screen fits a phone").isFalse();
            browser.screenshot("checked-in-at-the-door");
        }
        assertThat(organiser.get("/api/v1/tenants/gd-jiangmen-taishan/events/events/" + id + "/door/tally").json().getInt("attended"))
                .as("the guest and a companion counted").isEqualTo(2);
    }

    @Test
    void aPersonAsksTheirFederationWhatIsKeptAboutThemForACopyAndToBeErased() throws Exception {
        Api organiser = anonymous.as("taishan-organiser", DEMO_PASSWORD);
        String start = java.time.Instant.now().plus(java.time.Duration.ofDays(15)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString();
        String end = java.time.Instant.parse(start).plus(java.time.Duration.ofHours(2)).toString();
        Api.Reply planned = organiser.post("/api/v1/tenants/gd-jiangmen-taishan/events/events", """
                {"title":"侨批文化讲座","kind":"lecture","place":"台山侨批馆","startsAt":"%s","endsAt":"%s","capacity":30}"""
                .formatted(start, end));
        String id = planned.json().getString("id");
        organiser.post("/api/v1/tenants/gd-jiangmen-taishan/events/events/" + id + "/publish", "{\"version\":" + planned.json().getInt("version") + "}");
        String form = "name=" + java.net.URLEncoder.encode("余秀英", StandardCharsets.UTF_8) + "&phone=13902247777&consent=yes";
        assertThat(publicly(() -> anonymous.send("POST", "/p/gd-jiangmen-taishan/events/e/" + id, "application/x-www-form-urlencoded",
                form.getBytes(StandardCharsets.UTF_8))).status()).isEqualTo(303);

        Api admin = anonymous.as("taishan-admin", DEMO_PASSWORD).accepting("zh-CN");
        String base = "/api/v1/tenants/gd-jiangmen-taishan/personal-data/";
        Api.Reply found = admin.post(base + "search", "{\"phone\":\"139 0224 7777\"}");
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        JsonObject record = found.jsonArray().getJsonObject(0);
        assertThat(record.getString("module")).isEqualTo("events");
        assertThat(record.getString("kind")).isEqualTo("活动报名");
        assertThat(record.toString()).contains("余秀英", "侨批文化讲座", "已确认");

        Api.Reply copy = admin.post(base + "copy", "{\"phone\":\"13902247777\",\"format\":\"html\"}");
        assertThat(copy.contentType()).startsWith("text/html");
        assertThat(copy.body()).contains("台山市侨联保存的您的个人信息", "余秀英").doesNotContainPattern("[A-Za-z]{3,} [a-z]{2,} [a-z]{2,}");

        assertThat(anonymous.as("taishan-viewer", DEMO_PASSWORD).post(base + "search", "{\"phone\":\"13902247777\"}").isProblem(403))
                .isTrue();
        assertThat(anonymous.as("jiangmen-admin", DEMO_PASSWORD).post(base + "search", "{\"phone\":\"13902247777\"}").isProblem(403))
                .as("a federation above does not read the people a county serves").isTrue();
        assertField(admin.post(base + "search", "{}"), "person");
        assertThat(admin.post(base + "erase", "{\"phone\":\"13800000000\",\"module\":\"events\",\"record\":\"" + record.getString("id")
                + "\"}").isProblem(404)).as("only a record the same person's search finds").isTrue();

        assertThat(admin.post(base + "erase", "{\"phone\":\"13902247777\",\"module\":\"events\",\"record\":\""
                + record.getString("id") + "\"}").status()).isEqualTo(204);
        assertThat(admin.post(base + "search", "{\"phone\":\"13902247777\"}").jsonArray()).isEmpty();
        assertThat(organiser.get("/api/v1/tenants/gd-jiangmen-taishan/events/events/" + id + "/door/tally").json().getInt("taken"))
                .as("her place stays counted").isEqualTo(1);
        Api.Reply periods = admin.get(base + "retention");
        assertThat(periods.status()).as(periods.body()).isEqualTo(200);
        assertThat(periods.jsonArray().stream().map(v -> v.asJsonObject())
                .filter(p -> p.getString("module").equals("legal")).findFirst().orElseThrow().getInt("leastMonths"))
                .as("legal keeps a closed matter three years at the least").isEqualTo(36);
        assertThat(periods.body()).contains("帮扶对象", "法律咨询和信访维权事项");
        assertField(admin.put(base + "retention/legal/consultation", "{\"months\":12}"), "months");
        assertThat(admin.put(base + "retention/legal/letters", "{\"months\":48}").isProblem(404)).isTrue();
        Api.Reply kept = admin.put(base + "retention/legal/consultation", "{\"months\":48}");
        assertThat(kept.status()).as(kept.body()).isEqualTo(200);
        assertThat(kept.json().getInt("months")).isEqualTo(48);
        assertThat(kept.json().getBoolean("byDefault")).isFalse();
        assertThat(anonymous.as("jiangmen-admin", DEMO_PASSWORD).get(base + "retention").isProblem(403))
                .as("a federation above does not decide how long a county keeps its people").isTrue();

        String log = anonymous.as("taishan-admin", DEMO_PASSWORD).get("/api/v1/tenants/gd-jiangmen-taishan/audit?action=rights.&size=50").body();
        assertThat(log).contains("rights.search", "rights.copy", "rights.erase", "rights.retention.set").doesNotContain("余秀英", "13902247777");
    }

    @Test
    void aPersonIsFoundAcrossTheFederationsModulesTheirAidRecordCorrectedThenErasedKeepingTheRecordItself() throws Exception {
        String id = residentId("44078119480606" + String.format("%03d", (int) (System.nanoTime() % 1000)));
        String phone = "1390226" + String.format("%04d", (int) (System.nanoTime() % 10_000));
        Api.Reply registered = anonymous.as("taishan-caseworker", DEMO_PASSWORD).post("/api/v1/tenants/gd-jiangmen-taishan/aid/beneficiaries",
                """
                {"name":"甄伯","residentId":"%s","phone":"%s","category":"returnee","tags":[],"consentDate":"2026-11-01","consentBy":"甄伯"}"""
                        .formatted(id, phone));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String person = registered.json().getString("id");
        Api organiser = anonymous.as("taishan-organiser", DEMO_PASSWORD);
        Api.Reply planned = organiser.post("/api/v1/tenants/gd-jiangmen-taishan/events/events", """
                {"title":"侨史讲座","kind":"lecture","place":"台山侨史馆","startsAt":"2030-06-15T02:00:00Z","endsAt":"2030-06-15T04:00:00Z",\
                "capacity":30}""");
        String event = planned.json().getString("id");
        organiser.post("/api/v1/tenants/gd-jiangmen-taishan/events/events/" + event + "/publish", "{\"version\":" + planned.json().getInt("version") + "}");
        String form = "name=" + java.net.URLEncoder.encode("甄伯", StandardCharsets.UTF_8) + "&phone=" + phone + "&consent=yes";
        assertThat(publicly(() -> anonymous.send("POST", "/p/gd-jiangmen-taishan/events/e/" + event, "application/x-www-form-urlencoded",
                form.getBytes(StandardCharsets.UTF_8))).status()).isEqualTo(303);

        Api admin = anonymous.as("taishan-admin", DEMO_PASSWORD).accepting("zh-CN");
        String base = "/api/v1/tenants/gd-jiangmen-taishan/personal-data/";
        Api.Reply found = admin.post(base + "search", "{\"documentNumber\":\"" + id + "\",\"phone\":\"" + phone + "\"}");
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        assertThat(found.jsonArray().stream().map(v -> v.asJsonObject().getString("module")).distinct())
                .as("one person across the federation's modules").contains("aid", "events");
        JsonObject aid = found.jsonArray().stream().map(v -> v.asJsonObject()).filter(r -> r.getString("module").equals("aid"))
                .findFirst().orElseThrow();
        assertThat(aid.getString("id")).isEqualTo("beneficiary:" + person);
        assertThat(aid.getString("kind")).isEqualTo("帮扶对象");
        assertThat(aid.toString()).contains("甄伯", "归侨").doesNotContain(id);

        assertThat(aid.getJsonArray("correctable").stream().map(v -> v.asJsonObject().getString("name"))).contains("name", "phone");
        String correction = "{\"phone\":\"" + phone + "\",\"module\":\"aid\",\"record\":\"beneficiary:" + person + "\",\"version\":"
                + aid.getJsonNumber("version").longValue() + ",\"values\":{%s}}";
        assertField(admin.post(base + "correct", correction.formatted("\"category\":\"other\"")), "category");
        assertField(admin.post(base + "correct", correction.formatted("\"phone\":\"call me\"")), "phone");
        assertField(admin.post(base + "correct", correction.formatted("")), "values");
        Api.Reply corrected = admin.post(base + "correct", correction.formatted("\"name\":\"甄伯伦\""));
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(204);
        assertThat(admin.post(base + "correct", correction.formatted("\"name\":\"甄某\"")).isProblem(409))
                .as("a correction to the version read before the last one").isTrue();
        assertThat(admin.get("/api/v1/tenants/gd-jiangmen-taishan/aid/beneficiaries/" + person).json().getString("name")).isEqualTo("甄伯伦");

        assertThat(admin.post(base + "erase", "{\"phone\":\"" + phone + "\",\"module\":\"aid\",\"record\":\"beneficiary:" + person
                + "\"}").status()).isEqualTo(204);
        assertThat(admin.post(base + "search", "{\"documentNumber\":\"" + id + "\",\"phone\":\"" + phone + "\"}").jsonArray().stream()
                .map(v -> v.asJsonObject().getString("module"))).as("the events registration is another record").containsOnly("events");
        JsonObject kept = admin.get("/api/v1/tenants/gd-jiangmen-taishan/aid/beneficiaries/" + person).json();
        assertThat(kept.getString("name")).as("the record stays for its cases, anonymised").isEqualTo("×××");
        assertThat(kept.toString()).doesNotContain(phone);
        String log = admin.get("/api/v1/tenants/gd-jiangmen-taishan/audit?action=rights.&size=50").body();
        assertThat(log).contains("beneficiary:" + person, "rights.correct").doesNotContain("甄伯", phone, id);
    }

    @Test
    void aCountyTakesItsDataAwayAsOneArchiveAndOnlyAnAdminAboveMayBringOneIn() {
        String path = "/api/v1/tenants/gd-jiangmen-taishan/archive";
        Api admin = anonymous.as("taishan-admin", DEMO_PASSWORD).accepting("zh-CN");
        Api.Reply tooShort = admin.post(path, "{\"passphrase\":\"short\"}");
        assertField(tooShort, "passphrase");
        assertThat(tooShort.json().getString("detail")).contains("口令至少 12 个字符");
        assertThat(anonymous.as("taishan-viewer", DEMO_PASSWORD).post(path, "{\"passphrase\":\"a long enough passphrase\"}").isProblem(403))
                .isTrue();

        Api.Download archive = admin.download("POST", path, "application/json",
                "{\"passphrase\":\"a long enough passphrase\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(archive.status()).isEqualTo(200);
        assertThat(archive.contentType()).startsWith("application/zip");
        assertThat(archive.disposition()).contains("attachment", "gd-jiangmen-taishan-");
        assertThat(new String(archive.body(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");

        Api.Download own = admin.download("PUT", path, "application/zip", archive.body(),
                "Qiaoyun-Archive-Passphrase", "a long enough passphrase");
        assertThat(own.status()).as("a county does not import into itself: the federation above does").isEqualTo(403);
        assertThat(new String(own.body(), StandardCharsets.UTF_8)).contains("须由上级侨联的管理员导入");

        Api city = anonymous.as("jiangmen-admin", DEMO_PASSWORD).accepting("zh-CN");
        Api.Download wrong = city.download("PUT", path, "application/zip", archive.body(), "Qiaoyun-Archive-Passphrase", "not the passphrase");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(new String(wrong.body(), StandardCharsets.UTF_8)).contains("\"passphrase\"", "口令不对");
        Api.Download damaged = city.download("PUT", path, "application/zip", "PK not a zip at all".getBytes(StandardCharsets.UTF_8),
                "Qiaoyun-Archive-Passphrase", "a long enough passphrase");
        assertThat(damaged.status()).isEqualTo(400);
        assertThat(damaged.contentType()).startsWith("application/problem+json");
        assertThat(new String(damaged.body(), StandardCharsets.UTF_8)).contains("数据包已损坏或不完整");
        Api.Download chinese = admin.download("POST", path, "application/json",
                "{\"passphrase\":\"台山侨联迁移口令2026\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(chinese.status()).as("a Chinese passphrase").isEqualTo(200);
        Api.Download encoded = city.download("PUT", path, "application/zip", chinese.body(), "Qiaoyun-Archive-Passphrase",
                "UTF-8''" + java.net.URLEncoder.encode("台山侨联迁移口令2026", StandardCharsets.UTF_8));
        assertThat(new String(encoded.body(), StandardCharsets.UTF_8)).as("opened under the Chinese passphrase, so told the county is not empty")
                .contains("gd-jiangmen-taishan 已有");
        Api.Download full = city.download("PUT", path, "application/zip", archive.body(), "Qiaoyun-Archive-Passphrase",
                "a long enough passphrase");
        assertThat(full.status()).as("the county holds its records here already: nothing is written twice").isEqualTo(409);
        assertThat(new String(full.body(), StandardCharsets.UTF_8)).contains("gd-jiangmen-taishan 已有", "尚无记录的侨联");
    }

    @Test
    void theAuditLogOfAWholeSubtreeIsReadAtOnceFromAboveWithoutTheModulesPersonalDetails() {
        String id = residentId("44078119750301" + String.format("%03d", (int) (System.nanoTime() % 1000)));
        Api.Reply registered = anonymous.as("taishan-caseworker", DEMO_PASSWORD).post("/api/v1/tenants/gd-jiangmen-taishan/aid/beneficiaries",
                """
                {"name":"司徒婆","residentId":"%s","category":"returnee","tags":[],"consentDate":"2026-11-01","consentBy":"司徒婆"}"""
                        .formatted(id));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String record = registered.json().getString("id");
        Api city = anonymous.as("jiangmen-admin", DEMO_PASSWORD).accepting("zh-CN");
        JsonObject page = city.get("/api/v1/tenants/gd-jiangmen/audit?subtree=true&action=aid.&size=200").json();
        JsonObject entry = page.getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(e -> record.equals(e.getString("object", null))).findFirst().orElseThrow();
        assertThat(entry.getString("tenant")).isEqualTo("gd-jiangmen-taishan");
        assertThat(entry.getString("actionName")).as("named as on the screens").doesNotContain("aid.").matches(".*\\p{IsHan}.*");
        assertThat(entry.containsKey("summary")).as("the county's module summary is not read from above").isFalse();
        assertThat(city.get("/api/v1/tenants/gd-jiangmen/audit?action=aid.&size=200").json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getString("object", ""))).as("without subtree: the city's own log").doesNotContain(record);

        assertThat(anonymous.as("taishan-admin", DEMO_PASSWORD).get("/api/v1/tenants/gd-jiangmen-taishan/audit?action=aid.&size=200")
                .json().getJsonArray("items").stream().map(v -> v.asJsonObject().getString("object", "")))
                .as("the county reads its own").contains(record);

        assertThat(anonymous.as("kaiping-admin", DEMO_PASSWORD).get("/api/v1/tenants/gd/audit?subtree=true").isProblem(404))
                .as("nobody reads above their home").isTrue();
        assertThat(anonymous.as("taishan-viewer", DEMO_PASSWORD).get("/api/v1/tenants/gd-jiangmen-taishan/audit").isProblem(403)).isTrue();
        assertField(city.get("/api/v1/tenants/gd-jiangmen/audit?subtree=yes"), "subtree");
        assertField(city.get("/api/v1/tenants/gd-jiangmen/audit?from=2026-13-01"), "from");
        assertField(city.get("/api/v1/tenants/gd-jiangmen/audit?from=2026-11-30&to=2026-11-01"), "to");
    }

    @Test
    void theProvincesDashboardDrawsItsChartsInABrowserFromTheWebJar() {
        Api.Reply script = anonymous.get("/webjars/echarts/5.3.1/dist/echarts.min.js");
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.body()).as("the WebJar's script, not the application's index page").contains("echarts")
                .doesNotContain("<html");
        BrowserJourney.assumeAvailable();
        try (BrowserJourney browser = new BrowserJourney("http://localhost:" + deployment.getPort() + "/")) {
            browser.resize(1280, 1600);
            browser.signIn("gd-admin", DEMO_PASSWORD);
            browser.open("");
            browser.waitFor(org.openqa.selenium.By.cssSelector("#chart-aid svg"));
            browser.waitFor(org.openqa.selenium.By.cssSelector("#chart-volunteers svg"));
            browser.screenshot("province-dashboard");
            assertThat(browser.waitFor(org.openqa.selenium.By.id("dashboard-children")).isDisplayed()).isTrue();

            // drill down to a city from the children's table, export what it shows, and go back up by the breadcrumb
            browser.selectRow("江门市侨联");
            browser.waitFor(org.openqa.selenium.By.xpath("//*[@id='dashboard-breadcrumb']//span[contains(., '江门市侨联')]"));
            browser.waitFor(org.openqa.selenium.By.cssSelector("#chart-aid svg"));
            assertThat(browser.currentPath()).contains("tenant=gd-jiangmen");
            browser.screenshot("city-dashboard-drilled-down");
            assertThat(browser.fetch(org.openqa.selenium.By.id("dashboard-excel")))
                    .startsWith("200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            assertThat(browser.fetch(org.openqa.selenium.By.id("dashboard-export"))).startsWith("200 text/csv");
            assertThat(browser.all(org.openqa.selenium.By.cssSelector("#chart-aid [title], #chart-aid path")).size())
                    .as("the chart is drawn, its save-as-image button among it").isPositive();
            // and on down to a county, whose registry figures (the kernel's own) chart beside the modules'
            browser.selectRow("台山市侨联");
            browser.waitFor(org.openqa.selenium.By.xpath("//*[@id='dashboard-breadcrumb']//span[contains(., '台山市侨联')]"));
            browser.waitFor(org.openqa.selenium.By.cssSelector("#chart-registry svg"));
            assertThat(browser.currentPath()).contains("tenant=gd-jiangmen-taishan");
            browser.screenshot("county-dashboard-drilled-down");
            browser.click(org.openqa.selenium.By.xpath("//*[@id='dashboard-breadcrumb']//vaadin-button[contains(., '广东省侨联')]"));
            browser.waitFor(org.openqa.selenium.By.xpath("//*[@id='dashboard-breadcrumb']//span[contains(., '广东省侨联')]"));
            assertThat(browser.currentPath()).contains("tenant=gd");
        }
    }

    @Test
    void volunteerSignsUpForAShiftAndChecksInWithTheOrganisersCode() {
        Api organiser = anonymous.as("taishan-organiser", DEMO_PASSWORD);
        Api volunteer = anonymous.as("taishan-volunteer", DEMO_PASSWORD);
        String vol = "/api/v1/tenants/gd-jiangmen-taishan/volunteers";
        String me = volunteer.post(vol + "/volunteers", """
                {"username":"taishan-volunteer","name":"阿芳","languages":"台山话, English"}""").json().getString("id");
        JsonObject mine = volunteer.get(vol + "/volunteers/" + me).json();
        assertThat(mine.getString("status")).isEqualTo("pending");
        String details = """
                {"name":"阿芳","district":"台城街道","version":%d}""".formatted(mine.getJsonNumber("version").longValue());
        assertThat(volunteer.put(vol + "/volunteers/" + me, details).json().getString("district")).isEqualTo("台城街道");
        assertThat(volunteer.put(vol + "/volunteers/" + me, details).isProblem(409)).as("the same change on the old version").isTrue();
        Instant start = Instant.now().plus(java.time.Duration.ofMinutes(10));
        assertField(organiser.post(vol + "/activities", "{\"place\":\"台城\"}"), "title");
        String festival = organiser.post(vol + "/activities", """
                {"title":"侨乡文化节","place":"台城","district":"台城街道"}""").json().getString("id");
        assertThat(volunteer.post(vol + "/activities", "{\"title\":\"x\",\"place\":\"y\"}").isProblem(403)).isTrue();
        assertField(organiser.post(vol + "/activities", "{\"title\":\"x\",\"place\":\"y\",\"district\":\"%s\"}"
                .formatted("街".repeat(101))), "district"); // longer than its column: a 400 naming it, not a 500
        assertField(organiser.post(vol + "/activities/" + festival + "/shifts", """
                {"startsAt":"%s","endsAt":"%s","capacity":2}""".formatted(start, start.minusSeconds(60))), "endsAt");
        JsonObject shift = organiser.post(vol + "/activities/" + festival + "/shifts", """
                {"startsAt":"%s","endsAt":"%s","capacity":2,"skillsWanted":"急救","cancelUntil":"%s"}"""
                .formatted(start, start.plus(java.time.Duration.ofHours(3)), start)).json();
        assertThat(shift.getString("place")).as("the activity's place").isEqualTo("台城");
        JsonObject found = volunteer.get(vol + "/shifts?skill=急救&district=台城街道&size=5").json();
        assertThat(found.getJsonArray("items").getValuesAs(JsonObject.class)).extracting(o -> o.getString("id"))
                .contains(shift.getString("id"));
        assertThat(found.getJsonArray("items").getJsonObject(0).containsKey("checkInCode"))
                .as("the code that proves presence is not shown to volunteers").isFalse();
        assertField(volunteer.get(vol + "/shifts?size=1000"), "size");
        assertThat(organiser.get(vol + "/activities/" + festival).json().getJsonArray("shifts")).hasSize(1);
        assertThat(volunteer.post(vol + "/shifts/" + shift.getString("id") + "/sign-ups", "{\"volunteerId\":\"" + me + "\"}")
                .isProblem(400)).as("a pending volunteer cannot sign up yet").isTrue();
        String other = organiser.post(vol + "/volunteers", "{\"username\":\"taishan-viewer\",\"name\":\"阿明\"}").json().getString("id");
        assertThat(volunteer.post(vol + "/shifts/" + shift.getString("id") + "/sign-ups", "{\"volunteerId\":\"" + other + "\"}")
                .isProblem(403)).as("volunteers sign up only themselves").isTrue();
        String signUp = organiser.post(vol + "/shifts/" + shift.getString("id") + "/sign-ups", "{\"volunteerId\":\"" + other + "\"}")
                .json().getString("id");
        Api.Reply wrongCode = organiser.post(vol + "/sign-ups/" + signUp + "/check-in", "{\"code\":\"XXXXXX\"}");
        assertThat(wrongCode.isProblem(400)).isTrue();
        assertThat(wrongCode.json().getString("field")).isEqualTo("code");
        assertThat(organiser.post(vol + "/sign-ups/" + signUp + "/check-out", "{}").isProblem(409)).isTrue();
        assertThat(organiser.post(vol + "/sign-ups/" + signUp + "/check-in", "{\"code\":\"" + shift.getString("checkInCode") + "\"}")
                .json().getJsonString("checkedInAt")).isNotNull();

        assertThat(volunteer.post(vol + "/volunteers/" + me + "/approve", "{}").isProblem(403)).isTrue();
        assertThat(organiser.post(vol + "/volunteers/" + me + "/approve", "{}").json().getString("status")).isEqualTo("approved");
        assertThat(volunteer.post(vol + "/shifts/" + shift.getString("id") + "/sign-ups", "{\"volunteerId\":\"" + me + "\"}")
                .status()).as("approved now").isEqualTo(201);
        assertThat(volunteer.get(vol + "/leaderboard").status()).isEqualTo(200);
        assertThat(volunteer.get(vol + "/volunteers?name=阿").isProblem(403)).as("the list holds phone numbers").isTrue();
        assertThat(organiser.get(vol + "/volunteers?name=阿芳").json().getInt("total")).isEqualTo(1);

        // the shift is full: the next sign-up waits first in line
        String third = organiser.post(vol + "/volunteers", "{\"username\":\"taishan-caseworker\",\"name\":\"阿华\"}").json()
                .getString("id");
        JsonObject waiting = organiser.post(vol + "/shifts/" + shift.getString("id") + "/sign-ups", "{\"volunteerId\":\"" + third + "\"}")
                .json();
        assertThat(waiting.getString("status")).isEqualTo("waiting");
        assertThat(waiting.getInt("placeInLine")).isEqualTo(1);
        Api.Reply csv = organiser.get(vol + "/shifts/" + shift.getString("id") + "/roster.csv");
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("\uFEFFvolunteer,status,waiting place").contains("阿华,waiting,1");
        assertThat(organiser.accepting("zh-CN,zh;q=0.9").get(vol + "/shifts/" + shift.getString("id") + "/roster.csv").body())
                .as("a Chinese reader's export").startsWith("\uFEFF志愿者,状态,候补顺位").contains("阿华,候补,1");
        assertThat(volunteer.get(vol + "/shifts/" + shift.getString("id") + "/roster.csv").isProblem(403)).isTrue();

        // changes name the version they were made on; a stale one is refused, not applied
        JsonObject current = organiser.get(vol + "/shifts/" + shift.getString("id")).json();
        String change = """
                {"startsAt":"%s","endsAt":"%s","capacity":3,"version":%d}""".formatted(current.getString("startsAt"),
                current.getString("endsAt"), current.getJsonNumber("version").longValue());
        assertThat(organiser.put(vol + "/shifts/" + shift.getString("id"), change).json().getInt("capacity")).isEqualTo(3);
        assertThat(organiser.put(vol + "/shifts/" + shift.getString("id"), change).isProblem(409)).isTrue();
        assertField(organiser.post(vol + "/shifts/" + shift.getString("id") + "/cancel", "{}"), "reason");
        assertThat(organiser.put(vol + "/star-thresholds", "{\"hours\":[10,20],\"version\":0}").isProblem(403))
                .as("the federation's admins set the stars").isTrue();
        JsonObject stars = volunteer.get(vol + "/star-thresholds").json();
        assertThat(stars.getJsonArray("hours")).hasSize(5);
        assertThat(stars.getJsonNumber("version").longValue()).as("the default thresholds").isZero();
        Api admin = anonymous.as("taishan-admin", DEMO_PASSWORD);
        assertField(admin.put(vol + "/star-thresholds", "{\"hours\":[20,10],\"version\":0}"), "hours");
        assertThat(admin.put(vol + "/star-thresholds", "{\"hours\":[50,150],\"version\":0}").json().getJsonNumber("version")
                .longValue()).isPositive();
        assertThat(admin.put(vol + "/star-thresholds", "{\"hours\":[60,150],\"version\":0}").isProblem(409))
                .as("a change made on the default ones, after someone set others").isTrue();
        assertThat(volunteer.get("/api/v1/modules/volunteers/openapi").body()).contains("/shifts/{id}/sign-ups", "/nominations");

        // where the organiser confirms each sign-up, a place is held until they do
        Instant tomorrow = start.plus(java.time.Duration.ofDays(1));
        String reviewed = organiser.post(vol + "/activities/" + festival + "/shifts", """
                {"startsAt":"%s","endsAt":"%s","capacity":1,"needsApproval":true}"""
                .formatted(tomorrow, tomorrow.plus(java.time.Duration.ofHours(2)))).json().getString("id");
        JsonObject held = volunteer.post(vol + "/shifts/" + reviewed + "/sign-ups", "{\"volunteerId\":\"" + me + "\"}").json();
        assertThat(held.getString("status")).isEqualTo("pending");
        assertThat(volunteer.post(vol + "/sign-ups/" + held.getString("id") + "/approve", "{}").isProblem(403)).isTrue();
        assertThat(organiser.post(vol + "/sign-ups/" + held.getString("id") + "/approve", "{}").json().getString("status"))
                .isEqualTo("confirmed");

        assertField(volunteer.get(vol + "/volunteers/" + me + "/certificate.pdf"), "volunteerId"); // no hours, nothing to certify
        assertThat(volunteer.get(vol + "/volunteers/" + other + "/certificate.pdf").isProblem(403))
                .as("a volunteer's own certificate only").isTrue();
        assertThat(volunteer.get(vol + "/volunteers/" + me + "/hours").jsonArray()).as("nothing served yet").isEmpty();
        assertThat(volunteer.get(vol + "/volunteers/" + other + "/hours").isProblem(403)).isTrue();

        // a volunteer's ID number: kept encrypted under the module's key, shown masked, revealed to admins only
        Api taishanAdmin = anonymous.as("taishan-admin", DEMO_PASSWORD);
        for (String account : new String[] {"id-holder", "teen"}) { // a record is bound to a user of the federation only
            taishanAdmin.post("/api/v1/tenants/gd-jiangmen-taishan/users", """
                    {"username":"%s","password":"侨乡台山-volunteer-2026","roles":["volunteer"]}""".formatted(account));
        }
        assertField(organiser.post(vol + "/volunteers", "{\"username\":\"kaiping-admin\",\"name\":\"别县\"}"), "username");
        String number = "44078119900101123" + org.qiaoyun.api.personal.ResidentId.checkCharacter("44078119900101123");
        JsonObject withId = organiser.post(vol + "/volunteers", """
                {"username":"id-holder","name":"黄敏","residentId":"%s"}""".formatted(number)).json();
        assertThat(withId.getString("residentIdMasked")).isEqualTo("4407**********" + number.substring(14));
        assertThat(withId.toString()).doesNotContain(number);
        assertThat(organiser.post(vol + "/volunteers/" + withId.getString("id") + "/reveal-id", "{}").isProblem(403)).isTrue();
        assertThat(anonymous.as("taishan-admin", DEMO_PASSWORD).post(vol + "/volunteers/" + withId.getString("id") + "/reveal-id", "{}")
                .json().getString("residentId")).isEqualTo(number);
        assertField(organiser.post(vol + "/volunteers", """
                {"username":"teen","name":"小华","birthDate":"2012-05-01"}"""), "guardianName");
        JsonObject nomination = organiser.post(vol + "/nominations", """
                {"volunteerId":"%s","award":"最美基层侨联志愿者","year":%d,"reason":"坚持每周探访独居老归侨，风雨无阻。"}"""
                .formatted(me, java.time.Year.now(java.time.ZoneId.of("Asia/Shanghai")).getValue())).json();
        String decision = "{\"endorse\":true,\"version\":" + nomination.getJsonNumber("version").longValue() + "}";
        assertThat(organiser.post(vol + "/nominations/" + nomination.getString("id") + "/decision", decision).isProblem(403))
                .as("the federation's admin decides").isTrue();
        assertThat(anonymous.as("taishan-admin", DEMO_PASSWORD).post(vol + "/nominations/" + nomination.getString("id") + "/decision",
                decision).json().getString("status")).isEqualTo("endorsed");
        assertThat(organiser.post(vol + "/volunteers/" + me + "/trainings", """
                {"course":"急救培训","completedOn":"2026-11-01","hours":8}""").status()).isEqualTo(201);
        assertField(organiser.post(vol + "/volunteers/" + me + "/trainings", """
                {"course":"急救培训","completedOn":"2999-01-01","hours":8}"""), "completedOn");
        assertThat(volunteer.get(vol + "/volunteers/" + me + "/trainings").jsonArray()).hasSize(1);
    }

    /**
     * Hours that hold up (issue 17): hours entered afterwards need a reason (400 naming it); a no-show counts
     * nothing; the check-out tolerance is the admins'; weekly shifts in one step; a risky shift takes insured
     * volunteers only; retiring stops sign-ups; a certificate is numbered with a code that the public page
     * confirms showing a masked name and the hours only. Then in a browser: the organiser enters a walk-in's
     * hours on the rosters desk, and the volunteer on a 390-pixel phone sees the hours, stars and hours to the
     * next star, nothing wider than the phone.
     */
    @Test
    void organiserEntersHoursAfterwardsAndAVolunteerAt390PixelsSeesStarsAndHoursToTheNext() {
        Api taishanAdmin = anonymous.as("taishan-admin", DEMO_PASSWORD);
        Api organiser = anonymous.as("taishan-organiser", DEMO_PASSWORD);
        String vol = "/api/v1/tenants/gd-jiangmen-taishan/volunteers";
        String account = "walk-in-" + System.nanoTime() % 100000;
        String password = "侨乡台山-walkin-2026";
        taishanAdmin.post("/api/v1/tenants/gd-jiangmen-taishan/users", """
                {"username":"%s","password":"%s","roles":["volunteer"]}""".formatted(account, password));
        JsonObject walkIn = organiser.post(vol + "/volunteers", """
                {"username":"%s","name":"陈美英"}""".formatted(account)).json();
        String id = walkIn.getString("id");
        int firstStar = organiser.get(vol + "/star-thresholds").json().getJsonArray("hours").getInt(0); // another story may set them
        assertThat(walkIn.getJsonNumber("minutesToNextStar").longValue()).as("the first star's hours").isEqualTo(firstStar * 60L);
        String festival = organiser.post(vol + "/activities", """
                {"title":"侨乡文化节（补录）","place":"台城"}""").json().getString("id");
        Instant yesterday = Instant.now().minus(java.time.Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        String past = organiser.post(vol + "/activities/" + festival + "/shifts", """
                {"startsAt":"%s","endsAt":"%s","capacity":1,"cancelUntil":"%s"}""".formatted(yesterday,
                yesterday.plus(java.time.Duration.ofHours(3)), yesterday)).json().getString("id");
        assertField(organiser.post(vol + "/shifts/" + past + "/hours", """
                {"volunteerId":"%s","minutes":150}""".formatted(id)), "reason");
        assertThat(anonymous.as(account, password).post(vol + "/shifts/" + past + "/hours", """
                {"volunteerId":"%s","minutes":150,"reason":"自己补"}""".formatted(id)).isProblem(403)).isTrue();
        JsonObject entered = organiser.post(vol + "/shifts/" + past + "/hours", """
                {"volunteerId":"%s","minutes":150,"reason":"现场临时参加，依纸质签到表补录"}""".formatted(id)).json();
        assertThat(entered.getBoolean("enteredAfterwards")).isTrue();
        assertThat(organiser.get(vol + "/volunteers/" + id + "/hours").jsonArray().getJsonObject(0).getString("correctionReason"))
                .isEqualTo("现场临时参加，依纸质签到表补录");

        // the check-out tolerance: everyone reads it, admins set it, a stale change is refused
        assertThat(organiser.get(vol + "/hours-rule").json().getInt("checkOutToleranceMinutes")).isEqualTo(30);
        assertThat(organiser.put(vol + "/hours-rule", "{\"checkOutToleranceMinutes\":10,\"version\":0}").isProblem(403)).isTrue();
        assertField(taishanAdmin.put(vol + "/hours-rule", "{\"checkOutToleranceMinutes\":600,\"version\":0}"), "checkOutToleranceMinutes");
        assertThat(taishanAdmin.put(vol + "/hours-rule", "{\"checkOutToleranceMinutes\":20,\"version\":0}").json()
                .getInt("checkOutToleranceMinutes")).isEqualTo(20);
        assertThat(taishanAdmin.put(vol + "/hours-rule", "{\"checkOutToleranceMinutes\":25,\"version\":0}").isProblem(409)).isTrue();

        // weekly shifts in one step; a risky one takes insured volunteers only
        Instant nextWeek = Instant.now().plus(java.time.Duration.ofDays(7)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        assertField(organiser.post(vol + "/activities/" + festival + "/shifts/weekly", """
                {"startsAt":"%s","endsAt":"%s","capacity":2,"weeks":27}""".formatted(nextWeek, nextWeek.plusSeconds(7200))), "weeks");
        var weekly = organiser.post(vol + "/activities/" + festival + "/shifts/weekly", """
                {"startsAt":"%s","endsAt":"%s","capacity":2,"weeks":3,"needsInsurance":true}"""
                .formatted(nextWeek, nextWeek.plusSeconds(7200))).jsonArray();
        assertThat(weekly).hasSize(3);
        String risky = weekly.getJsonObject(0).getString("id");
        assertField(organiser.post(vol + "/shifts/" + risky + "/sign-ups", "{\"volunteerId\":\"" + id + "\"}"), "volunteerId");
        long version = organiser.get(vol + "/volunteers/" + id).json().getJsonNumber("version").longValue();
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        assertField(organiser.put(vol + "/volunteers/" + id + "/insurance", """
                {"insurer":"中国人寿","policyNumber":"GD-2026-1","validFrom":"%s","validUntil":"%s","version":%d}"""
                .formatted(today, today.minusDays(1), version)), "validUntil");
        JsonObject insured = organiser.put(vol + "/volunteers/" + id + "/insurance", """
                {"insurer":"中国人寿","policyNumber":"GD-2026-1","validFrom":"%s","validUntil":"%s","version":%d}"""
                .formatted(today, today.plusYears(1), version)).json();
        assertThat(insured.getJsonObject("insurance").getString("insurer")).isEqualTo("中国人寿");
        String place = organiser.post(vol + "/shifts/" + risky + "/sign-ups", "{\"volunteerId\":\"" + id + "\"}").json().getString("id");
        assertThat(organiser.post(vol + "/sign-ups/" + place + "/no-show", "{}").isProblem(409)).as("not before the start").isTrue();

        // the certificate: numbered, with a code the public page confirms without personal data
        Api self = anonymous.as(account, password);
        var headers = self.headers(vol + "/volunteers/" + id + "/certificate.pdf");
        String number = headers.firstValue("Certificate-Number").orElseThrow();
        String code = headers.firstValue("Certificate-Code").orElseThrow();
        Api.Reply confirmed = anonymous.get("/p/gd-jiangmen-taishan/volunteers/c/" + number + "/" + code);
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.body()).contains("陈*英", "2.5 小时").doesNotContain("陈美英", account);
        assertThat(anonymous.get("/p/gd-jiangmen-taishan/volunteers/c/" + number + "/WRONG234").status()).isEqualTo(404);
        assertThat(anonymous.get("/p/gd-jiangmen-kaiping/volunteers/c/" + number + "/" + code).status())
                .as("another federation knows nothing of it").isEqualTo(404);

        // retiring: a reason, the version seen; no sign-ups after
        long now = organiser.get(vol + "/volunteers/" + id).json().getJsonNumber("version").longValue();
        assertField(organiser.post(vol + "/volunteers/" + id + "/retire", "{\"version\":" + now + "}"), "reason");
        assertThat(organiser.post(vol + "/volunteers/" + id + "/retire", "{\"reason\":\"迁居\",\"version\":" + (now + 5) + "}")
                .isProblem(409)).isTrue();
        JsonObject retired = organiser.post(vol + "/volunteers/" + id + "/retire", "{\"reason\":\"迁居外地\",\"version\":" + now + "}")
                .json();
        assertThat(retired.getString("status")).isEqualTo("retired");
        assertField(organiser.post(vol + "/shifts/" + weekly.getJsonObject(1).getString("id") + "/sign-ups",
                "{\"volunteerId\":\"" + id + "\"}"), "volunteerId");
        JsonObject back = organiser.post(vol + "/volunteers/" + id + "/reactivate", "{\"reason\":\"回乡\",\"version\":"
                + retired.getJsonNumber("version").longValue() + "}").json();
        assertThat(back.getString("status")).isEqualTo("approved");

        BrowserJourney.assumeAvailable();
        // a second walk-in on the same shift, entered on screen by the organiser
        String second = "walk-in-b-" + System.nanoTime() % 100000;
        taishanAdmin.post("/api/v1/tenants/gd-jiangmen-taishan/users", """
                {"username":"%s","password":"%s","roles":["volunteer"]}""".formatted(second, password));
        organiser.post(vol + "/volunteers", """
                {"username":"%s","name":"黄志远"}""".formatted(second));
        try (BrowserJourney browser = new BrowserJourney("http://localhost:" + deployment.getPort() + "/")) {
            browser.resize(1366, 900);
            browser.signIn("taishan-organiser", DEMO_PASSWORD);
            browser.open("t/gd-jiangmen-taishan/volunteers/rosters");
            browser.selectRow("侨乡文化节（补录）");
            browser.click(org.openqa.selenium.By.id("vol-enter-afterwards"));
            browser.choose("vol-enter-volunteer", "黄志远");
            browser.click(org.openqa.selenium.By.id("vol-enter-save"));
            assertThat(browser.waitFor(org.openqa.selenium.By.cssSelector("#vol-enter-reason[invalid]")).isDisplayed())
                    .as("no hours entered afterwards without a reason").isTrue();
            browser.fill("vol-enter-reason", "纸质签到表");
            browser.screenshot("hours-entered-afterwards");
            browser.click(org.openqa.selenium.By.id("vol-enter-save"));
            browser.waitFor(org.openqa.selenium.By.xpath("//vaadin-grid-cell-content[normalize-space(.)='黄志远']"));
            browser.signOut();

            browser.resize(390, 844);
            browser.signIn(account, password);
            browser.open("t/gd-jiangmen-taishan/volunteers");
            assertThat(browser.waitFor(org.openqa.selenium.By.id("vol-hours")).getText()).isEqualTo("服务时长：2.5 小时");
            assertThat(browser.waitFor(org.openqa.selenium.By.id("vol-stars")).getText()).isEqualTo("尚未获得星级");
            org.openqa.selenium.WebElement next = browser.waitFor(org.openqa.selenium.By.id("vol-next-star"));
            assertThat(next.getText()).isEqualTo("再服务 " + String.format(java.util.Locale.ROOT, "%.1f", firstStar - 2.5) + " 小时可获 1 星");
            org.openqa.selenium.WebElement card = browser.waitFor(org.openqa.selenium.By.id("vol-standing"));
            assertThat(card.getRect().getX() + card.getRect().getWidth()).as("the card fits the phone").isLessThanOrEqualTo(390);
            assertThat(next.getRect().getX() + next.getRect().getWidth()).as("nothing cut off at the right").isLessThanOrEqualTo(390);
            browser.screenshot("volunteer-390-stars");
        }
    }

    /**
     * A county pays aid without the API, in a browser: the admin opens a fund and records the donation received; the
     * caseworker registers the person, drafts a medical-aid case, submits it and records the home visit (its date,
     * visitor and findings), and is not offered the approval of a case they prepared; the admin, within their limit,
     * approves it; the caseworker pays it from the fund. The case then shows as paid and the fund's balance has fallen by
     * the amount, on a 1366-pixel screen and on a 390-pixel phone, nothing wider than the phone.
     */
    @Test
    void aCaseworkerOpensAFundAndPaysACaseEntirelyOnScreen() {
        BrowserJourney.assumeAvailable();
        String suffix = String.format("%03d", System.nanoTime() % 1000);
        String fundName = "侨心医疗救助金" + suffix;
        String person = "司徒金凤" + suffix;
        String seventeen = "44078119510315" + suffix;
        String residentId = seventeen + org.qiaoyun.api.personal.ResidentId.checkCharacter(seventeen);
        java.time.LocalDate visited = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(1);
        String aid = "t/gd-jiangmen-taishan/aid";
        java.util.function.Function<String, org.openqa.selenium.By> status = shown -> org.openqa.selenium.By.xpath(
                "//*[@id='aid-case-status'][normalize-space(.)='" + shown + "']");
        java.util.function.Function<String, org.openqa.selenium.By> balance = shown -> org.openqa.selenium.By.xpath(
                "//*[@id='aid-fund-balance'][normalize-space(.)='余额 " + shown + "']");
        try (BrowserJourney browser = new BrowserJourney("http://localhost:" + deployment.getPort() + "/")) {
            browser.resize(1366, 900);
            // the admin opens the fund (an admin's act) and records the donation that came in
            browser.signIn("taishan-admin", DEMO_PASSWORD);
            browser.open(aid + "/funds");
            browser.click(org.openqa.selenium.By.id("aid-fund-open"));
            browser.fill("aid-fund-name", fundName);
            browser.choose("aid-fund-source", "侨捐");
            browser.fill("aid-fund-donor", "旅美台山同乡会");
            browser.screenshot("aid-fund-open");
            browser.click(org.openqa.selenium.By.id("aid-fund-save"));
            browser.waitFor(balance.apply("¥0.00"));
            String fundRoute = browser.currentPath();
            assertThat(fundRoute).startsWith(aid + "/fund/");
            browser.click(org.openqa.selenium.By.id("aid-receipt-open"));
            browser.fill("aid-receipt-amount", "1000");
            browser.fill("aid-receipt-note", "同乡会医疗救助捐款");
            browser.click(org.openqa.selenium.By.id("aid-receipt-save"));
            browser.click(org.openqa.selenium.By.cssSelector("vaadin-button[slot='confirm-button']"));
            browser.waitFor(balance.apply("¥1,000.00"));
            browser.signOut();

            // the caseworker registers the person, drafts the case, submits it and records the home visit
            browser.signIn("taishan-caseworker", DEMO_PASSWORD);
            browser.open(aid + "/beneficiaries");
            browser.click(org.openqa.selenium.By.id("aid-register"));
            browser.fill("aid-person-name", person);
            browser.fill("aid-resident-id", residentId);
            browser.choose("aid-person-category", "归侨");
            browser.fill("aid-consent-by", person);
            browser.click(org.openqa.selenium.By.id("aid-register-save"));
            browser.waitFor(org.openqa.selenium.By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + person + "']"));
            browser.open(aid);
            browser.click(org.openqa.selenium.By.id("aid-new-case"));
            browser.pick("aid-case-beneficiary", person);
            browser.choose("aid-case-type", "医疗救助");
            browser.fill("aid-case-amount", "800");
            browser.write("aid-case-summary", "住院手术自付部分无力承担");
            browser.click(org.openqa.selenium.By.id("aid-case-save"));
            browser.waitFor(status.apply("草稿"));
            String caseRoute = browser.currentPath();
            assertThat(caseRoute).startsWith(aid + "/case/");
            browser.click(org.openqa.selenium.By.id("aid-step-submit"));
            browser.click(org.openqa.selenium.By.id("aid-step-go"));
            browser.waitFor(status.apply("已提交"));
            browser.click(org.openqa.selenium.By.id("aid-step-verify"));
            browser.date("aid-step-visit-date", visited);
            browser.fill("aid-step-visitor", "李社工");
            browser.write("aid-step-findings", "独居，住院账单属实");
            browser.screenshot("aid-home-visit");
            browser.click(org.openqa.selenium.By.id("aid-step-go"));
            browser.waitFor(status.apply("已核实"));
            assertThat(browser.text()).contains("入户核实：" + visited + "，李社工：独居，住院账单属实");
            assertThat(browser.present(org.openqa.selenium.By.id("aid-step-approve")))
                    .as("who prepared the case is not offered its approval").isFalse();
            browser.signOut();

            // the admin approves it: another person than who prepared it, 800 yuan within the admin's limit
            browser.signIn("taishan-admin", DEMO_PASSWORD);
            browser.open(caseRoute);
            browser.click(org.openqa.selenium.By.id("aid-step-approve"));
            browser.click(org.openqa.selenium.By.id("aid-step-go"));
            browser.waitFor(status.apply("已批准"));
            browser.signOut();

            // the caseworker pays it from the fund
            browser.signIn("taishan-caseworker", DEMO_PASSWORD);
            browser.open(caseRoute);
            browser.click(org.openqa.selenium.By.id("aid-step-disburse"));
            browser.pick("aid-step-fund", fundName);
            browser.screenshot("aid-pay");
            browser.click(org.openqa.selenium.By.id("aid-step-go"));
            browser.waitFor(status.apply("已发放"));
            assertThat(browser.text()).contains("申请 ¥800.00，批准 ¥800.00，已发放 ¥800.00");
            browser.screenshot("aid-case-paid-1366");
            browser.open(fundRoute);
            browser.waitFor(balance.apply("¥200.00"));
            assertThat(browser.all(org.openqa.selenium.By.xpath("//*[@id='aid-ledger']//vaadin-grid-cell-content[normalize-space(.)='支出']")))
                    .as("the payment on the fund's ledger").hasSize(1);
            browser.screenshot("aid-fund-after-payment-1366");

            browser.resize(390, 844);
            browser.open(caseRoute);
            browser.waitFor(status.apply("已发放"));
            browser.screenshot("aid-case-paid-390");
            assertThat(browser.scrollsSideways()).as("the paid case fits the phone").isFalse();
            browser.open(fundRoute);
            browser.waitFor(balance.apply("¥200.00"));
            browser.screenshot("aid-fund-after-payment-390");
            assertThat(browser.scrollsSideways()).as("the fund fits the phone").isFalse();
            org.openqa.selenium.By amounts = org.openqa.selenium.By.xpath(
                    "//*[@id='aid-ledger']//vaadin-grid-cell-content[starts-with(normalize-space(.), '¥')]");
            assertThat(browser.all(amounts)).as("two lines, each an amount and a balance").hasSize(4);
            assertThat(browser.cutOff(amounts)).as("the ledger's amounts whole on a phone").isEmpty();
        }
    }

    @Test
    void hostileAndCarelessInputIsRefusedPlainlyNeverWithA500() {
        Api taishanAdmin = anonymous.as("taishan-admin", DEMO_PASSWORD);
        String aid = "/api/v1/tenants/gd-jiangmen-taishan/modules/aid";
        boolean before = find(taishanAdmin.get("/api/v1/tenants/gd-jiangmen-taishan/modules").jsonArray(), "aid").getBoolean("enabled");
        assertField(taishanAdmin.put(aid, "{\"enabled\":\"yes\"}"), null);
        assertThat(taishanAdmin.put(aid, "{\"enabled\":1}").isProblem(400)).as("a number is not a boolean").isTrue();
        assertThat(find(taishanAdmin.get("/api/v1/tenants/gd-jiangmen-taishan/modules").jsonArray(), "aid").getBoolean("enabled"))
                .as("nothing switched by a string").isEqualTo(before);
        assertThat(api.patch("/api/v1/tenants/gd-jiangmen", "{\"version\":\"1\"}").isProblem(400)).as("a string is not a version").isTrue();
        assertThat(api.patch("/api/v1/tenants/gd-jiangmen", "{\"version\":18446744073709551617}").isProblem(400))
                .as("out of range is refused, not wrapped").isTrue();

        byte[] tree = "code: gd\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(api.send("POST", "/api/v1/tenants-config/plan", "text/plain", tree).isProblem(415))
                .as("a form posted from another site (text/plain) is not a tree").isTrue();
        byte[] large = new byte[1024 * 1024];
        java.util.Arrays.fill(large, (byte) 'a');
        assertThat(anonymous.as("taishan-volunteer", DEMO_PASSWORD).send("POST", "/api/v1/tenants-config/plan", "application/yaml", large)
                .isProblem(403)).as("who may not apply trees is refused before anything is parsed").isTrue();
        assertThat(refusedAsTooLarge(() -> api.send("POST", "/api/v1/tenants-config/plan", "application/yaml",
                new byte[17 * 1024 * 1024]))).isTrue();
        assertThat(refusedAsTooLarge(() -> api.send("POST", "/api/v1/tenants", "application/json", new byte[2 * 1024 * 1024]))).isTrue();
        assertThat(api.postYaml("/api/v1/tenants-config/plan", "a: &a [*a]\ncode: *a\n").isProblem(400))
                .as("a recursive alias is invalid YAML, not a 500").isTrue();
    }

    /**
     * Every JSON endpoint of the platform and of its modules, from their own OpenAPI documents, sent
     * broken JSON, the wrong type, every field as an overlong string, and a body past the limit: each is
     * refused plainly: a problem document in the 400s, never a 500.
     */
    @Test
    @SuppressWarnings("unchecked")
    void everyJsonEndpointRefusesBadInputPlainlyNeverWithA500() {
        Api taishanAdmin = anonymous.as("taishan-admin", DEMO_PASSWORD);
        java.util.Map<String, Object> documents = new java.util.LinkedHashMap<>();
        documents.put("", new org.yaml.snakeyaml.Yaml().load(api.get("/openapi").body()));
        for (String module : new String[] {"aid", "volunteers", "legal", "events"}) {
            documents.put("/api/v1/tenants/gd-jiangmen-taishan/" + module,
                    new org.yaml.snakeyaml.Yaml().load(taishanAdmin.get("/api/v1/modules/" + module + "/openapi").body()));
        }
        String overlong = "长".repeat(5000);
        int sent = 0;
        java.util.List<String> failures = new java.util.ArrayList<>();
        for (var document : documents.entrySet()) {
            var paths = (java.util.Map<String, java.util.Map<String, Object>>) ((java.util.Map<String, Object>) document.getValue()).get("paths");
            for (var path : paths.entrySet()) {
                String concrete = document.getKey() + path.getKey().replace("{code}", "gd-jiangmen-taishan")
                        .replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000");
                for (var operation : path.getValue().entrySet()) {
                    String method = operation.getKey().toUpperCase(java.util.Locale.ROOT);
                    if (!java.util.Set.of("POST", "PUT", "PATCH").contains(method) || !(operation.getValue() instanceof java.util.Map<?, ?> op)) {
                        continue;
                    }
                    java.util.Map<String, Object> body = (java.util.Map<String, Object>) op.get("requestBody");
                    java.util.Map<String, Object> content = body == null ? null : (java.util.Map<String, Object>) body.get("content");
                    if (content == null || !content.containsKey("application/json")) {
                        continue;
                    }
                    java.util.Map<String, Object> schema = (java.util.Map<String, Object>) ((java.util.Map<String, Object>) content.get("application/json")).get("schema");
                    java.util.Map<String, Object> properties = propertiesOf((java.util.Map<String, Object>) document.getValue(), schema);
                    jakarta.json.JsonObjectBuilder everyFieldOverlong = jakarta.json.Json.createObjectBuilder();
                    properties.keySet().forEach(name -> everyFieldOverlong.add(name, overlong));
                    Api caller = document.getKey().isEmpty() ? api : taishanAdmin;
                    java.util.List<String> bodies = new java.util.ArrayList<>(java.util.List.of("{", "[]", "\"text\""));
                    if (!properties.isEmpty()) {
                        bodies.add(everyFieldOverlong.build().toString());
                    }
                    if (method.equals("POST")) {
                        bodies.add("{}"); // nothing of what a record needs
                    }
                    for (String bad : bodies) {
                        Api.Reply reply;
                        long started = System.nanoTime();
                        try {
                            reply = caller.send(method, concrete, "application/json", bad.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        } catch (java.io.UncheckedIOException closed) {
                            failures.add(method + " " + concrete + " with " + (bad.length() > 20 ? "overlong fields" : bad)
                                    + ": connection closed after " + (System.nanoTime() - started) / 1_000_000 + " ms");
                            continue;
                        }
                        sent++;
                        boolean plain = reply.status() >= 400 && reply.status() < 500 && reply.contentType() != null
                                && reply.contentType().startsWith("application/problem+json");
                        if (!plain) {
                            failures.add(method + " " + concrete + " with " + (bad.length() > 20 ? "overlong fields" : bad) + ": "
                                    + reply.status() + " " + reply.contentType() + " " + reply.body());
                        }
                    }
                }
            }
        }
        assertThat(sent).as("the documents list the endpoints").isGreaterThan(60);
        assertThat(failures).isEmpty();
    }

    @Test
    void aTokenStandsForItsOwnerAndAPersonalTokenForAScriptIsNarrowedAndRevocable() {
        Api.Reply issued = anonymous.post("/api/v1/tokens", "{\"username\":\"taishan-caseworker\",\"password\":\"" + DEMO_PASSWORD + "\"}");
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        assertThat(issued.json().getString("expiresAt")).isNotBlank();
        Api caseworker = anonymous.bearer(issued.json().getString("token"));
        assertThat(caseworker.get("/api/v1/tenants/gd-jiangmen-taishan").status()).isEqualTo(200);
        assertThat(anonymous.post("/api/v1/tokens", "{\"username\":\"taishan-caseworker\",\"password\":\"wrong-one\"}").isProblem(401))
                .isTrue();
        assertThat(anonymous.bearer("qys_made-up").get("/api/v1/modules").isProblem(401)).isTrue();

        Api.Reply made = caseworker.post("/api/v1/tokens/personal", "{\"name\":\"夜间同步\",\"tenants\":[\"gd-jiangmen-taishan\"]}");
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        Api script = anonymous.bearer(made.json().getString("token"));
        assertThat(script.get("/api/v1/tenants/gd-jiangmen-taishan/modules").status()).isEqualTo(200);
        assertThat(script.post("/api/v1/tokens/personal", "{\"name\":\"再造一个\"}").isProblem(403)).as("read-only").isTrue();
        assertThat(caseworker.post("/api/v1/tokens/personal", "{\"name\":\"越界\",\"tenants\":[\"gd-jiangmen-kaiping\"]}")
                .isProblem(404)).as("never beyond what its owner sees").isTrue();
        assertThat(caseworker.get("/api/v1/tokens/personal").jsonArray()).anySatisfy(listed -> {
            assertThat(listed.asJsonObject().getString("name")).isEqualTo("夜间同步");
            assertThat(listed.asJsonObject().getString("lastUsedAt")).isNotBlank();
            assertThat(listed.asJsonObject().get("token")).as("the secret is shown once").isIn(null, jakarta.json.JsonValue.NULL);
        });
        assertThat(caseworker.send("DELETE", "/api/v1/tokens/personal/" + made.json().getString("id"), null, null).status())
                .isEqualTo(204);
        assertThat(script.get("/api/v1/tenants/gd-jiangmen-taishan/modules").isProblem(401)).as("revoked").isTrue();

        // a province admin's script narrowed to one city: the services themselves see the narrowing
        Api province = anonymous.bearer(anonymous.post("/api/v1/tokens", "{\"username\":\"gd-admin\",\"password\":\""
                + DEMO_PASSWORD + "\"}").json().getString("token"));
        Api jiangmenOnly = anonymous.bearer(province.post("/api/v1/tokens/personal",
                "{\"name\":\"江门同步\",\"scope\":\"write\",\"tenants\":[\"gd-jiangmen\"]}").json().getString("token"));
        assertField(jiangmenOnly.post("/api/v1/tenants", """
                {"code":"gd-beyond-reach","parent":"gd","level":"city","nameZh":"越界市","nameEn":"Beyond"}"""), "parent");
        assertThat(jiangmenOnly.post("/api/v1/tenants", """
                {"code":"gd-jiangmen-within","parent":"gd-jiangmen","level":"county","nameZh":"域内县","nameEn":"Within"}""").status())
                .as("below the city it is narrowed to").isEqualTo(201);
        assertThat(jiangmenOnly.get("/api/v1/tenants/gd-jiangmen-kaiping").status()).isEqualTo(200);
        assertThat(jiangmenOnly.get("/api/v1/tenants/gd").isProblem(404)).as("the owner sees it, the token does not").isTrue();
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        for (String path : new String[] {"/", "/api/v1/modules", "/login"}) {
            var headers = anonymous.headers(path);
            assertThat(headers.firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(v -> assertThat(v).contains("default-src 'self'"));
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).contains("same-origin");
            assertThat(headers.allValues("Server")).as(path).allMatch(server -> !server.contains("Payara"));
        }
        assertThat(anonymous.headers("/login").firstValue("Set-Cookie")).as("the session cookie stays home")
                .hasValueSatisfying(cookie -> assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure"));
        var behindTls = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + deployment.getPort() + "/login"))
                .header("X-Forwarded-Proto", "https").GET().build(), java.net.http.HttpResponse.BodyHandlers.discarding());
        assertThat(behindTls.headers().firstValue("Set-Cookie")).as("behind a proxy that ends TLS the cookie is Secure")
                .hasValueSatisfying(cookie -> assertThat(cookie).contains("Secure"));
    }

    @Test
    void refusalsSpeakTheLanguageTheRequestAsksForAndNameTheirCode() {
        Api.Reply chinese = api.accepting("zh-CN,zh;q=0.9,en;q=0.8").get("/api/v1/tenants/nowhere");
        assertThat(chinese.isProblem(404)).isTrue();
        assertThat(chinese.json().getString("detail")).isEqualTo("没有代码为 nowhere 的侨联");
        assertThat(chinese.json().getString("code")).isEqualTo("kernel.tenant.unknown");
        assertThat(api.get("/api/v1/tenants/nowhere").json().getString("detail")).as("no language named: English")
                .isEqualTo("no tenant with code nowhere");
        Api.Reply badCode = api.accepting("zh").post("/api/v1/tenants", """
                {"code":"Bad Code","parent":"gd","level":"city","nameZh":"坏","nameEn":"Bad"}""");
        assertField(badCode, "code");
        assertThat(badCode.json().getString("detail")).startsWith("代码须为");
        Api.Reply viewer = anonymous.as("taishan-viewer", DEMO_PASSWORD).accepting("zh-CN")
                .put("/api/v1/tenants/gd-jiangmen-taishan/modules/aid", "{\"enabled\":true}");
        assertThat(viewer.isProblem(403)).isTrue();
        assertThat(viewer.json().getString("detail")).isEqualTo("只有 gd-jiangmen-taishan 或其上级侨联的管理员可以这样做");
        Api.Reply broken = api.accepting("zh-CN").post("/api/v1/tenants", "{");
        assertThat(broken.isProblem(400)).isTrue();
        assertThat(broken.json().getString("detail")).as("the platform's own refusals too").isEqualTo("请求内容不是所需格式的 JSON");
        assertThat(broken.json().getString("code")).isEqualTo("kernel.request.not-json");
    }

    @Test
    void anAdminRemovesTheSecondFactorOfAUserWhoLostTheirPhone() {
        String path = "/api/v1/tenants/gd-jiangmen-taishan/users/taishan-caseworker/second-factor";
        assertThat(anonymous.as("taishan-viewer", DEMO_PASSWORD).send("DELETE", path, null, null).isProblem(403)).isTrue();
        assertThat(anonymous.as("kaiping-admin", DEMO_PASSWORD).send("DELETE", path, null, null).isProblem(404))
                .as("another county's users do not exist for its admin").isTrue();
        Api.Reply removed = anonymous.as("taishan-admin", DEMO_PASSWORD).send("DELETE", path, null, null);
        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.json().getString("username")).isEqualTo("taishan-caseworker");
    }

    @Test
    void aPersonReadsWhatThePlatformToldThemAndAnAdminWatchesTheEmail() {
        Api admin = anonymous.as("taishan-admin", DEMO_PASSWORD);
        Api viewer = anonymous.as("taishan-viewer", DEMO_PASSWORD);
        String user = "/api/v1/tenants/gd-jiangmen-taishan/users/taishan-viewer";
        assertField(admin.put(user + "/contact", "{\"email\":\"viewer at taishan\"}"), "email");
        Api.Reply contact = admin.put(user + "/contact", "{\"email\":\"viewer@taishan.example.cn\",\"mobile\":\"13800138000\"}");
        assertThat(contact.status()).isEqualTo(200);
        assertThat(contact.json().getString("email")).isEqualTo("viewer@taishan.example.cn");
        long before = viewer.get("/api/v1/messages/unread").json().getJsonNumber("unread").longValue();

        assertThat(admin.put(user + "/password", "{\"password\":\"" + DEMO_PASSWORD + "\"}").status()).isEqualTo(200);
        JsonObject told = viewer.accepting("zh-CN").get("/api/v1/messages").jsonArray().getValuesAs(JsonObject.class).get(0);
        assertThat(told.getString("kind")).isEqualTo("kernel.notify.password-reset");
        assertThat(told.getString("subject")).isEqualTo("您的侨云密码已重设");
        assertThat(told.getBoolean("read")).isFalse();
        assertThat(viewer.get("/api/v1/messages/unread").json().getJsonNumber("unread").longValue()).isEqualTo(before + 1);
        assertThat(anonymous.as("taishan-caseworker", DEMO_PASSWORD).put("/api/v1/messages/" + told.getString("id") + "/read", "{}")
                .isProblem(404)).as("another's message does not exist").isTrue();
        assertThat(viewer.put("/api/v1/messages/" + told.getString("id") + "/read", "{}").json().getJsonNumber("unread").longValue())
                .isEqualTo(before);

        Api.Reply outbox = admin.get("/api/v1/tenants/gd-jiangmen-taishan/outbox?status=pending");
        assertThat(outbox.status()).isEqualTo(200);
        JsonObject email = outbox.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("address").equals("viewer@taishan.example.cn")).findFirst().orElseThrow();
        assertThat(email.getString("kind")).isEqualTo("kernel.notify.password-reset");
        assertThat(admin.post("/api/v1/tenants/gd-jiangmen-taishan/outbox/" + email.getString("id") + "/retry", "{}").isProblem(409))
                .as("only a dead message is sent again").isTrue();
        assertThat(viewer.get("/api/v1/tenants/gd-jiangmen-taishan/outbox").isProblem(403)).isTrue();
        assertThat(admin.get("/api/v1/tenants/gd-jiangmen-taishan/outbox?status=lost").isProblem(400)).isTrue();
    }

    /** A value the answer does not carry: JSON-B leaves a null out. */
    private static boolean absent(JsonObject json, String key) {
        return !json.containsKey(key) || json.isNull(key);
    }

    /** What only a federation's admins may do answers a viewer 403 as a problem, in Chinese when asked in Chinese. */
    private static void refusedToTheViewer(Api.Reply reply) {
        assertThat(reply.isProblem(403)).as(reply.body()).isTrue();
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getString("detail")).isEqualTo("只有 gd-jiangmen-taishan 或其上级侨联的管理员可以这样做");
    }

    @Test
    void anAdminKeepsTheStaffGroupTestsItAndTheEmailAndSetsTheSmsSignWhileAViewerIsRefused() {
        Api admin = anonymous.as("taishan-admin", DEMO_PASSWORD).accepting("zh-CN");
        Api viewer = anonymous.as("taishan-viewer", DEMO_PASSWORD).accepting("zh-CN");
        String group = "/api/v1/tenants/gd-jiangmen-taishan/staff-group";
        Api.Reply none = admin.get(group);
        assertThat(none.status()).as(none.body()).isEqualTo(200);
        assertThat(absent(none.json(), "webhook")).isTrue();
        Api.Reply notARobot = admin.put(group, "{\"webhook\":\"http://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693axxx6\"}");
        assertField(notARobot, "webhook");
        assertThat(notARobot.contentType()).startsWith("application/problem+json");
        assertThat(notARobot.json().getString("detail")).isEqualTo("机器人地址必须以 https:// 开头");
        Api.Reply broken = admin.put(group, "{\"webhook\":");
        assertThat(broken.isProblem(400)).isTrue();
        assertThat(broken.contentType()).startsWith("application/problem+json");

        Api.Reply set = admin.put(group, "{\"webhook\":\"https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693axxx6-7aoc-4bc4-97a0-0ec2sifa5aaa\"}");
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().getString("webhook")).isEqualTo("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=****5aaa");
        assertThat(admin.get(group).body()).contains("****5aaa").doesNotContain("693axxx6");
        Api.Reply tested = admin.send("POST", group + "/test", null, null);
        assertThat(tested.status()).as(tested.body()).isEqualTo(200);
        assertThat(tested.json().getBoolean("sent")).as("no robot answers from here, or it refuses a made-up key").isFalse();
        assertThat(tested.json().getString("problem")).isNotBlank().doesNotContain("Exception").doesNotContain("693axxx6");

        refusedToTheViewer(viewer.get(group));
        refusedToTheViewer(viewer.put(group, "{\"webhook\":\"https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a\"}"));
        refusedToTheViewer(viewer.send("DELETE", group, null, null));
        refusedToTheViewer(viewer.send("POST", group + "/test", null, null));
        assertThat(anonymous.as("kaiping-admin", DEMO_PASSWORD).get(group).isProblem(404)).as("another county's").isTrue();
        assertThat(admin.send("DELETE", group, null, null).status()).isEqualTo(204);
        assertThat(absent(admin.get(group).json(), "webhook")).isTrue();

        String email = "/api/v1/tenants/gd-jiangmen-taishan/email/test";
        JsonObject noAddress = admin.send("POST", email, null, null).json();
        assertThat(noAddress.getBoolean("sent")).isFalse();
        assertThat(noAddress.getString("problem")).startsWith("您的账号还没有填写电子邮箱");
        String contact = "/api/v1/tenants/gd-jiangmen-taishan/users/taishan-admin/contact";
        assertThat(admin.put(contact, "{\"email\":\"taishan-admin@taishan.example.cn\"}").status()).isEqualTo(200);
        try {
            assertThat(admin.send("POST", email, null, null).json().getString("problem")).startsWith("平台还没有配置邮件服务器");
            assertThat(anonymous.as("taishan-admin", DEMO_PASSWORD).send("POST", email, null, null).json().getString("problem"))
                    .as("English when the request names no language").startsWith("The platform has no mail server configured");
        } finally {
            admin.put(contact, "{\"email\":\"\"}");
        }
        refusedToTheViewer(viewer.send("POST", email, null, null));

        String sign = "/api/v1/tenants/gd-jiangmen-taishan/sms-sign";
        JsonObject platformOnly = admin.get(sign).json();
        assertThat(absent(platformOnly, "sign")).isTrue();
        Api.Reply spaced = admin.put(sign, "{\"sign\":\"台山 侨联\"}");
        assertField(spaced, "sign");
        assertThat(spaced.contentType()).startsWith("application/problem+json");
        assertThat(spaced.json().getString("detail")).startsWith("短信签名只能由汉字、字母和数字组成");
        Api.Reply first = admin.put(sign, "{\"sign\":\"【台山侨联】\"}");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().getString("sign")).isEqualTo("台山侨联");
        assertThat(first.json().getString("inEffect")).isEqualTo("台山侨联");
        int read = first.json().getInt("version");
        assertThat(admin.put(sign, "{\"sign\":\"台山市侨联\",\"version\":" + read + "}").status()).isEqualTo(200);
        Api.Reply stale = admin.put(sign, "{\"sign\":\"台山侨务\",\"version\":" + read + "}");
        assertThat(stale.isProblem(409)).as(stale.body()).isTrue();
        assertThat(stale.contentType()).startsWith("application/problem+json");
        refusedToTheViewer(viewer.put(sign, "{\"sign\":\"台山侨联\"}"));
        refusedToTheViewer(viewer.get(sign));
        assertThat(admin.send("DELETE", sign, null, null).status()).isEqualTo(204);
        assertThat(absent(admin.get(sign).json(), "sign")).isTrue();
    }

    @Test
    void anAddressUnsubscribedByItsLinkIsListedForTheAdminAndTakenOffWhileAViewerIsRefused() throws Exception {
        String address = "unsubscribed" + System.nanoTime() % 1_000_000 + "@example.my";
        // the link every email carries: the federation and the address sealed with the platform's secrets key (ui/pom.xml)
        byte[] sealed = org.qiaoyun.kernel.identity.SecretSeal.fromBase64(System.getProperty("qiaoyun.secrets-key"))
                .seal(("unsubscribe\ngd-jiangmen-taishan\n" + address).getBytes(StandardCharsets.UTF_8));
        String page = "/p/gd-jiangmen-taishan/mail/unsubscribe?t=" + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(sealed);
        assertThat(publicly(() -> anonymous.get(page)).body()).as("opening the link only asks").contains("退订");
        Api.Reply unsubscribed = publicly(() -> anonymous.send("POST", page, "application/x-www-form-urlencoded", new byte[0]));
        assertThat(unsubscribed.status()).as(unsubscribed.body()).isBetween(200, 399);

        Api admin = anonymous.as("taishan-admin", DEMO_PASSWORD).accepting("zh-CN");
        Api viewer = anonymous.as("taishan-viewer", DEMO_PASSWORD).accepting("zh-CN");
        String list = "/api/v1/tenants/gd-jiangmen-taishan/suppressions";
        Api.Reply found = admin.get(list + "?q=" + address.substring(0, 18).toUpperCase(java.util.Locale.ROOT));
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        assertThat(found.json().getJsonArray("items")).singleElement().satisfies(item -> {
            assertThat(item.asJsonObject().getString("address")).isEqualTo(address);
            assertThat(item.asJsonObject().getString("reason")).isEqualTo("unsubscribed");
        });
        Api.Reply badPage = admin.get(list + "?page=-1");
        assertThat(badPage.isProblem(400)).as(badPage.body()).isTrue();
        assertThat(badPage.contentType()).startsWith("application/problem+json");
        refusedToTheViewer(viewer.get(list));
        refusedToTheViewer(viewer.send("DELETE", list + "/" + address, null, null));
        assertThat(anonymous.as("kaiping-admin", DEMO_PASSWORD).get(list).isProblem(404)).isTrue();

        assertThat(admin.send("DELETE", list + "/" + address.toUpperCase(java.util.Locale.ROOT), null, null).status()).isEqualTo(204);
        Api.Reply again = admin.send("DELETE", list + "/" + address, null, null);
        assertThat(again.isProblem(404)).isTrue();
        assertThat(again.json().getString("detail")).isEqualTo("该地址不在本侨联的退订名单上");
        assertThat(admin.get(list + "?q=" + address).json().getJsonArray("items")).isEmpty();
    }

    @Test
    void aPersonMustProveTheirMobileBeforeAnyTextMessageAndBadCodesAreRefusedPlainly() {
        Api organiser = anonymous.as("taishan-organiser", DEMO_PASSWORD).accepting("zh-CN");
        Api admin = anonymous.as("taishan-admin", DEMO_PASSWORD);
        String mine = "/api/v1/mobile-verification";
        JsonObject nothing = organiser.get(mine).json();
        assertThat(absent(nothing, "mobile")).isTrue();
        assertThat(nothing.getBoolean("verified")).isFalse();
        assertField(organiser.send("POST", mine + "/code", null, null), "mobile");
        String contact = "/api/v1/tenants/gd-jiangmen-taishan/users/taishan-organiser/contact";
        Api.Reply given = admin.put(contact, "{\"mobile\":\"139 0224 0000\"}");
        assertThat(given.status()).as(given.body()).isEqualTo(200);
        assertThat(given.json().getBoolean("mobileVerified")).isFalse();
        try {
            assertThat(organiser.get(mine).json().getString("mobile")).isEqualTo("13902240000");
            Api.Reply noSms = organiser.send("POST", mine + "/code", null, null);
            assertThat(noSms.isProblem(409)).as(noSms.body()).isTrue();
            assertThat(noSms.json().getString("detail")).startsWith("平台还没有配置发送验证码的短信服务");
            Api.Reply short_ = organiser.post(mine, "{\"code\":\"12\"}");
            assertField(short_, "code");
            assertThat(short_.json().getString("detail")).isEqualTo("验证码是 6 位数字");
            Api.Reply unasked = organiser.post(mine, "{\"code\":\"123456\"}");
            assertThat(unasked.isProblem(409)).as(unasked.body()).isTrue();
            assertThat(unasked.contentType()).startsWith("application/problem+json");
            assertThat(organiser.get(mine).json().getBoolean("verified")).isFalse();
            assertThat(anonymous.get(mine).isProblem(401)).isTrue();
        } finally {
            admin.put(contact, "{\"mobile\":\"\"}");
        }
    }

    @Test
    void apiWithoutValidCredentialsIsUnauthorized() {
        Api.Reply none = anonymous.get("/api/v1/tenants");
        assertThat(none.isProblem(401)).isTrue();
        assertThat(anonymous.as("admin", "wrong-password").get("/api/v1/modules").isProblem(401)).isTrue();
        assertThat(anonymous.as("nobody", "wrong-password").get("/api/v1/modules").isProblem(401)).isTrue();
        assertThat(anonymous.as("taishan-viewer", DEMO_PASSWORD).get("/api/v1/modules").status()).isEqualTo(200);
    }

    @Test
    void unknownTenantOrModuleIsNotFound() {
        assertThat(api.get("/api/v1/tenants/atlantis").isProblem(404)).isTrue();
        assertThat(api.get("/api/v1/tenants/atlantis/modules").isProblem(404)).isTrue();
        assertThat(api.put("/api/v1/tenants/gd/modules/no-such-module", "{\"enabled\":true}").isProblem(404)).isTrue();
        assertThat(anonymous.as("kaiping-admin", DEMO_PASSWORD)
                .get("/api/v1/tenants/gd-jiangmen-kaiping/no-such-module/anything").isProblem(404)).isTrue();
        assertField(api.put("/api/v1/tenants/gd/modules/greeting", "{}"), "enabled");
    }

    @Test
    void everyEndpointTimesEveryRoleTimesEveryRelationIsAllowedOrDeniedAsTheRulesSay() {
        api.post("/api/v1/tenants", "{\"code\":\"mx\",\"parent\":\"gd\",\"level\":\"city\",\"nameZh\":\"矩阵市\",\"nameEn\":\"Matrix\"}");
        api.post("/api/v1/tenants", "{\"code\":\"mx-child\",\"parent\":\"mx\",\"level\":\"county\",\"nameZh\":\"矩阵县\",\"nameEn\":\"Child\"}");
        api.post("/api/v1/tenants", "{\"code\":\"mx-sibling\",\"parent\":\"gd\",\"level\":\"city\",\"nameZh\":\"邻市\",\"nameEn\":\"Sibling\"}");
        for (AuthorizationMatrix.Relation relation : AuthorizationMatrix.Relation.values()) {
            assertThat(api.put("/api/v1/tenants/" + relation.tenant + "/modules/greeting", "{\"enabled\":true}").status())
                    .isEqualTo(200);
        }
        for (String role : AuthorizationMatrix.ROLES) {
            assertThat(api.post("/api/v1/tenants/mx/users", "{\"username\":\"mx-" + role.replace('_', '-') + "\",\"password\":\""
                    + AuthorizationMatrix.PASSWORD + "\",\"roles\":[\"" + role + "\"]}").status()).isEqualTo(201);
        }

        var cells = new org.assertj.core.api.SoftAssertions();
        int checked = 0;
        for (AuthorizationMatrix.Endpoint endpoint : AuthorizationMatrix.endpoints()) {
            for (AuthorizationMatrix.Relation relation : AuthorizationMatrix.Relation.values()) {
                Api.Reply noCredentials = endpoint.call().apply(anonymous, relation.tenant);
                cells.assertThat(noCredentials.status()).as("%s on %s without credentials", endpoint.name(), relation)
                        .isEqualTo(401);
                for (String role : AuthorizationMatrix.ROLES) {
                    Api caller = anonymous.as("mx-" + role.replace('_', '-'), AuthorizationMatrix.PASSWORD);
                    Api.Reply reply = endpoint.call().apply(caller, relation.tenant);
                    int expected = endpoint.expected().status(role.equals("admin"), relation);
                    cells.assertThat(reply.status()).as("%s by %s on %s tenant: %s", endpoint.name(), role, relation, reply.body())
                            .isEqualTo(expected);
                    if (expected >= 400) {
                        cells.assertThat(reply.contentType()).as("%s by %s on %s is a problem", endpoint.name(), role, relation)
                                .startsWith("application/problem+json");
                    }
                    checked++;
                }
            }
        }
        cells.assertAll();
        assertThat(checked).isEqualTo(AuthorizationMatrix.endpoints().size() * 4 * AuthorizationMatrix.ROLES.size());
    }

    @Test
    void provincialAdminProvisionsACountyWhoseAdminSwitchesAModuleOnInABrowser() {
        BrowserJourney.assumeAvailable();
        try (BrowserJourney browser = new BrowserJourney("http://localhost:" + deployment.getPort() + "/")) {
            browser.open("admin/tenants");
            assertThat(browser.currentPath()).as("strangers are sent to sign in").isEqualTo("login");
            browser.screenshot("login");

            browser.signIn("gd-admin", DEMO_PASSWORD);
            assertThat(browser.currentPath()).as("signed in, the screen asked for opens").isEqualTo("admin/tenants");
            browser.selectRow("江门市侨联");
            browser.click(org.openqa.selenium.By.id("action-provision"));
            browser.fill("provision-code", "gd-jiangmen-xinhui-web");
            browser.choose("provision-level", "县级");
            browser.fill("provision-name-zh", "新会区侨联");
            browser.fill("provision-name-en", "Xinhui");
            browser.screenshot("provision-form");
            browser.click(org.openqa.selenium.By.id("provision-save"));
            browser.waitFor(org.openqa.selenium.By.xpath("//vaadin-notification-card[contains(., '已建立')]"));
            assertThat(api.get("/api/v1/tenants/gd-jiangmen-xinhui-web").json().getString("level")).isEqualTo("county");

            browser.open("admin/users?tenant=gd-jiangmen-xinhui-web");
            browser.click(org.openqa.selenium.By.id("action-create-user"));
            browser.fill("user-username", "xinhui-admin");
            browser.fill("user-password", "新会陈皮-admin-2026");
            browser.tick("user-roles", "管理员");
            browser.screenshot("create-admin");
            browser.click(org.openqa.selenium.By.id("user-save"));
            browser.waitFor(org.openqa.selenium.By.xpath("//vaadin-grid-cell-content[normalize-space(.)='xinhui-admin']"));
            browser.signOut();

            browser.signIn("xinhui-admin", "新会陈皮-admin-2026");
            assertThat(browser.present(org.openqa.selenium.By.id("menu-greeting"))).isFalse();
            browser.open("admin/modules");
            browser.click(org.openqa.selenium.By.cssSelector("#switch-greeting"));
            browser.waitFor(org.openqa.selenium.By.id("menu-greeting"));
            browser.screenshot("module-in-menu");
            browser.click(org.openqa.selenium.By.id("menu-greeting"));
            browser.waitFor(org.openqa.selenium.By.id("greeting-view"));
            browser.screenshot("module-screen");
            assertThat(browser.currentPath()).isEqualTo("t/gd-jiangmen-xinhui-web/greeting");
        }
    }

    @Test
    void aCountyAdminEntersAVillageAndSeesTheGapOpenThenCloseInABrowser() throws InterruptedException {
        BrowserJourney.assumeAvailable();
        try (BrowserJourney browser = new BrowserJourney("http://localhost:" + deployment.getPort() + "/")) {
            browser.signIn("taishan-admin", DEMO_PASSWORD);
            browser.click(org.openqa.selenium.By.id("menu-coverage"));
            browser.waitFor(org.openqa.selenium.By.id("coverage-view"));
            org.openqa.selenium.By gap = org.openqa.selenium.By.xpath("//*[@id='headline-gap']/span[1]");
            long before = Long.parseLong(browser.waitFor(gap).getText());

            browser.click(org.openqa.selenium.By.id("action-add-area"));
            browser.fill("area-code", "440781106201");
            browser.fill("area-name", "斗山村");
            browser.fill("area-people", "64");
            browser.screenshot("area-form");
            browser.click(org.openqa.selenium.By.id("area-save"));
            browser.waitFor(org.openqa.selenium.By.xpath("//vaadin-grid-cell-content[normalize-space(.)='斗山村']"));
            assertThat(Long.parseLong(browser.waitFor(gap).getText())).as("a village of 64 without a federation").isEqualTo(before + 1);

            browser.selectRow("斗山村");
            browser.click(org.openqa.selenium.By.id("action-edit-area"));
            browser.choose("area-organisation", "侨联");
            browser.screenshot("area-organisation");
            browser.click(org.openqa.selenium.By.id("area-save"));
            long after = before + 1;
            for (int tries = 0; tries < 50 && after != before; tries++) { // the dialog closes, then the figures are redrawn
                Thread.sleep(200);
                after = Long.parseLong(browser.waitFor(gap).getText());
            }
            assertThat(after).as("the village federation closes it").isEqualTo(before);
            browser.screenshot("coverage-gap-closed");
        }
    }

    /**
     * A legal consultation on the screens: a caseworker takes in a man already named in another matter and is told of
     * it before saving; the centre's head clears the conflict and assigns the federation's adviser; the adviser makes
     * contact, answers and closes it; the timeline tells each step.
     */
    @Test
    void aLegalMatterIsTakenInWithItsConflictShownThenAssignedAnsweredAndClosedInABrowser() {
        BrowserJourney.assumeAvailable();
        // the federation's legal network, and a first matter naming 黄国强 as the other party (the suite has no demo records)
        Api admin = anonymous.as("taishan-admin", DEMO_PASSWORD);
        String legal = "/api/v1/tenants/gd-jiangmen-taishan/legal";
        String centre = admin.post(legal + "/stations", """
                {"kind":"centre","name":"台山市侨联法律服务中心（城区）","head":"taishan-admin"}""").json().getString("id");
        String station = admin.post(legal + "/stations", """
                {"kind":"station","name":"城区侨法服务站","centreId":"%s"}""".formatted(centre)).json().getString("id");
        assertThat(admin.post("/api/v1/tenants/gd-jiangmen-taishan/users", """
                {"username":"taishan-lawyer","password":"台山侨乡-lawyer-2026","roles":["legal_adviser"]}""").status()).isEqualTo(201);
        assertThat(admin.post(legal + "/advisers", """
                {"username":"taishan-lawyer","name":"陈志明","specialities":["overseas_house"],"stationIds":["%s"]}"""
                .formatted(station)).status()).isEqualTo(201);
        assertThat(anonymous.as("taishan-caseworker", DEMO_PASSWORD).post(legal + "/consultations", """
                {"stationId":"%s","channel":"walk_in","personName":"黄美玲","relation":"relative","category":"overseas_house",
                 "parties":[{"name":"黄国强"}],"facts":"祖父名下侨房被占用"}""".formatted(station)).status()).isEqualTo(201);
        org.openqa.selenium.By conflictCount = org.openqa.selenium.By.xpath("//*[@id='legal-conflicts']//p[contains(., '发现 1 件')]");
        try (BrowserJourney browser = new BrowserJourney("http://localhost:" + deployment.getPort() + "/")) {
            browser.resize(1280, 1100);
            browser.signIn("taishan-caseworker", DEMO_PASSWORD);
            browser.open("t/gd-jiangmen-taishan/legal/intake");
            browser.pick("legal-station", "城区侨法服务站");
            browser.fill("legal-person-name", "黄国强"); // the other party of a demo matter about an overseas Chinese house
            browser.choose("legal-relation", "侨眷");
            browser.choose("legal-category", "侨房");
            browser.write("legal-facts", "与堂兄就祖屋使用发生争议，咨询侨房权属如何确认");
            browser.click(org.openqa.selenium.By.id("legal-check"));
            browser.waitFor(conflictCount);
            browser.screenshot("legal-intake-conflict");
            browser.click(org.openqa.selenium.By.id("legal-save"));
            browser.click(org.openqa.selenium.By.cssSelector("vaadin-button[slot='confirm-button']"));
            browser.waitFor(org.openqa.selenium.By.id("legal-worklist"));

            browser.signOut();
            browser.signIn("taishan-admin", DEMO_PASSWORD); // the centre's head
            browser.open("t/gd-jiangmen-taishan/legal");
            browser.selectRow("黄国强");
            browser.click(org.openqa.selenium.By.id("legal-step-check-conflicts"));
            browser.pick("legal-step-decision", "无利益"); // part of the label: the first item it filters to is taken
            browser.click(org.openqa.selenium.By.id("legal-step-go"));
            browser.waitFor(org.openqa.selenium.By.xpath("//*[@id='legal-matter-status'][contains(., '已审查')]"));
            browser.click(org.openqa.selenium.By.id("legal-step-assign"));
            browser.pick("legal-step-adviser", "陈志明");
            browser.screenshot("legal-assign");
            browser.click(org.openqa.selenium.By.id("legal-step-go"));
            browser.waitFor(org.openqa.selenium.By.xpath("//*[@id='legal-matter-status'][contains(., '已指派')]"));

            browser.signOut();
            browser.signIn("taishan-lawyer", "台山侨乡-lawyer-2026");
            browser.open("t/gd-jiangmen-taishan/legal");
            browser.selectRow("黄国强");
            browser.click(org.openqa.selenium.By.id("legal-step-acknowledge"));
            browser.write("legal-step-note", "已电话联系，约定周三到站");
            browser.click(org.openqa.selenium.By.id("legal-step-go"));
            browser.click(org.openqa.selenium.By.id("legal-step-answer"));
            browser.write("legal-step-answer", "可持房产证和继承公证向不动产登记机构申请确权");
            browser.click(org.openqa.selenium.By.id("legal-step-go"));
            browser.click(org.openqa.selenium.By.id("legal-step-close"));
            browser.pick("legal-step-outcome", "提供法律");
            browser.write("legal-step-summary", "已答复确权途径");
            browser.click(org.openqa.selenium.By.id("legal-step-go"));
            browser.waitFor(org.openqa.selenium.By.xpath("//*[@id='legal-matter-status'][contains(., '已办结')]"));
            browser.screenshot("legal-closed");
            assertThat(browser.all(org.openqa.selenium.By.xpath("//*[@id='legal-timeline']//vaadin-grid-cell-content[normalize-space(.)='办结']")))
                    .as("the timeline names the close").isNotEmpty();
        }
    }

    @Test
    void inTheBrowserEveryoneReachesTheirOwnScreensOnlyAndAnotherSiteCannotActForThem() throws Exception {
        BrowserJourney.assumeAvailable();
        String site = "http://localhost:" + deployment.getPort() + "/";
        // a dozen addresses by role: what a role may not use, in any spelling, opens the shell's own page
        java.util.Map<String, java.util.List<String>> closed = new java.util.LinkedHashMap<>();
        closed.put("taishan-viewer", java.util.List.of("admin/users", "%61dmin/users", "admin//audit", "admin/tenants"));
        closed.put("taishan-volunteer", java.util.List.of("admin/modules", "admin/%75sers", "t/gd-jiangmen-kaiping/aid",
                "t/gd-jiangmen-kaiping/volunteers"));
        closed.put("kaiping-admin", java.util.List.of("t/gd-jiangmen-taishan/aid", "t/gd-jiangmen-taishan/volunteers",
                "t/gd-jiangmen/aid", "t/gd-jiangmen-taishan//aid"));
        try (BrowserJourney browser = new BrowserJourney(site)) {
            for (var person : closed.entrySet()) {
                browser.signIn(person.getKey(), DEMO_PASSWORD);
                for (String address : person.getValue()) {
                    browser.open(address);
                    assertThat(browser.appears(org.openqa.selenium.By.id("not-found-view"))).as(person.getKey() + " at " + address).isTrue();
                    assertThat(browser.present(org.openqa.selenium.By.id("users-view"))).isFalse();
                }
                browser.signOut();
            }
            // an unknown address and a module switched off open the shell's own page, in Chinese, with the menu and a way home
            browser.signIn("taishan-volunteer", DEMO_PASSWORD);
            for (String address : java.util.List.of("no-such-page", "t/gd-jiangmen-taishan/greeting")) {
                browser.open(address);
                org.openqa.selenium.WebElement page = browser.waitFor(org.openqa.selenium.By.id("not-found-view"));
                assertThat(page.getText()).as(address).contains("您要打开的页面不存在");
                assertThat(browser.present(org.openqa.selenium.By.id("shell-federation"))).as("inside the shell at " + address).isTrue();
            }
            browser.signOut();
            browser.signIn("taishan-admin", DEMO_PASSWORD);
            browser.open("admin/users");
            assertThat(browser.present(org.openqa.selenium.By.id("not-found-view"))).as("an admin's own screen opens").isFalse();

            // another site, open in the same browser while the admin is signed in, posts to the platform in every way a page can
            com.sun.net.httpserver.HttpServer elsewhere = com.sun.net.httpserver.HttpServer.create(
                    new java.net.InetSocketAddress("127.0.0.1", 0), 0);
            String target = site + "api/v1/";
            String page = """
                    <html><body>
                    <form id="tree" method="post" enctype="text/plain" action="%1$stenants-config/apply">
                      <input name="code: gd-jiangmen-taishan-evil&#10;parent: gd-jiangmen-taishan&#10;level: township&#10;nameZh: 伪&#10;nameEn: Evil&#10;x" value="y">
                    </form>
                    <script>
                      fetch('%1$stenants', {method: 'POST', credentials: 'include', mode: 'no-cors',
                            headers: {'Content-Type': 'text/plain'},
                            body: '{"code":"gd-jiangmen-taishan-fetched","parent":"gd-jiangmen-taishan","level":"township","nameZh":"伪","nameEn":"Fetched"}'})
                        .finally(() => fetch('%1$stenants/gd-jiangmen-taishan/modules/aid', {method: 'PUT', credentials: 'include',
                            mode: 'no-cors', body: '{"enabled":false}'}))
                        .finally(() => { document.title = 'sent'; document.getElementById('tree').submit(); });
                    </script></body></html>""".formatted(target);
            elsewhere.createContext("/", exchange -> {
                byte[] body = page.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            elsewhere.start();
            boolean aidBefore = find(api.get("/api/v1/tenants/gd-jiangmen-taishan/modules").jsonArray(), "aid").getBoolean("enabled");
            try {
                browser.visit("http://127.0.0.1:" + elsewhere.getAddress().getPort() + "/");
                browser.waitUntilAway("http://127.0.0.1:" + elsewhere.getAddress().getPort() + "/");
            } finally {
                elsewhere.stop(0);
            }
            assertThat(api.get("/api/v1/tenants/gd-jiangmen-taishan-evil").isProblem(404)).as("the form's tree").isTrue();
            assertThat(api.get("/api/v1/tenants/gd-jiangmen-taishan-fetched").isProblem(404)).as("the script's post").isTrue();
            assertThat(find(api.get("/api/v1/tenants/gd-jiangmen-taishan/modules").jsonArray(), "aid").getBoolean("enabled"))
                    .as("the script's switch").isEqualTo(aidBefore);
            browser.open("admin/users");
            assertThat(browser.present(org.openqa.selenium.By.id("not-found-view"))).as("still signed in, nothing broke").isFalse();
        }
    }

    @Test
    void volunteerSignsUpForAShiftAndChecksInInABrowser() {
        BrowserJourney.assumeAvailable();
        Api organiser = anonymous.as("taishan-organiser", DEMO_PASSWORD);
        String vol = "/api/v1/tenants/gd-jiangmen-taishan/volunteers";
        assertThat(organiser.post(vol + "/volunteers", "{\"username\":\"taishan-adviser\",\"name\":\"阿伟\"}").status())
                .isEqualTo(201);
        assertThat(organiser.post(vol + "/volunteers", "{\"username\":\"taishan-adviser\",\"name\":\"阿伟\"}").isProblem(409))
                .isTrue();
        Instant start = Instant.now().plus(java.time.Duration.ofMinutes(15));
        String delivery = organiser.post(vol + "/activities", "{\"title\":\"侨刊乡讯派发\",\"place\":\"台山侨联\"}").json()
                .getString("id");
        JsonObject shift = organiser.post(vol + "/activities/" + delivery + "/shifts", """
                {"startsAt":"%s","endsAt":"%s","capacity":3,"cancelUntil":"%s"}"""
                .formatted(start, start.plus(java.time.Duration.ofHours(2)), start)).json();
        String id = shift.getString("id");
        try (BrowserJourney browser = new BrowserJourney("http://localhost:" + deployment.getPort() + "/")) {
            browser.resize(390, 844);
            browser.signIn("taishan-adviser", DEMO_PASSWORD);
            browser.open("t/gd-jiangmen-taishan/volunteers");
            browser.screenshot("volunteer-shifts");
            browser.click(org.openqa.selenium.By.id("vol-sign-up-" + id));
            browser.fill("vol-code-" + id, shift.getString("checkInCode"));
            browser.screenshot("volunteer-check-in");
            browser.click(org.openqa.selenium.By.id("vol-check-in-" + id));
            browser.waitFor(org.openqa.selenium.By.id("vol-check-out-" + id));
            browser.screenshot("volunteer-checked-in");
        }
        assertThat(organiser.get(vol + "/shifts/" + id + "/roster").jsonArray().getJsonObject(0).getJsonString("checkedInAt"))
                .isNotNull();
    }

    /**
     * Whether a body beyond its limit was refused: a 413 problem, or, when the server answered before reading
     * the body and closed the connection (as it may for a body it will not read), the client's send cut short.
     */
    /** The properties of a body's schema, following local references and {@code allOf}, as a generated client does. */
    @SuppressWarnings("unchecked")
    private static java.util.Map<String, Object> propertiesOf(java.util.Map<String, Object> document, java.util.Map<String, Object> schema) {
        java.util.Map<String, Object> properties = new java.util.LinkedHashMap<>();
        if (schema == null) {
            return properties;
        }
        if (schema.get("$ref") instanceof String ref && ref.startsWith("#/components/schemas/")) {
            var schemas = (java.util.Map<String, Object>) ((java.util.Map<String, Object>) document.get("components")).get("schemas");
            return propertiesOf(document, (java.util.Map<String, Object>) schemas.get(ref.substring("#/components/schemas/".length())));
        }
        if (schema.get("allOf") instanceof java.util.List<?> parts) {
            parts.forEach(part -> properties.putAll(propertiesOf(document, (java.util.Map<String, Object>) part)));
        }
        if (schema.get("properties") instanceof java.util.Map<?, ?> own) {
            properties.putAll((java.util.Map<String, Object>) own);
        }
        return properties;
    }

    private static boolean refusedAsTooLarge(java.util.function.Supplier<Api.Reply> send) {
        try {
            return send.get().isProblem(413);
        } catch (java.io.UncheckedIOException closedUnread) {
            return true;
        }
    }

    private static void assertField(Api.Reply reply, String field) {
        assertThat(reply.isProblem(400)).as(reply.body()).isTrue();
        assertThat(reply.json().getString("field", null)).as(reply.body()).isEqualTo(field);
    }

    private static JsonObject find(jakarta.json.JsonArray modules, String id) {
        return modules.stream().map(v -> v.asJsonObject()).filter(m -> m.getString("id").equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no module " + id + " in " + modules));
    }
}
