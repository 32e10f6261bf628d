package org.qiaoyun.plugins.volunteers.recognition;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.qiaoyun.api.Text;
import org.qiaoyun.api.pages.Html;
import org.qiaoyun.api.pages.Html.Field;
import org.qiaoyun.api.pages.PublicPage;
import org.qiaoyun.api.pages.PublicPages;
import org.qiaoyun.api.pages.PublicRequest;

/**
 * The public verification page of certificates of service, as the record rules want a certificate to be
 * checkable: {@code /p/<tenant>/volunteers/c} asks for the certificate number and the verification code
 * printed on it; {@code c/<number>/<code>} answers at once. A certificate found is confirmed with the masked
 * name, the hours, the period and the day it was issued, and nothing more of the person; a wrong number or
 * code is one answer (404), so nothing is learnt by trying (the platform also limits each client's pace).
 */
public final class CertificatePages implements PublicPages {

    @Override
    public PublicPage answer(PublicRequest request) {
        Locale language = request.english() ? Text.ENGLISH : Text.CHINESE;
        if (request.at("c")) {
            if (!request.posted()) {
                return form(language, null, null, null, 200);
            }
            return result(request, language, request.field("number").orElse(null), request.field("code").orElse(null));
        }
        if (request.path().size() == 3 && request.path().get(0).equals("c") && !request.posted()) {
            return result(request, language, request.path().get(1), request.path().get(2));
        }
        return PublicPage.notFound();
    }

    private PublicPage result(PublicRequest request, Locale language, String number, String code) {
        Optional<IssuedCertificate> found = new Certificates(request.tenant()).verify(number, code);
        if (found.isEmpty()) {
            return form(language, number, code, t(language, "volunteers.page.not-confirmed"), 404);
        }
        IssuedCertificate c = found.get();
        String title = t(language, "volunteers.page.confirmed-title");
        return PublicPage.of(title, Html.of(Html.heading(title),
                Html.paragraph(t(language, "volunteers.page.confirmed", request.tenant().tenantName(), c.number())),
                Html.list(java.util.List.of(
                        t(language, "volunteers.page.name", c.nameMasked()),
                        t(language, "volunteers.page.hours", ServiceCertificate.hours(c.minutesServed())),
                        t(language, "volunteers.page.period", day(c.firstServed()), day(c.lastServed())),
                        t(language, "volunteers.page.issued", request.tenant().tenantName(), day(c.issuedOn())))),
                Html.paragraph(t(language, "volunteers.page.privacy")),
                Html.link("c", t(language, "volunteers.page.another"))));
    }

    private static PublicPage form(Locale language, String number, String code, String error, int status) {
        String title = t(language, "volunteers.page.verify-title");
        Html body = Html.of(Html.heading(title), Html.paragraph(t(language, "volunteers.page.verify-help")),
                error == null ? Html.of() : Html.error(error),
                Html.form("c", t(language, "volunteers.page.verify"),
                        Field.text("number", t(language, "volunteers.page.number"), true, 80).with(number, null),
                        Field.text("code", t(language, "volunteers.page.code"), true, 20).with(code, null)));
        return PublicPage.of(title, body).withStatus(status);
    }

    private static String day(LocalDate date) {
        return date == null ? "-" : date.toString();
    }

    private static String t(Locale language, String code, Object... arguments) {
        return Text.of(code, arguments).in(language, CertificatePages.class.getClassLoader());
    }
}
