package org.qiaoyun.plugins.events.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qiaoyun.plugins.events.EventsDatabase.LINKS;
import static org.qiaoyun.plugins.events.EventsDatabase.gathering;
import static org.qiaoyun.plugins.events.EventsDatabase.scope;
import static org.qiaoyun.plugins.events.EventsDatabase.visitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.qiaoyun.plugins.events.event.CulturalEvent;
import org.qiaoyun.plugins.events.event.Events;
import org.qiaoyun.testing.TestTenantScope;

/** Many people sign up on the public page at the same moment (a link just posted in a WeChat group): never overfilled, the line in order. */
class SignUpRaceTest {

    @Test
    void fiveHundredSimultaneousSignUpsWithCompanionsForAHundredPlacesNeverOverfillAndWaitInOrder() throws Exception {
        TestTenantScope organiser = scope("rg-race", "rg-organiser", "organiser");
        Events events = new Events(organiser);
        CulturalEvent planned = events.plan(gathering(100));
        CulturalEvent event = events.publish(planned.id(), planned.version());
        Registrations publicPage = new Registrations(visitor("rg-race"), LINKS);

        ExecutorService threads = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Registration>> results = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            Guest guest = Guest.of("报名者" + i, "1390000" + String.format(Locale.ROOT, "%04d", i), null, i % 3 == 0 ? "美国" : null, null,
                    Integer.toString(i % 4), null, true);
            results.add(threads.submit(() -> {
                start.await();
                return publicPage.signUp(event.id(), guest);
            }));
        }
        long began = System.nanoTime();
        start.countDown();
        for (Future<Registration> result : results) {
            result.get();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        threads.shutdown();
        System.out.printf(Locale.ROOT, "500 simultaneous public sign-ups for 100 places: %.1f s, %.0f sign-ups/s%n", seconds, 500 / seconds);

        List<Registration> all = new Registrations(organiser, LINKS).all(event.id());
        assertThat(all).hasSize(500);
        List<Registration> holding = all.stream().filter(r -> r.standing().holdsPlaces()).toList();
        List<Registration> waiting = all.stream().filter(r -> r.standing() == Standing.WAITING).toList();
        int taken = holding.stream().mapToInt(Registration::people).sum();
        assertThat(taken).as("never overfilled").isLessThanOrEqualTo(100);
        assertThat(holding.size() + waiting.size()).isEqualTo(500);
        assertThat(all).extracting(Registration::position).doesNotHaveDuplicates();
        long lastHolding = holding.stream().mapToLong(Registration::position).max().orElseThrow();
        long firstWaiting = waiting.stream().mapToLong(Registration::position).min().orElseThrow();
        assertThat(lastHolding).as("everyone holding a place came before everyone waiting").isLessThan(firstWaiting);
        Registration first = waiting.stream().min(java.util.Comparator.comparingLong(Registration::position)).orElseThrow();
        assertThat(taken + first.people()).as("the first in line did not fit").isGreaterThan(100);

        Registration leaving = holding.stream().filter(r -> r.people() >= first.people()).findFirst().orElseThrow();
        new Registrations(organiser, LINKS).cancel(leaving.id());
        Registration movedUp = new Registrations(organiser, LINKS).all(event.id()).stream().filter(r -> r.id().equals(first.id()))
                .findFirst().orElseThrow();
        assertThat(movedUp.standing()).as("the first in line moves up").isEqualTo(Standing.CONFIRMED);
        assertThat(new Registrations(organiser, LINKS).tally(event.id()).taken()).isLessThanOrEqualTo(100);
    }
}
