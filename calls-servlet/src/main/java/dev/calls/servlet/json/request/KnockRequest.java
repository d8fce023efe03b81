package dev.calls.servlet.json.request;

/**
 * {@code POST /guest/{pass}/knock}: {@code {"name"}}, optional; the name the guest goes by when the host let them
 * change it.
 */
public record KnockRequest(String name) implements RequestBody {
    @Override
    public void validate(FieldRules rules) {
        rules.text("name", name, 100);
    }
}
