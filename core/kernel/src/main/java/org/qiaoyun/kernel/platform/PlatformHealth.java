package org.qiaoyun.kernel.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** {@code /health/ready}: up once the database is migrated and the modules are started. */
@Readiness
@ApplicationScoped
public class PlatformHealth implements HealthCheck {

    @Inject
    PlatformLifecycle platform;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("qiaoyun-kernel").status(platform.isReady()).build();
    }
}
