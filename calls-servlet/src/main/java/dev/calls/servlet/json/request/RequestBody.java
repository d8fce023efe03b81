package dev.calls.servlet.json.request;

/** A bound request body that checks its own fields with the shared rules, right after binding. */
public interface RequestBody {
    /**
     * Refuses the body when a field breaks a rule.
     *
     * @throws dev.calls.servlet.http.ProblemException {@code invalid_request} naming the field
     */
    void validate(FieldRules rules);
}
