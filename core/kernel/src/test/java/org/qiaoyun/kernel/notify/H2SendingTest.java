package org.qiaoyun.kernel.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.junit.jupiter.api.Test;
import org.qiaoyun.kernel.AsPlatform;
import org.qiaoyun.kernel.access.Role;
import org.qiaoyun.kernel.persistence.TestDatabases;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.platform.KernelSettings;

/** The embedded default database (H2, one instance) sends too: its claim locks the row without skipping. */
@org.junit.jupiter.api.extension.ExtendWith(AsPlatform.class)
class H2SendingTest {

    @Test
    void theEmbeddedDatabaseSendsTheOutboxOnce() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try (Kernel kernel = Kernel.start(KernelSettings.forTests(TestDatabases.h2(), Path.of("target/no-plugins")))) {
            String root = kernel.rootCode();
            kernel.accounts().create(root, "li", "Qiao-yun-2026!", Set.of(Role.VIEWER));
            kernel.accounts().changeContact("li", "li@example.cn", null, "en", null);
            kernel.accounts().resetPassword("li", "Another-pass-2026!");
            Sender sender = kernel.sender(Optional.of(new MailSettings("127.0.0.1", port, null, null, "noreply@example.cn", "none")));
            assertThat(sender.drain()).isEqualTo(1);
            assertThat(sender.drain()).isZero();
            assertThat(smtp.getReceivedMessages()).extracting(m -> m.getSubject()).containsExactly("Your Qiaoyun password was set anew");
        } finally {
            smtp.stop();
        }
    }
}
