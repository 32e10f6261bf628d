package org.qiaoyun.ui.rights;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.qiaoyun.api.Refusal;
import org.qiaoyun.api.Text;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.screens.Attempt;
import org.qiaoyun.ui.shell.Messages;

/**
 * A call of the kernel's people's-data services from a screen: a refusal (the kernel's or a module's, whose texts only
 * the kernel reads) or a change someone saved first is told in the screen's language and gives nothing; anything else
 * is a fault and propagates. And a module's name as the reader reads it.
 */
final class KernelCall {

    private KernelCall() {
    }

    static <T> Optional<T> attempt(Kernel kernel, Locale language, Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (jakarta.persistence.OptimisticLockException stale) {
            Attempt.refused(kernel.texts().render(Text.of("platform.stale"), language));
            return Optional.empty();
        } catch (RuntimeException e) {
            if (!(e instanceof Refusal)) {
                throw e;
            }
            Attempt.refused(kernel.texts().render(e, language));
            return Optional.empty();
        }
    }

    static String moduleName(Kernel kernel, String moduleId, Locale language) {
        return kernel.modules().find(moduleId).map(m -> m.descriptor()).filter(d -> d != null)
                .map(d -> Messages.isEnglish(language) ? d.nameEn() : d.nameZh()).orElse(moduleId);
    }
}
