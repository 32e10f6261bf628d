package org.qiaoyun.ui.rest;

import java.util.Set;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.qiaoyun.kernel.rest.ModulesResource;
import org.qiaoyun.kernel.rest.ProblemMapper;
import org.qiaoyun.kernel.rest.RequestBinding;
import org.qiaoyun.kernel.rest.RequestSizeLimit;
import org.qiaoyun.kernel.rest.StrictJson;
import org.qiaoyun.kernel.rest.TenantsConfigResource;
import org.qiaoyun.kernel.rest.TenantsResource;
import org.qiaoyun.kernel.rest.TokensResource;
import org.qiaoyun.kernel.rest.UsersResource;

/**
 * The platform REST API under {@code /api}. The classes are listed, not scanned: the API is exactly
 * what this list says. Module resources are reached through {@link TenantsResource}'s locator.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Qiaoyun platform API", version = "1",
        description = "Tenants (federations), their provisioning, the modules they switch on, the grassroots registry, and the roll-up of indicators."))
public class PlatformApi extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(TenantsResource.class, UsersResource.class, TenantsConfigResource.class, ModulesResource.class,
                TokensResource.class, org.qiaoyun.kernel.rest.AreasResource.class, org.qiaoyun.kernel.rest.CoverageResource.class,
                org.qiaoyun.kernel.rest.AreaSheetResource.class, org.qiaoyun.kernel.rest.CoverageSheetResource.class,
                org.qiaoyun.kernel.rest.ProfileResource.class, org.qiaoyun.kernel.rest.HomesResource.class,
                org.qiaoyun.kernel.rest.ContactPointsResource.class, org.qiaoyun.kernel.rest.AssociationsResource.class,
                org.qiaoyun.kernel.rest.NominationsResource.class,
                org.qiaoyun.kernel.rest.IndicatorsResource.class, org.qiaoyun.kernel.rest.AuditResource.class,
                org.qiaoyun.kernel.rest.PersonalDataResource.class, org.qiaoyun.kernel.rest.ArchiveResource.class,
                org.qiaoyun.kernel.rest.MessagesResource.class, org.qiaoyun.kernel.rest.OutboxResource.class,
                org.qiaoyun.kernel.rest.NotificationSettingsResource.class, org.qiaoyun.kernel.rest.StaffGroupResource.class,
                org.qiaoyun.kernel.rest.SuppressionsResource.class, org.qiaoyun.kernel.rest.EmailResource.class, org.qiaoyun.kernel.rest.SmsSignResource.class,
                org.qiaoyun.kernel.rest.MobileVerificationResource.class,
                org.qiaoyun.kernel.rest.OperationsResource.class,
                ProblemMapper.class, RequestBinding.class, RequestSizeLimit.class, StrictJson.class);
    }
}
