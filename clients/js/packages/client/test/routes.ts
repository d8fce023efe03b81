// The generated types against every route of openapi.json: this map must name each path with exactly its
// methods, so tsc (run by the build on src and test) fails when a route is added, removed or changes method
// without the generated file being regenerated. A few typed uses of the shapes follow.
import type { paths } from '../src/generated/openapi.js';
import type { Call, CallEvent, HistoryRow, Join, Presence, StartedCall } from '../src/index.js';

type Methods<P extends keyof paths> = {
  [M in 'get' | 'put' | 'post' | 'delete' | 'patch']: paths[P][M] extends undefined | never ? never : M
}['get' | 'put' | 'post' | 'delete' | 'patch'];

type Exact<T, U> = [T] extends [U] ? ([U] extends [T] ? true : false) : false;

/** Every route and its methods. */
export const ROUTES = {
  '/': ['post'],
  '/{id}': ['get'],
  '/{id}/acknowledge': ['post'],
  '/{id}/accept': ['post'],
  '/{id}/decline': ['post'],
  '/{id}/cancel': ['post'],
  '/{id}/leave': ['post'],
  '/{id}/end': ['post'],
  '/{id}/media': ['post'],
  '/{id}/ring': ['post'],
  '/{id}/room': ['post'],
  '/{id}/fail': ['post'],
  '/{id}/join': ['get'],
  '/{id}/ring-state': ['get'],
  '/active': ['get'],
  '/history': ['get'],
  '/events': ['get'],
  '/presence/me': ['get', 'put'],
  '/presence/heartbeat': ['post'],
  '/presence/sign-out': ['post'],
  '/presence/online': ['get'],
  '/presence': ['get'],
  '/openapi.json': ['get'],
  '/client.js': ['get'],
  '/client/api.js': ['get'],
  '/client/call-window.js': ['get'],
  '/client/connection.js': ['get'],
  '/client/devices.js': ['get'],
  '/client/dialog.js': ['get'],
  '/client/dom.js': ['get'],
  '/client/guest.js': ['get'],
  '/client/icons.js': ['get'],
  '/client/lobby.js': ['get'],
  '/client/meeting-link.js': ['get'],
  '/client/meeting-script.js': ['get'],
  '/client/meeting-window.js': ['get'],
  '/client/notices.js': ['get'],
  '/client/outgoing.js': ['get'],
  '/client/presence.js': ['get'],
  '/client/reconcile.js': ['get'],
  '/client/ringtone.js': ['get'],
  '/client/styles.js': ['get'],
  '/client.d.ts': ['get'],
  '/embed/{id}': ['get'],
  '/meetings': ['post', 'get'],
  '/meetings/{id}': ['get', 'put', 'delete'],
  '/meetings/{id}/join': ['get'],
  '/meetings/{id}/invite.ics': ['get'],
  '/embed/meetings/{id}': ['get'],
  '/rooms/token': ['post'],
  '/webhooks/jaas': ['post'],
  '/webhooks/jitsi/events/room/created': ['post'],
  '/webhooks/jitsi/events/room/destroyed': ['post'],
  '/webhooks/jitsi/events/occupant/joined': ['post'],
  '/webhooks/jitsi/events/occupant/left': ['post'],
  '/events/watch': ['put'],
  '/admin.js': ['get'],
  '/admin/stats': ['get'],
  '/admin/calls/active': ['get'],
  '/admin/events': ['get'],
  '/admin/calls/{id}/end': ['post'],
  '/devices': ['get', 'post'],
  '/devices/{id}': ['delete'],
  '/meetings/{id}/guests': ['post', 'get'],
  '/meetings/{id}/guests/{guestId}': ['delete'],
  '/meetings/{id}/guests/{guestId}/admit': ['post'],
  '/meetings/{id}/guests/{guestId}/deny': ['post'],
  '/{id}/guests': ['post', 'get'],
  '/{id}/guests/{guestId}': ['delete'],
  '/{id}/guests/{guestId}/admit': ['post'],
  '/{id}/guests/{guestId}/deny': ['post'],
  '/guest-calls': ['post'],
  '/guest/{pass}': ['get'],
  '/guest/{pass}/state': ['get'],
  '/guest/{pass}/knock': ['post'],
  '/guest/{pass}/join': ['get'],
  '/guest/{pass}/leave': ['post'],
} as const satisfies { [P in keyof paths]: readonly Methods<P>[] };

type Listed = { [P in keyof typeof ROUTES]: (typeof ROUTES)[P][number] };
type Documented = { [P in keyof paths]: Methods<P> };
export const everyRouteListedWithItsMethods: Exact<Listed, Documented> = true;

export function sample(started: StartedCall, event: CallEvent, row: HistoryRow, p: Presence): [Call, Join, string, boolean] {
  const call: Call = started;
  const join: Join = started.join;
  const kind: 'incoming' | 'outgoing' = row.direction;
  return [event.call ?? call, join, kind + ':' + event.type, p.callable];
}
