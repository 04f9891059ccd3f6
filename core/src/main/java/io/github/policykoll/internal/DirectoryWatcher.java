package io.github.policykoll.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;

/**
 * Calls {@code onChange} when files in a rule directory (or its word lists) change, once per burst of
 * changes (an editor saving writes several events). Runs on one daemon thread until closed.
 */
public final class DirectoryWatcher implements AutoCloseable {
    private static final long QUIET_MILLIS = 300;

    private final WatchService service;
    private final Thread thread;

    public DirectoryWatcher(Path dir, Runnable onChange) {
        try {
            service = FileSystems.getDefault().newWatchService();
            register(dir);
            Path lists = dir.resolve(DirectoryPacks.WORD_LISTS);
            if (Files.isDirectory(lists)) {
                register(lists);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + dir, e);
        }
        thread = new Thread(() -> loop(onChange), "policykoll-rule-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void register(Path p) throws IOException {
        p.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
    }

    private void loop(Runnable onChange) {
        try {
            while (true) {
                WatchKey key = service.take();
                drain(key);
                // wait until the directory is quiet, then reload once
                WatchKey more;
                while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                onChange.run();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        thread.interrupt();
    }
}
