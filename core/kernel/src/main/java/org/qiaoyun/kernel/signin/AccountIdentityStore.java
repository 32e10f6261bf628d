package org.qiaoyun.kernel.signin;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import org.qiaoyun.kernel.access.Role;
import org.qiaoyun.kernel.access.CallerIdentity;
import org.qiaoyun.kernel.identity.Accounts;
import org.qiaoyun.kernel.identity.LoginResult;
import org.qiaoyun.kernel.platform.Kernel;

/**
 * The Jakarta Security identity store over the kernel's account table: PBKDF2 hashes, lockout after
 * repeated failures, every attempt audited ({@link Accounts#authenticate}). Groups are the caller's
 * role names.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    Kernel kernel;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        LoginResult result = kernel.accounts().authenticate(login.getCaller(), login.getPasswordAsString());
        return result.caller()
                .map(caller -> new CredentialValidationResult(caller.username(), groupsOf(caller)))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    static Set<String> groupsOf(CallerIdentity caller) {
        return caller.roles().stream().map(Role::wireName).collect(Collectors.toSet());
    }
}
