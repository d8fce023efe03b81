package dev.calls.jitsi;

import dev.calls.JoinInfo;
import dev.calls.spi.JoinRequest;
import dev.calls.spi.MeetingProvider;

/** A provider whose rooms browsers always show one way ({@code calls.jitsi.display} set to embed or window). */
final class DisplayedAs implements MeetingProvider {
    private final MeetingProvider provider;
    private final String display;

    DisplayedAs(MeetingProvider provider, String display) {
        this.provider = provider;
        this.display = display;
    }

    @Override
    public String id() {
        return provider.id();
    }

    @Override
    public JoinInfo join(JoinRequest request) {
        return provider.join(request).withDisplay(display);
    }

    @Override
    public String roomUrl(String room) {
        return provider.roomUrl(room);
    }

    @Override
    public boolean supportsLobby() {
        return provider.supportsLobby();
    }

    @Override
    public String toString() {
        return provider + " shown as " + display;
    }
}
