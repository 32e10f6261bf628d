package org.qiaoyun.kernel.rest;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qiaoyun.kernel.notify.Choices;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.text.Texts;

/**
 * {@code /api/v1/notification-settings}: what the caller receives of each kind of notification, by email and by text
 * message (in the app always), and changing it; the caller's own account only. Kinds are named in the language of
 * {@code Accept-Language}.
 */
@Path("v1/notification-settings")
@Tag(name = "notification-settings", description = "What the caller receives of each kind of notification, by email and text message")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotificationSettingsResource {

    /**
     * One kind as its reader chose: {@code email} and {@code sms} whether it comes by them; {@code smsOffered} whether the
     * kind goes by text message at all (an approved template); {@code required} a kind that keeps the account safe, whose
     * email cannot be turned off.
     */
    public record SettingJson(String kind, String name, boolean email, boolean sms, boolean smsOffered, boolean required) {

        static SettingJson of(Choices.Setting setting) {
            return new SettingJson(setting.kind(), setting.name(), setting.email(), setting.sms(), setting.smsOffered(), setting.required());
        }
    }

    /** {@code PUT .../{kind}}: what to change; a channel left out stays as it is. */
    public static class ChoiceJson {
        public Boolean email;
        public Boolean sms;
    }

    @Inject
    Kernel kernel;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "listMyNotificationSettings",
            summary = "What the caller receives of each kind of notification by email and by text message (in the app always)")
    public List<SettingJson> list() {
        Guard.caller();
        return kernel.choices().mine(language()).stream().map(SettingJson::of).toList();
    }

    @PUT
    @Path("{kind}")
    @Operation(operationId = "chooseMyNotificationSetting",
            summary = "Whether the caller receives one kind by email and by text message; a kind that keeps the account safe keeps its email")
    public SettingJson choose(@PathParam("kind") String kind, ChoiceJson body) {
        Guard.caller();
        if (body == null || body.email == null && body.sms == null) {
            throw new InvalidRequestException("email", "kernel.request.notification-choice");
        }
        Choices.Setting setting = null;
        if (body.email != null) {
            setting = kernel.choices().choose(kind, "email", body.email, language());
        }
        if (body.sms != null) {
            setting = kernel.choices().choose(kind, "sms", body.sms, language());
        }
        return SettingJson.of(setting);
    }

    private Locale language() {
        return Texts.of(headers == null ? List.of() : headers.getAcceptableLanguages());
    }
}
