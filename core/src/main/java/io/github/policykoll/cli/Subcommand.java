package io.github.policykoll.cli;

import java.util.concurrent.Callable;

/**
 * A command of another module (a picocli {@code @Command} class) that the command line adds when it is on the
 * classpath, found with {@link java.util.ServiceLoader}: {@code serve} and {@code audit} come this way from
 * policykoll-server, so that the core library does not depend on a web server.
 */
public interface Subcommand extends Callable<Integer> {
}
