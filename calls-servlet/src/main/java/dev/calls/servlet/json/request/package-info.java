/**
 * The JSON request bodies of the HTTP API, one record each, bound by Jackson and then checked by
 * {@link dev.calls.servlet.json.request.FieldRules}.
 *
 * <p>Binding rules: unknown fields are ignored (an older server accepts a newer client); a JSON {@code null}
 * is the same as an absent field; the snake_case spellings of the seeds ({@code recipient_id},
 * {@code call_type}, …) are accepted as {@link com.fasterxml.jackson.annotation.JsonAlias aliases}; no value is
 * coerced into another type (a number is not a string, {@code "true"} is not a boolean), except that a user id
 * may be sent as a whole number.
 *
 * <p>Internal to calls-servlet: public only so the filter can wire it; hosts use {@link dev.calls.servlet.CallsFilter}.
 */
package dev.calls.servlet.json.request;
