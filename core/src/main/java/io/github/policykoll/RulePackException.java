package io.github.policykoll;

import java.util.List;
import java.util.stream.Collectors;

/** A rule pack could not be loaded: every problem, each with file and line where known. */
public class RulePackException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * One problem in a rule pack.
     *
     * @param file    the file, relative to the rule directory ({@code null} when not about one file)
     * @param line    the 1-based line, or 0 when unknown
     * @param message what is wrong and what to do, for the rule author
     * @param detail  what the rule compiler said, when {@code message} translates it (empty otherwise)
     */
    public record Problem(String file, int line, String message, String detail) {
        /**
         * A null detail becomes empty.
         *
         * @param file    the file ({@code null} when not about one file)
         * @param line    the 1-based line, or 0 when unknown
         * @param message what is wrong and what to do
         * @param detail  what the rule compiler said (may be null)
         */
        public Problem {
            detail = detail == null ? "" : detail;
        }

        /**
         * A problem that translates nothing.
         *
         * @param file    the file ({@code null} when not about one file)
         * @param line    the 1-based line, or 0 when unknown
         * @param message what is wrong and what to do
         */
        public Problem(String file, int line, String message) {
            this(file, line, message, "");
        }

        @Override
        public String toString() {
            if (file == null) {
                return message;
            }
            return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
        }
    }

    private final transient List<Problem> problems;

    /**
     * The problems of a rule pack.
     *
     * @param problems every problem, in file and line order
     */
    public RulePackException(List<Problem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * One problem not tied to a file (a missing rule pack, say).
     *
     * @param message what is wrong
     * @param cause   what caused it (may be null)
     */
    public RulePackException(String message, Throwable cause) {
        super(message, cause);
        this.problems = List.of(new Problem(null, 0, message));
    }

    /** {@return every problem found, in file and line order} */
    public List<Problem> problems() {
        return problems;
    }

    private static String describe(List<Problem> problems) {
        return problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in rule pack:\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }
}
