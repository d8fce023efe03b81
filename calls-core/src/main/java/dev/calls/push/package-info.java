/**
 * Ringing phones: {@link dev.calls.push.HttpPushNotifier} posts each call invitation and cancellation, signed, to
 * an endpoint of the host application, which relays it to FCM, APNs or its own push service.
 */
package dev.calls.push;
