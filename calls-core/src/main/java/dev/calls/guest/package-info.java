/**
 * Guests without an account: signed guest passes for a meeting or an ad-hoc call, and the waiting room in which
 * a host admits or turns them away. Reach it through {@link dev.calls.Calls#guests()}.
 */
package dev.calls.guest;
