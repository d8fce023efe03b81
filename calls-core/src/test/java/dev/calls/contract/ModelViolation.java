package dev.calls.contract;

/** An engine promise the model found broken, or an outcome that is not a refusal. */
final class ModelViolation extends AssertionError {
    ModelViolation(String message) {
        super(message);
    }

    ModelViolation(String message, Throwable cause) {
        super(message, cause);
    }
}
