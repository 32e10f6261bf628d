package org.qiaoyun.plugins.events.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.qiaoyun.api.Text;
import org.qiaoyun.api.pages.PublicPage;
import org.qiaoyun.api.pages.PublicRequest;
import org.qiaoyun.plugins.events.EventsDatabase;
import org.qiaoyun.plugins.events.Visitor;
import org.qiaoyun.plugins.events.event.CulturalEvent;
import org.qiaoyun.plugins.events.event.Events;
import org.qiaoyun.plugins.events.registration.SignUpPages;
import org.qiaoyun.testing.TestTenantScope;

/**
 * Public sign-ups per second on this machine: forms posted to the module's public sign-up page (reading the form,
 * the refusals' checks, the event's lock, the waiting list, the email to the outbox, the audit entry, the month's
 * figures, the redirect), from many threads at once, on the embedded PostgreSQL of the module's tests. Prints its
 * figures; asserts nothing. The platform's per-client pace and the HTTP layer are not in it.
 *
 * <pre>
 * cd plugins/events && mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt \
 *   && java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.qiaoyun.plugins.events.bench.PublicSignUpBenchmark 2000 16 4
 * </pre>
 * Arguments: sign-ups per event (default 2,000), threads (16), events signed up for at once (4).
 */
public final class PublicSignUpBenchmark {

    private PublicSignUpBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int perEvent = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int eventCount = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        String tenant = "bench-" + System.nanoTime() % 100_000;
        TestTenantScope organiser = EventsDatabase.scope(tenant, "bench-organiser", "organiser");
        List<String> ids = new ArrayList<>();
        for (int e = 0; e < eventCount; e++) {
            CulturalEvent planned = new Events(organiser).plan(EventsDatabase.gathering(perEvent / 2));
            ids.add(new Events(organiser).publish(planned.id(), planned.version()).id());
        }
        SignUpPages pages = new SignUpPages(EventsDatabase.LINKS);
        Visitor visitor = EventsDatabase.visitor(tenant);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Integer>> answers = new ArrayList<>();
        long began = System.nanoTime();
        for (int i = 0; i < perEvent; i++) {
            for (int e = 0; e < eventCount; e++) {
                String id = ids.get(e);
                int n = i;
                answers.add(pool.submit(() -> {
                    Map<String, String> form = Map.of("name", "报名者" + n, "phone", String.format(Locale.ROOT, "139%08d", n),
                            "companions", Integer.toString(n % 3), "country", n % 4 == 0 ? "美国" : "", "consent", "yes");
                    PublicPage page = pages.answer(new PublicRequest("POST", List.of("e", id), Map.of(), form, Text.CHINESE, visitor));
                    return page.status();
                }));
            }
        }
        int redirected = 0;
        for (Future<Integer> answer : answers) {
            redirected += answer.get() == 303 ? 1 : 0;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - began);
        pool.shutdown();
        double seconds = took.toMillis() / 1000.0;
        System.out.printf(Locale.ROOT, "public sign-ups: %,d forms to %d events (capacity %,d each) from %d threads in %.1f s: %.0f sign-ups/s%n",
                answers.size(), eventCount, perEvent / 2, threads, seconds, answers.size() / seconds);
        System.out.printf(Locale.ROOT, "signed up (a place or the waiting list): %,d of %,d%n", redirected, answers.size());
        System.exit(0);
    }
}
