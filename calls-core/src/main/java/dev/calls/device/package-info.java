/**
 * Users' push devices (phones and browsers a push service can ring): {@link dev.calls.device.DeviceService},
 * reached through {@link dev.calls.Calls#devices()}.
 */
package dev.calls.device;
