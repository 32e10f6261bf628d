package org.qiaoyun.kernel;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.qiaoyun.kernel.access.Caller;

/**
 * Runs a test class's set-up and tests as the platform itself, for tests of the kernel's machinery whose
 * story is not who may do what (the kernel's services refuse a thread bound to nobody). A test that tells
 * an access story binds its caller with {@link Caller#as}.
 */
public class AsPlatform implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        Caller.bindSystem();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Caller.bindSystem();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Caller.clear();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Caller.clear();
    }
}
