package org.qiaoyun.kernel.notify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * An SMTP server of a few lines standing in for one that misbehaves in a given way: each verb answered as told
 * ({@code RCPT} with {@code 550} for a mailbox it does not know, {@code AUTH} with {@code 535} for a wrong password),
 * or, {@link #silent()}, a server that takes the connection and never says a word. It counts the sessions it was
 * asked for and the messages it took, and may end every session after a number of messages, as some servers do.
 */
final class StandInSmtp implements AutoCloseable {

    private final ServerSocket server = new ServerSocket(0, 5, java.net.InetAddress.getLoopbackAddress());
    private final Map<String, String> replies;
    private final boolean silent;
    private final java.util.concurrent.atomic.AtomicInteger sessions = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.List<String> recipients = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile int endSessionsAfter;
    private volatile String unknownMailbox;

    private StandInSmtp(Map<String, String> replies, boolean silent) throws IOException {
        this.replies = replies;
        this.silent = silent;
        Thread thread = new Thread(this::serve, "stand-in-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    /** A server that answers {@code verb} (EHLO, MAIL, RCPT, AUTH...) with the given lines, and anything else with 250. */
    static StandInSmtp answering(Map<String, String> replies) throws IOException {
        return new StandInSmtp(replies, false);
    }

    /** A server that knows no mailbox: 550 to every recipient. */
    static StandInSmtp refusingEveryRecipient() throws IOException {
        return answering(Map.of("RCPT", "550 5.1.1 No such user here"));
    }

    /** A server that takes the connection and never answers. */
    static StandInSmtp silent() throws IOException {
        return new StandInSmtp(Map.of(), true);
    }

    /** A server that takes every message, as a good one does. */
    static StandInSmtp accepting() throws IOException {
        return answering(Map.of());
    }

    /** This server ends each session, without a word, once it took {@code messages} in it. */
    StandInSmtp endingSessionsAfter(int messages) {
        this.endSessionsAfter = messages;
        return this;
    }

    /** This server answers 550 to this one recipient and takes the others. */
    StandInSmtp notKnowing(String mailbox) {
        this.unknownMailbox = mailbox;
        return this;
    }

    int port() {
        return server.getLocalPort();
    }

    /** How many sessions (connections) clients opened. */
    int sessions() {
        return sessions.get();
    }

    /** The recipient of each message taken, in order. */
    java.util.List<String> delivered() {
        return java.util.List.copyOf(recipients);
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket client = server.accept()) {
                sessions.incrementAndGet();
                BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                OutputStream out = client.getOutputStream();
                if (silent) {
                    while (in.readLine() != null) {
                        // says nothing until the client gives up
                    }
                    continue;
                }
                reply(out, "220 stand-in ESMTP");
                boolean data = false;
                String to = null;
                int taken = 0;
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (data) {
                        if (line.equals(".")) {
                            data = false;
                            recipients.add(to);
                            reply(out, "250 Ok");
                            if (++taken == endSessionsAfter) {
                                break; // the session ends here, the client is not told
                            }
                        }
                        continue;
                    }
                    String verb = line.length() < 4 ? line : line.substring(0, 4).toUpperCase(Locale.ROOT);
                    if (verb.equals("QUIT")) {
                        reply(out, "221 Bye");
                        break;
                    }
                    if (verb.equals("RCPT")) {
                        to = line.replaceAll(".*<(.*)>.*", "$1");
                        if (to.equals(unknownMailbox)) {
                            reply(out, "550 5.1.1 No such user here");
                            continue;
                        }
                    }
                    String answer = replies.getOrDefault(verb, verb.equals("EHLO") || verb.equals("HELO") ? "250 stand-in" : "250 Ok");
                    if (verb.equals("DATA") && !replies.containsKey("DATA")) {
                        answer = "354 go on";
                        data = true;
                    }
                    reply(out, answer);
                }
            } catch (IOException closed) {
                if (server.isClosed()) {
                    return;
                }
            }
        }
    }

    private static void reply(OutputStream out, String lines) throws IOException {
        out.write((lines.replace("\n", "\r\n") + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
