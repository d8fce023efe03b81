package dev.calls.guest;

import dev.calls.Call;

/**
 * An ad-hoc call a host started to a guest without an account, with the guest's pass.
 *
 * @param call the call, ringing the guest
 * @param invite the guest's pass
 */
public record GuestCall(Call call, GuestInvite invite) {
}
