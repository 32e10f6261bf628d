package org.qiaoyun.kernel.notify;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.qiaoyun.api.Text;
import org.qiaoyun.api.pages.Html;
import org.qiaoyun.api.pages.PublicPage;
import org.qiaoyun.kernel.persistence.Store;
import org.qiaoyun.kernel.tenant.Tenant;
import org.qiaoyun.kernel.text.Texts;

/**
 * The unsubscribe link every email carries, and the public page behind it ({@code /p/<federation>/mail/unsubscribe?t=...}),
 * which works without signing in. The link's token is the federation and the address sealed with the platform's
 * secrets key (AES-GCM): it cannot be guessed or forged, and it does not show the address in logs. Opening the link
 * changes nothing (mail scanners open links): the page asks, and its button puts the address on the federation's
 * suppression list.
 */
public final class Unsubscribes {

    /** The pages' place among the public pages: a name no module has. */
    public static final String PAGES = "mail";
    private static final String PURPOSE = "unsubscribe\n";

    private final Store store;
    /** The platform's seal (identity's {@code SecretSeal}), handed in so that notify does not reach into identity. */
    private final UnaryOperator<byte[]> seal;
    private final UnaryOperator<byte[]> open;
    private final Suppressions suppressions;
    private final Texts texts;
    private volatile String publicUrl = "http://localhost:8080";

    public Unsubscribes(Store store, UnaryOperator<byte[]> seal, UnaryOperator<byte[]> open, Suppressions suppressions, Texts texts) {
        this.store = store;
        this.seal = seal;
        this.open = open;
        this.suppressions = suppressions;
        this.texts = texts;
    }

    /** Where the public reaches the platform ({@code QIAOYUN_PUBLIC_URL}): the links are built under it. */
    public void under(String url) {
        if (url != null && url.startsWith("http")) {
            publicUrl = url.replaceAll("/+$", "");
        }
    }

    /** The link that takes {@code address} off the federation's mail. */
    public String link(String tenantCode, String address) {
        return publicUrl + "/p/" + tenantCode + "/" + PAGES + "/unsubscribe?t=" + token(tenantCode, address);
    }

    String token(String tenantCode, String address) {
        byte[] sealed = seal.apply((PURPOSE + tenantCode + "\n" + address).getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sealed);
    }

    /** The address a token names for the federation; nothing for a token forged, damaged or of another federation. */
    Optional<String> address(String tenantCode, String token) {
        if (token == null || token.length() > 1000) {
            return Optional.empty();
        }
        try {
            String opened = new String(open.apply(Base64.getUrlDecoder().decode(token)), StandardCharsets.UTF_8);
            String[] parts = opened.split("\n", -1);
            return opened.startsWith(PURPOSE) && parts.length == 3 && parts[1].equals(tenantCode) ? Optional.of(parts[2]) : Optional.empty();
        } catch (IllegalArgumentException | IllegalStateException notOurs) {
            return Optional.empty();
        }
    }

    /** The public page: GET asks, POST unsubscribes and shows that it did; anything else is not found. */
    public PublicPage page(String tenantCode, String method, List<String> path, Map<String, String> query, Locale language) {
        Optional<String> address = path.equals(List.of("unsubscribe")) ? address(tenantCode, query.get("t")) : Optional.empty();
        Tenant tenant = address.isEmpty() ? null : store.transaction(em -> em.find(Tenant.class, tenantCode));
        if (tenant == null) {
            return PublicPage.notFound();
        }
        String federation = Texts.isEnglish(language) ? tenant.names().en() : tenant.names().zh();
        String title = texts.render(Text.of("kernel.notify.unsubscribe.title"), language);
        if (method.equals("POST")) {
            suppressions.unsubscribe(tenantCode, address.get());
            return PublicPage.redirect("unsubscribe?t=" + query.get("t"));
        }
        if (suppressions.isSuppressed(tenantCode, address.get())) {
            return PublicPage.of(title, Html.of(Html.heading(title),
                    Html.paragraph(texts.render(Text.of("kernel.notify.unsubscribe.done", federation, masked(address.get())), language))));
        }
        return PublicPage.of(title, Html.of(Html.heading(title),
                Html.paragraph(texts.render(Text.of("kernel.notify.unsubscribe.ask", federation, masked(address.get())), language)),
                Html.form("unsubscribe?t=" + query.get("t"), texts.render(Text.of("kernel.notify.unsubscribe.button"), language))));
    }

    /** Enough of the address for its owner to know it, not enough for a passer-by: {@code w***@example.cn}. */
    static String masked(String address) {
        int at = address.indexOf('@');
        return at <= 0 ? "***" : address.charAt(0) + "***" + address.substring(at);
    }
}
