package io.github.policykoll.json;

/** A JSON post that is not valid JSON or breaks the contract; the message is one sentence. */
public final class InvalidPostException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * An input error.
     *
     * @param message what is wrong, one sentence a person can act on
     */
    public InvalidPostException(String message) {
        super(message);
    }
}
