package dev.calls.examples.spring;

import dev.calls.push.mobile.ApnsPushNotifier;
import dev.calls.push.mobile.FcmPushNotifier;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** One line at start-up naming the push adapters that ring phones ({@code calls.push.apns.*}, {@code calls.push.fcm.*}). */
@Component
class PushBanner implements ApplicationRunner {
    private final ObjectProvider<ApnsPushNotifier> apns;
    private final ObjectProvider<FcmPushNotifier> fcm;

    PushBanner(ObjectProvider<ApnsPushNotifier> apns, ObjectProvider<FcmPushNotifier> fcm) {
        this.apns = apns;
        this.fcm = fcm;
    }

    /** Such as {@code push adapters: APNs(api.push.apple.com:443, topic com.example.app, key K), FCM(…)}. */
    String line() {
        List<String> on = new ArrayList<>();
        apns.ifAvailable(a -> on.add(a.toString()));
        fcm.ifAvailable(f -> on.add(f.toString()));
        return "push adapters: " + (on.isEmpty() ? "none" : String.join(", ", on));
    }

    @Override
    public void run(ApplicationArguments args) {
        System.out.println(line());
    }
}
