package dev.calls.servlet.json.request;

import dev.calls.InputLimits;
import java.util.List;

/**
 * {@code PUT /events/watch}: {@code {"stream":"tab-3f9c","watch":["alice","bob"]}}, the new set of users whose
 * presence the caller's open event stream opened with {@code ?stream=tab-3f9c} shows.
 *
 * @param stream required: the key the client gave its stream
 * @param watch required: at most {@value InputLimits#MAX_WATCHED_PER_STREAM} user ids, may be empty
 */
public record WatchRequest(String stream, List<String> watch) implements RequestBody {

    @Override
    public void validate(FieldRules rules) {
        rules.require(stream != null && !stream.isBlank(), "stream is required: the key the stream was opened with");
        rules.text("stream", stream, InputLimits.MAX_WORD_LENGTH * 4);
        rules.require(watch != null, "watch is required: a list of user ids, possibly empty");
        rules.require(watch.size() <= InputLimits.MAX_WATCHED_PER_STREAM,
                "watch names at most " + InputLimits.MAX_WATCHED_PER_STREAM + " users");
        rules.userIds("watch", watch);
    }
}
