package org.battlequiz;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.util.function.Consumer;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens on one PostgreSQL notification channel, on a connection and a daemon thread of its own, and reconnects
 * when the database went away. It says when it starts listening and when it stops (signals may have been missed
 * in between), and passes on each signal's payload.
 */
public final class ChannelListener {
    private static final Logger LOG = Logger.getLogger(ChannelListener.class);

    private final AgroalDataSource dataSource;
    private final String channel;
    private final Consumer<String> onSignal;
    private final Runnable onListening;
    private final Runnable onLost;
    private volatile boolean running;
    private Thread thread;

    public ChannelListener(AgroalDataSource dataSource, String channel, Consumer<String> onSignal,
                           Runnable onListening, Runnable onLost) {
        this.dataSource = dataSource;
        this.channel = channel;
        this.onSignal = onSignal;
        this.onListening = onListening;
        this.onLost = onLost;
    }

    /**
     * A listener for a memory kept only while listening: every signal forgets it, and so do the start of listening
     * (signals may have been missed before) and its loss, after which nothing may be kept until it listens again.
     */
    public static ChannelListener forgetting(AgroalDataSource dataSource, String channel, Runnable forget,
                                             Consumer<Boolean> listening) {
        return new ChannelListener(dataSource, channel, signal -> forget.run(), () -> {
            forget.run();
            listening.accept(true);
        }, () -> {
            listening.accept(false);
            forget.run();
        });
    }

    public void start() {
        running = true;
        thread = new Thread(this::listen, channel + "-listener");
        thread.setDaemon(true);
        thread.start();
    }

    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("listen " + channel);
                PGConnection listening = connection.unwrap(PGConnection.class);
                onListening.run();
                while (running) {
                    PGNotification[] received = listening.getNotifications(1000);
                    if (received != null) {
                        for (PGNotification notification : received) {
                            onSignal.accept(notification.getParameter());
                        }
                    }
                }
            } catch (Exception e) {
                onLost.run();
                if (running) {
                    LOG.debugf("Listener of %s reconnecting: %s", channel, e.getMessage());
                    pause();
                }
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
