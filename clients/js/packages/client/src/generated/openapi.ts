// Generated from calls-servlet/src/main/resources/dev/calls/servlet/openapi.json by openapi-typescript
// (npm run generate -w @calls/client). Do not edit: the build fails when this file differs from the spec.

export interface paths {
    "/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a call (1:1 or group); rings every recipient. */
        post: operations["startCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The call, for its participants. */
        get: operations["getCall"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A device of the invitee is ringing. */
        post: operations["acknowledgeCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The invitee answers.
         * @description A user is in at most one live call at a time, on every node. While the user is joined in another live call the answer is refused with `already_in_call` (409), unless the body asks to leave that call first. Answering stops the user's other ringing calls; their callers see `busy`.
         */
        post: operations["acceptCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The invitee refuses. */
        post: operations["declineCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The caller hangs up before an answer. */
        post: operations["cancelCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/{id}/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Leave the call (a 1:1 call then ends). */
        post: operations["leaveCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the call for everyone. */
        post: operations["endCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/{id}/media": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report microphone, camera and connection quality during the call. */
        post: operations["updateMedia"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/{id}/ring": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ring one invitee again. */
        post: operations["ringAgain"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/{id}/room": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The caller's own browser entered or left the media room (IFrame API joined/left); keeps an active call from ending as idle. */
        post: operations["reportInRoom"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/{id}/fail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The media could not be set up for the caller (Jitsi failed to load): the call ends as failed. */
        post: operations["failCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/{id}/join": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Fresh join information (a new token) for this user. */
        get: operations["joinCall"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/{id}/ring-state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Should this device still ring. */
        get: operations["ringState"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/active": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This user's ringing and active calls, oldest first. */
        get: operations["activeCalls"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This user's call history, newest first, cursor-paged. */
        get: operations["history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Live events: a server-sent event stream, or a long poll with ?after= or ?wait=. */
        get: operations["events"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/presence/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Own presence. */
        get: operations["myPresence"];
        /** Change own presence; counts as a heartbeat. */
        put: operations["updateMyPresence"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/presence/heartbeat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Keep-alive for clients without an event stream. */
        post: operations["heartbeat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/presence/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ends the user's presence at once: call it from the host's sign-out, so others see the user offline now rather than after the presence timeout. */
        post: operations["signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/presence/online": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Online users of the caller's tenant, by user id, cursor-paged. */
        get: operations["onlineUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/presence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Presence of up to 200 users of the caller's tenant, in the order asked (presence dots). */
        get: operations["presenceOf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This document. */
        get: operations["openApi"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/client.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The browser client, an ES module. */
        get: operations["clientScript"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/client/api.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The client's fetch helper, its error type and the API's base path. */
        get: operations["clientModuleApi"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/client/call-window.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The client's call window around Jitsi's IFrame API. */
        get: operations["clientModuleCallWindow"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/client/connection.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The client's event connection: a resumed event stream, or long-polling. */
        get: operations["clientModuleConnection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/client/devices.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The client's microphone and camera choice during a call. */
        get: operations["clientModuleDevices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/client/dialog.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The client's incoming-call dialog and notification. */
        get: operations["clientModuleDialog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/client/dom.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The client's DOM helpers. */
        get: operations["clientModuleDom"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/client/icons.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The client's button icons (inline SVG). */
        get: operations["clientModuleIcons"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/client/meeting-link.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The client's meeting page address and its own window (shared with @calls/react). */
        get: operations["clientModuleMeetingLink"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/client/meeting-script.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The client's loader of the deployment's external_api.js. */
        get: operations["clientModuleMeetingScript"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/client/meeting-window.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The client's meeting in a window of its own (calls.jitsi.display window). */
        get: operations["clientModuleMeetingWindow"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/client/notices.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The client's notices and screen-reader announcements. */
        get: operations["clientModuleNotices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/client/outgoing.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The client's outgoing-call dialog and its outcomes. */
        get: operations["clientModuleOutgoing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/client/presence.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The client's presence dots, call buttons and status menu. */
        get: operations["clientModulePresence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/client/reconcile.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How the client follows a call's state, and re-attaches after a reload. */
        get: operations["clientModuleReconcile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/client/ringtone.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The client's ringtone. */
        get: operations["clientModuleRingtone"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/client/styles.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The client's style sheet. */
        get: operations["clientModuleStyles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/client.d.ts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** TypeScript declarations of the browser client and of the JSON it reads. */
        get: operations["clientTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/embed/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A page showing one call full-size with the browser client, for its participants. */
        get: operations["embedPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's meetings that have not ended (as host or invitee), soonest first. */
        get: operations["upcomingMeetings"];
        put?: never;
        /** Schedule a meeting hosted by the caller, inviting users of the caller's organization. */
        post: operations["createMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meetings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The meeting, for its host and invitees (anyone else: not_found). */
        get: operations["getMeeting"];
        /** Change the meeting's title, times, type or invitees (all given again, checked as on scheduling); only its host may (an invitee gets forbidden). The room stays. With invitation e-mail on, everyone still invited is mailed the new version and everyone removed a cancellation. */
        put: operations["updateMeeting"];
        post?: never;
        /** Cancel the meeting; only its host may (an invitee gets forbidden). */
        delete: operations["cancelMeeting"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meetings/{id}/join": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Fresh join information (a new token) for an attendee, only inside the join window; the host joins as moderator. */
        get: operations["joinMeeting"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meetings/{id}/invite.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The meeting as an iCalendar (RFC 5545) invitation whose URL and LOCATION are the meeting page. */
        get: operations["meetingInvite"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/embed/meetings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The page an invitation links to: for an attendee it opens the meeting full-page with the browser client; a visitor who is not signed in is asked to sign in. */
        get: operations["meetingPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rooms/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A token for one of the host application's own rooms, as its RoomAccessPolicy allows (denied by default). */
        post: operations["roomToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/jaas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 8x8 JaaS webhook: participants joining and leaving set inRoom, ROOM_DESTROYED ends the call (room_destroyed) at the event's time, uploads reach the host's listeners. */
        post: operations["jaasWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/jitsi/events/room/created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Self-hosted Jitsi event_sync (api_prefix = <application>/api/calls/webhooks/jitsi). A room was created (accepted and ignored). The event is read from event_name. */
        post: operations["jitsiRoomCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/jitsi/events/room/destroyed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Self-hosted Jitsi event_sync (api_prefix = <application>/api/calls/webhooks/jitsi). A room was destroyed: its call ends (room_destroyed) at destroyed_at. The event is read from event_name. */
        post: operations["jitsiRoomDestroyed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/jitsi/events/occupant/joined": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Self-hosted Jitsi event_sync (api_prefix = <application>/api/calls/webhooks/jitsi). An occupant joined: the participant with occupant.id is in the room. The event is read from event_name. */
        post: operations["jitsiOccupantJoined"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/jitsi/events/occupant/left": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Self-hosted Jitsi event_sync (api_prefix = <application>/api/calls/webhooks/jitsi). An occupant left: the participant with occupant.id is out of the room. The event is read from event_name. */
        post: operations["jitsiOccupantLeft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/watch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Changes whose presence changes the caller's open event stream shows: the stream opened with ?stream=<key> and a ?watch= set, on the node serving this request. 404 when this node serves no such stream (the client then reopens its stream with the new set and Last-Event-ID). */
        put: operations["changeWatchedPresence"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tenant administrator's view as an ES module (statistics, Chart.js charts with the host's Chart, live calls table, end button); it imports ./client/api.js. Public like the client; its routes answer administrators only. */
        get: operations["adminModule"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Call statistics of the administrator's tenant over the calls created in [from, to): outcomes, answer rate, time to answer and talk time (mean, nearest-rank p50/p90), who missed calls, peak of concurrent calls and a per-bucket series. Only for administrators (AdminPolicy); anyone else gets 404. */
        get: operations["adminStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/calls/active": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tenant's ringing and active calls, oldest first (at most 500), whoever takes part. Only for administrators. */
        get: operations["adminActiveCalls"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tenant's call events, whoever takes part: asked with Accept: text/event-stream, a live stream of them (resumed with Last-Event-ID, where the event transport delivers tenant-wide; 404 otherwise); else, from the log, those after a sequence (at most 500 read per request). What keeps an administrator's live table current. Only for administrators. */
        get: operations["adminEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/calls/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a call of the tenant for everyone (a stuck call): call.ended with reason ended_by_admin; an active call completes, a ringing one is cancelled. Repeating returns the ended call. Only for administrators. */
        post: operations["adminEndCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/devices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's push devices, oldest first; tokens only as their masked tail. */
        get: operations["listDevices"];
        put?: never;
        /** Register a push device of the caller; idempotent on the token (a token registered by another user moves to the caller). The oldest devices beyond the per-user cap are removed. */
        post: operations["registerDevice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/devices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove one of the caller's devices (at logout); idempotent: an unknown id or another user's device changes nothing. */
        delete: operations["removeDevice"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/client/guest.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The guest page's module (the waiting room, then the call window). */
        get: operations["clientModuleGuest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/client/lobby.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The browser client's waiting-room cards for hosts (Admit / Deny). */
        get: operations["clientModuleLobby"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meetings/{id}/guests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The meeting's guest passes, oldest first, for its hosts (without links). */
        get: operations["listMeetingGuests"];
        put?: never;
        /** Create a guest pass for this meeting (its organizer or host only). The answer's url is the guest's personal link, shown this once. */
        post: operations["createMeetingGuest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meetings/{id}/guests/{guestId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a pass: it stops working at once (a guest in the call leaves it). */
        delete: operations["revokeMeetingGuest"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meetings/{id}/guests/{guestId}/admit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Let the guest in; repeating it returns the pass. */
        post: operations["admitMeetingGuest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meetings/{id}/guests/{guestId}/deny": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn the guest away (a guest in the call leaves it); repeating it returns the pass. */
        post: operations["denyMeetingGuest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/{id}/guests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The call's guest passes, oldest first, for its hosts (without links). */
        get: operations["listCallGuests"];
        put?: never;
        /** Create a guest pass for this call (its organizer or host only). The answer's url is the guest's personal link, shown this once. The guest joins the call's participants at once (role guest-external), rung through the pass. */
        post: operations["createCallGuest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/{id}/guests/{guestId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a pass: it stops working at once (a guest in the call leaves it). */
        delete: operations["revokeCallGuest"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/{id}/guests/{guestId}/admit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Let the guest in; repeating it returns the pass. */
        post: operations["admitCallGuest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/{id}/guests/{guestId}/deny": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn the guest away (a guest in the call leaves it); repeating it returns the pass. */
        post: operations["denyCallGuest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/guest-calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a call from the caller to one guest without an account: the call, the caller's join information and the guest's pass (rung for the ring timeout). */
        post: operations["startGuestCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/guest/{pass}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The guest's page: title, time, name, a camera and microphone check, the waiting room, then the call window. No sign-in. */
        get: operations["guestPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/guest/{pass}/state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the guest's page shows; polled while waiting. */
        get: operations["guestState"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/guest/{pass}/knock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The guest asks to join (under a corrected name if allowed): they wait for a host, or are let in when the rules say so. */
        post: operations["guestKnock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/guest/{pass}/join": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Join information for an admitted guest: the room and a fresh non-moderator token in the guest's name. In a call the first join answers it. */
        get: operations["guestJoin"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/guest/{pass}/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The guest hangs up (in a call they leave it). Harmless to repeat. */
        post: operations["guestLeave"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Participant: {
            userId: string;
            name: string;
            /**
             * @description host (Jitsi moderator), guest (an invited user), guest-external (a guest pass holder without an account: their name, never a moderator).
             * @enum {string}
             */
            role: "host" | "guest" | "guest-external";
            /** @enum {string} */
            state: "invited" | "ringing" | "joined" | "left" | "declined" | "missed";
            audioMuted: boolean;
            videoMuted: boolean;
            /** @description last reported connection quality */
            connectionQuality: string | null;
            /** @description last reported inside the media room (by the media server or the browser) */
            inRoom: boolean;
            /** Format: date-time */
            joinedAt: string | null;
            /** Format: date-time */
            leftAt: string | null;
        };
        Call: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            type: "audio" | "video";
            /** @enum {string} */
            state: "ringing" | "active" | "completed" | "missed" | "declined" | "cancelled" | "failed";
            /** @enum {string|null} */
            endReason: "no_answer" | "declined" | "cancelled_by_caller" | "hung_up" | "busy" | "unavailable" | "room_destroyed" | "max_duration" | "idle" | "failed" | "ended_by_admin" | null;
            initiator: string;
            participants: components["schemas"]["Participant"][];
            room: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            answeredAt: string | null;
            /** Format: date-time */
            endedAt: string | null;
            /** @description Talk time, once the call has ended. */
            durationSeconds: number | null;
        };
        Join: {
            /**
             * @example public
             * @example self-hosted
             * @example jaas
             */
            provider: string;
            domain: string;
            /** @description The IFrame API's roomName (JaaS: <AppID>/<room>). */
            room: string;
            url: string;
            jwt: string | null;
            appId: string | null;
            /** Format: date-time */
            expiresAt: string | null;
            scriptUrl: string;
            /**
             * @description How the browser shows the room: embed (the IFrame API in the page) or window (the meeting page, url, in a window of its own; the page keeps the call's controls). Window on meet.jit.si by default, which ends embedded meetings after five minutes; calls.jitsi.display forces either.
             * @enum {string}
             */
            display: "embed" | "window";
        };
        StartedCall: components["schemas"]["Call"] & {
            join: components["schemas"]["Join"];
        };
        StartCallRequest: {
            /** @description Required (or recipientId / recipient_id for one). */
            recipientIds?: string[];
            /** @description Same as recipientIds (the seeds' spelling). */
            recipient_ids?: (string | number)[];
            recipientId?: string | number;
            recipient_id?: string | number;
            /**
             * @default video
             * @enum {string}
             */
            type: "audio" | "video";
            /** @enum {string} */
            call_type?: "audio" | "video";
        };
        MediaRequest: {
            audioMuted?: boolean;
            videoMuted?: boolean;
            connectionQuality?: string;
        };
        RingRequest: {
            userId: string;
        };
        RingState: {
            /** Format: uuid */
            callId: string;
            ring: boolean;
            /** @enum {string} */
            status: "ringing" | "answered" | "answered_elsewhere" | "declined" | "cancelled" | "missed" | "busy" | "ended";
            callState: string;
        };
        Presence: {
            userId: string;
            name: string;
            /**
             * @description What others see: offline when not online, busy while in a call.
             * @enum {string}
             */
            status: "online" | "away" | "busy" | "offline";
            /**
             * @description The status the user set.
             * @enum {string}
             */
            chosenStatus: "online" | "away" | "busy" | "offline";
            message: string | null;
            available: boolean;
            doNotDisturb: boolean;
            /** Format: date-time */
            lastSeen: string | null;
            online: boolean;
            inCall: boolean;
            callable: boolean;
        };
        PresenceUpdate: {
            /** @enum {string} */
            status?: "online" | "away" | "busy" | "offline";
            message?: string;
            available?: boolean;
            doNotDisturb?: boolean;
        };
        PresencePage: {
            items: components["schemas"]["Presence"][];
            nextCursor: string | null;
        };
        HistoryRow: components["schemas"]["Call"] & {
            /** @enum {string} */
            direction: "outgoing" | "incoming";
            /** @enum {string} */
            outcome: "ongoing" | "answered" | "missed" | "declined" | "no_answer" | "cancelled" | "busy" | "unavailable" | "failed";
            /** @description Talk time (so far, for a live call). */
            durationSeconds?: number;
            counterparts: string[];
        };
        HistoryPage: {
            items: components["schemas"]["HistoryRow"][];
            nextCursor: string | null;
        };
        /** @description A call event carries call, presence.changed carries presence; guest.waiting, guest.admitted and guest.denied carry neither: data holds guestId, name, state, meetingId or callId, and to (the host it is for). */
        Event: {
            /** @description The event's sequence number, also the SSE id. */
            id: number;
            /** @enum {string} */
            type: "call.ringing" | "call.acknowledged" | "call.accepted" | "call.declined" | "call.cancelled" | "call.missed" | "call.ended" | "participant.joined" | "participant.left" | "participant.media" | "presence.changed" | "guest.waiting" | "guest.admitted" | "guest.denied";
            callId: string | null;
            /** Format: date-time */
            at: string;
            actor: string | null;
            call?: components["schemas"]["Call"];
            presence?: components["schemas"]["Presence"];
            data: {
                [key: string]: string;
            };
        };
        EventsPage: {
            events: components["schemas"]["Event"][];
            lastEventId: number;
        };
        Problem: {
            type: string;
            title: string;
            status: number;
            detail: string;
            /** @enum {string} */
            code: "unauthenticated" | "forbidden" | "not_found" | "invalid_request" | "payload_too_large" | "unsupported_media_type" | "invalid_transition" | "recipient_offline" | "recipient_busy" | "recipient_unavailable" | "already_in_call" | "not_permitted" | "outside_join_window" | "rate_limited" | "concurrent_modification" | "storage_unavailable" | "method_not_allowed" | "internal_error";
            instance: string;
            /** @description Seconds, with rate_limited and storage_unavailable. */
            retryAfter?: number;
        };
        RoomReport: {
            /** @description true when the browser joined the media room, false when it left */
            inRoom: boolean;
        };
        Person: {
            userId: string;
            name: string;
        };
        Meeting: {
            /** Format: uuid */
            id: string;
            title: string;
            host: components["schemas"]["Person"];
            invitees: components["schemas"]["Person"][];
            /** @enum {string} */
            type: "audio" | "video";
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            /**
             * Format: date-time
             * @description When attendees can first join (the join window opens before the start).
             */
            opensAt: string;
            /** @description The media room's name. */
            room: string;
            /** @description The meeting page (absolute): /embed/meetings/{id}. */
            joinUrl: string;
            /** @description The iCalendar invitation (absolute): /meetings/{id}/invite.ics. */
            inviteUrl: string;
            /** Format: date-time */
            createdAt: string;
            /** @description Guests wait until a host admits them. */
            waitingRoom: boolean;
            /** @description Waiting guests are let in once the organizer joins. */
            admitOnHostJoin: boolean;
        };
        MeetingRequest: {
            /** @description Newlines allowed; the server's limit (default 200 characters) applies. */
            title: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            inviteeIds: (string | number)[];
            /**
             * @default video
             * @enum {string}
             */
            type: "audio" | "video";
            /**
             * @description Guests (guest pass holders) wait until a host admits them.
             * @default false
             */
            waitingRoom: boolean;
            /**
             * @description Waiting guests are let in, without a click, once the organizer joins.
             * @default false
             */
            admitOnHostJoin: boolean;
        };
        MeetingList: {
            items: components["schemas"]["Meeting"][];
        };
        MeetingJoin: {
            meeting: components["schemas"]["Meeting"];
            join: components["schemas"]["Join"];
            /** @description The host joins as moderator. */
            moderator: boolean;
            /** @description The deployment holds guests in a lobby; the host's client turns it on. */
            lobby: boolean;
            /** @description A guest should expect to wait for the host. */
            waitForHost: boolean;
        };
        /** @description Other fields (seed 003's userName, userEmail, userId, isModerator) are ignored: the user is the caller and the role comes from the host's policy. */
        RoomTokenRequest: {
            roomName: string;
            /**
             * @default video
             * @enum {string}
             */
            type: "audio" | "video";
        };
        RoomToken: {
            token: string | null;
            roomName: string;
            joinUrl: string;
            /** Format: date-time */
            expiresAt: string | null;
            moderator: boolean;
            provider: string;
            domain: string;
            room: string;
            url: string;
            jwt: string | null;
            appId: string | null;
            scriptUrl: string;
        };
        WebhookResult: {
            /** @enum {string} */
            result: "applied" | "duplicate" | "ignored";
            /**
             * @example participant_in_room
             * @example participant_left_room
             * @example call_ended
             * @example reported
             * @example duplicate
             * @example unknown_event_type
             * @example no_call_for_room
             * @example unknown_participant
             * @example out_of_order
             * @example unchanged
             * @example breakout_room
             * @example other_app
             * @example before_answer
             */
            reason: string;
        };
        /** @description The JaaS envelope; unknown event types are accepted and ignored. */
        JaasWebhook: {
            idempotencyKey?: string;
            customerId?: string;
            appId?: string;
            eventType?: string;
            sessionId?: string;
            /** @description Epoch milliseconds. */
            timestamp?: number;
            /** @description <AppID>/<room> */
            fqn?: string;
            data?: Record<string, never>;
        };
        /** @description As the event_sync Prosody module posts it. */
        EventSyncEvent: {
            /**
             * @example muc-room-created
             * @example muc-room-destroyed
             * @example muc-occupant-joined
             * @example muc-occupant-left
             */
            event_name?: string;
            room_name?: string;
            room_jid?: string;
            is_breakout?: boolean;
            /** @description Epoch seconds. */
            destroyed_at?: number;
            occupant?: {
                id?: string;
                name?: string;
                joined_at?: number;
                left_at?: number;
            };
        };
        /** @description Optional. `leave_current` is accepted as an alias. */
        AcceptRequest: {
            /** @description Leave the live call the user is in first ("end current and answer"). Default false. */
            leaveCurrent?: boolean;
        };
        WatchChange: {
            /** @description The key the stream was opened with (?stream=). */
            stream: string;
            /** @description The users whose presence changes the stream shows from now on, besides its own user's; may be empty. */
            watch: string[];
        };
        /** @description Times in seconds: exact mean, nearest-rank percentiles at the histogram's resolution (0.1 s for time to answer, 1 s for talk time); null without values. */
        Distribution: {
            count: number;
            meanSeconds: number | null;
            p50Seconds: number | null;
            p90Seconds: number | null;
        };
        CallStats: {
            /** Format: date-time */
            from: string;
            /** Format: date-time */
            to: string;
            /** @enum {string} */
            bucket: "day" | "hour";
            calls: number;
            answered: number;
            /** @description Answered calls among those no longer ringing; null when there are none. */
            answerRate: number | null;
            byState: {
                [key: string]: number;
            };
            byEndReason: {
                [key: string]: number;
            };
            timeToAnswer: components["schemas"]["Distribution"];
            duration: components["schemas"]["Distribution"];
            missedByUser: {
                userId: string;
                missed: number;
            }[];
            /** @description Most of these calls active at the same moment. */
            peakConcurrent: number;
            series: {
                /** Format: date-time */
                start: string;
                calls: number;
                answered: number;
                missed: number;
            }[];
        };
        DeviceRequest: {
            /** @enum {string} */
            platform: "ios" | "android" | "web";
            /**
             * @description voip: a PushKit token (rings); apns: an ordinary APNs token (cancels, missed calls); fcm: a Firebase registration token. voip and apns are for ios.
             * @enum {string}
             */
            kind: "voip" | "apns" | "fcm";
            token: string;
            appId: string;
            name?: string | null;
        };
        Device: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            platform: "ios" | "android" | "web";
            /** @enum {string} */
            kind: "voip" | "apns" | "fcm";
            appId: string;
            name?: string | null;
            /** @description The last four characters of the token behind an ellipsis; the token itself is never shown. */
            token: string;
            /** Format: date-time */
            registeredAt: string;
        };
        DeviceList: {
            items: components["schemas"]["Device"][];
            /** @description Devices one user keeps; registering more removes the oldest. */
            maxDevices: number;
        };
        /** @description What a push to a phone carries (APNs payload; FCM data, where every value is a string and caller is JSON text). Not an HTTP response: documented here for app developers. Collapsed per call (apns-collapse-id, FCM collapse_key = callId), so a cancel replaces its ring; a ring expires at ringUntil. */
        PushMessage: {
            /** @constant */
            v: 1;
            /** @enum {string} */
            kind: "ring" | "cancel" | "missed";
            /** Format: uuid */
            callId: string;
            tenant: string;
            caller: {
                id?: string;
                name?: string | null;
                avatarUrl?: string | null;
            };
            video: boolean;
            /** @description Epoch milliseconds: the invitee's invitedAt plus the ring timeout. */
            ringUntil: number;
            /**
             * @description On cancel and missed only.
             * @enum {string}
             */
            reason?: "answered_elsewhere" | "declined_elsewhere" | "cancelled" | "missed" | "busy";
            /** @description The media deployment's base URL. */
            serverUrl?: string | null;
        };
        GuestRequest: {
            /** @description The guest's name as hosts see it and as the token carries it. */
            name: string;
            /** @description Where an invitation may be sent. */
            email?: string | null;
            /** @description The guest waits for a host's admission; absent: the meeting's setting (a call: no). */
            waitingRoom?: boolean | null;
            /** @description The guest may correct the name before knocking; absent: yes. */
            nameEditable?: boolean | null;
            /**
             * @description A guest call's media type (POST /guest-calls only).
             * @default video
             * @enum {string}
             */
            type: "audio" | "video";
        };
        Guest: {
            /** Format: uuid */
            id: string;
            name: string;
            email?: string;
            /** @description The guest's personal link, holding the signed pass: only in the answer that created the pass. */
            url?: string;
            /** @enum {string} */
            state: "invited" | "waiting" | "admitted" | "denied";
            waitingRoom: boolean;
            nameEditable: boolean;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the pass stops working: the meeting's end, or the longest a call may last.
             */
            expiresAt: string;
            /** Format: date-time */
            knockedAt?: string | null;
            /** Format: date-time */
            decidedAt?: string | null;
            /** @enum {string} */
            target: "meeting" | "call";
            /** Format: uuid */
            targetId: string;
        };
        GuestList: {
            items: components["schemas"]["Guest"][];
        };
        /** @description What the guest's page shows: never the room, a token or an account id. */
        GuestView: {
            /** @enum {string} */
            status: "not_open" | "invited" | "waiting_for_host" | "waiting" | "admitted" | "denied";
            /** @enum {string} */
            kind: "meeting" | "call";
            title: string;
            hostName: string;
            /** @enum {string} */
            type: "audio" | "video";
            name: string;
            nameEditable: boolean;
            waitingRoom: boolean;
            /** Format: date-time */
            startsAt: string | null;
            /** Format: date-time */
            endsAt: string | null;
            /** Format: date-time */
            opensAt: string;
            /** Format: date-time */
            expiresAt: string;
        };
        GuestJoin: {
            guest: components["schemas"]["GuestView"];
            join: components["schemas"]["Join"];
            /** @description guest: and the pass id: the guest's id in the call record and the token. */
            participantId: string;
        };
        KnockRequest: {
            /** @description The name to go by, when the host let the guest change it. */
            name?: string | null;
        };
        GuestCall: components["schemas"]["StartedCall"] & {
            guest: components["schemas"]["Guest"];
        };
    };
    responses: {
        /** @description The request is malformed. Codes: invalid_request. */
        InvalidRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No signed-in user. Codes: unauthenticated. */
        Unauthenticated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Not allowed. Codes: forbidden, not_permitted, outside_join_window. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No such thing, or not visible to this user. Codes: not_found. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Not possible in the call's state, or the recipient cannot be rung. Codes: invalid_transition, recipient_offline, recipient_busy, recipient_unavailable, already_in_call, concurrent_modification. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is over 64 KiB. Codes: payload_too_large. */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is not JSON. Codes: unsupported_media_type. */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Too many calls started. Codes: rate_limited. */
        RateLimited: {
            headers: {
                /** @description Seconds to wait. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The store is unavailable. Codes: storage_unavailable. */
        StorageUnavailable: {
            headers: {
                /** @description Seconds to wait. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The path exists, the method does not. Codes: method_not_allowed. */
        MethodNotAllowed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Something broke on the server. Codes: internal_error. */
        InternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Before the join window opens or after the meeting ended: no token. Codes: outside_join_window. */
        OutsideJoinWindow: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The signature or shared header is missing or wrong, or the signature's t is outside the tolerance (a replay). Codes: unauthenticated. */
        WebhookRefused: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description This server has no receiver for these webhooks configured. Codes: not_found. */
        WebhookNotConfigured: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description An ES module of the browser client, imported by client.js; revalidated on every load (Cache-Control: no-cache). */
        JavaScriptModule: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "text/javascript": string;
            };
        };
        /** @description Too many requests for this pass or from this address. Codes: rate_limited. */
        GuestRateLimited: {
            headers: {
                /** @description Seconds to wait. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        CallId: string;
        MeetingId: string;
        DeviceId: string;
        GuestId: string;
        /** @description The signed guest pass from the guest's link. */
        GuestPass: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    startCall: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartCallRequest"];
            };
        };
        responses: {
            /** @description The recipient was calling the caller at this moment: this request answered that call instead. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StartedCall"];
                };
            };
            /** @description The call was started; the body is the call plus the caller's join information. */
            201: {
                headers: {
                    /** @description The call's URL. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StartedCall"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    getCall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["CallId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The call. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Call"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    acknowledgeCall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["CallId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description The call after the action (repeating an action returns the call unchanged). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Call"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    acceptCall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["CallId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AcceptRequest"];
            };
        };
        responses: {
            /** @description The call after the action (repeating an action returns the call unchanged). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Call"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    declineCall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["CallId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description The call after the action (repeating an action returns the call unchanged). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Call"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    cancelCall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["CallId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description The call after the action (repeating an action returns the call unchanged). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Call"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    leaveCall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["CallId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description The call after the action (repeating an action returns the call unchanged). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Call"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    endCall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["CallId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description The call after the action (repeating an action returns the call unchanged). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Call"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    updateMedia: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["CallId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MediaRequest"];
            };
        };
        responses: {
            /** @description The call. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Call"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    ringAgain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["CallId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RingRequest"];
            };
        };
        responses: {
            /** @description The call. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Call"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    reportInRoom: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["CallId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoomReport"];
            };
        };
        responses: {
            /** @description The call. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Call"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    failCall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["CallId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description The call after the action (repeating an action returns the call unchanged). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Call"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    joinCall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["CallId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Join information. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Join"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    ringState: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["CallId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ring state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RingState"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    activeCalls: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The calls. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Call"][];
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    history: {
        parameters: {
            query?: {
                /** @description Rows per page. */
                limit?: number;
                /** @description nextCursor of the previous page. */
                cursor?: string;
                /** @description Only calls this user missed. */
                missed?: boolean;
                /** @description Only calls started at or after this instant. */
                since?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of history rows. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryPage"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["Unauthenticated"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    events: {
        parameters: {
            query?: {
                /** @description Resume the stream after this event id (for clients that cannot set headers). */
                lastEventId?: number;
                /** @description Long poll: events after this id (default: from now). */
                after?: number;
                /** @description Long poll: seconds to wait for the first event when there is none yet (at most 30). */
                wait?: number;
                /** @description Presence subscriptions: a comma-separated list of at most 500 user ids whose presence changes this device gets, besides its own user's. Absent, the device gets every presence change of its tenant; empty, only its own. Call events are not affected. */
                watch?: string;
                /** @description A key the client gives this stream (at most 64 printable characters, such as a random tab id), so PUT /events/watch can change its watch set later. */
                stream?: string;
            };
            header?: {
                /** @description Resume the stream after this event id. */
                "Last-Event-ID"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Without after/wait: text/event-stream, one event per message (id: = the event id, data: = an Event as JSON), comment heartbeats, a retry: line. With after or wait: the events as JSON. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                    "application/json": components["schemas"]["EventsPage"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["Unauthenticated"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    myPresence: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Presence. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Presence"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    updateMyPresence: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PresenceUpdate"];
            };
        };
        responses: {
            /** @description Presence. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Presence"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    heartbeat: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Presence. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Presence"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description The key the signing-out page gave its event stream (?stream=): that stream ends on the server at once, as an open stream keeps its user online. The user's other devices keep theirs. */
                    stream?: string;
                };
            };
        };
        responses: {
            /** @description Presence as others now see it (offline unless another event stream of the user is open). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Presence"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    onlineUsers: {
        parameters: {
            query?: {
                /** @description Users per page. */
                limit?: number;
                /** @description nextCursor of the previous page. */
                cursor?: string;
                /** @description Only users who could be rung now (default); false lists every online user. */
                callable?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of presence. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PresencePage"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["Unauthenticated"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    presenceOf: {
        parameters: {
            query: {
                /** @description Comma-separated user ids. */
                userIds: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Presence per user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Presence"][];
                    };
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["Unauthenticated"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    openApi: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OpenAPI 3.1. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    clientScript: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JavaScript. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/javascript": string;
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    clientModuleApi: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["JavaScriptModule"];
        };
    };
    clientModuleCallWindow: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["JavaScriptModule"];
        };
    };
    clientModuleConnection: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["JavaScriptModule"];
        };
    };
    clientModuleDevices: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["JavaScriptModule"];
        };
    };
    clientModuleDialog: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["JavaScriptModule"];
        };
    };
    clientModuleDom: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["JavaScriptModule"];
        };
    };
    clientModuleIcons: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["JavaScriptModule"];
        };
    };
    clientModuleMeetingLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["JavaScriptModule"];
        };
    };
    clientModuleMeetingScript: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["JavaScriptModule"];
        };
    };
    clientModuleMeetingWindow: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["JavaScriptModule"];
        };
    };
    clientModuleNotices: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["JavaScriptModule"];
        };
    };
    clientModuleOutgoing: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["JavaScriptModule"];
        };
    };
    clientModulePresence: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["JavaScriptModule"];
        };
    };
    clientModuleReconcile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["JavaScriptModule"];
        };
    };
    clientModuleRingtone: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["JavaScriptModule"];
        };
    };
    clientModuleStyles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["JavaScriptModule"];
        };
    };
    clientTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TypeScript declarations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/typescript": string;
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    embedPage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["CallId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description HTML. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            /** @description No such meeting or call for this user: a page saying so for a browser that asks for HTML, otherwise a problem. Codes: not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    upcomingMeetings: {
        parameters: {
            query?: {
                /** @description Most meetings returned. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The meetings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingList"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["Unauthenticated"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    createMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeetingRequest"];
            };
        };
        responses: {
            /** @description The meeting was scheduled. */
            201: {
                headers: {
                    /** @description The meeting's URL. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    getMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["MeetingId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The meeting. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    updateMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["MeetingId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeetingRequest"];
            };
        };
        responses: {
            /** @description The meeting as it is now (unchanged if nothing differed). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    cancelMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["MeetingId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The meeting was cancelled. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    joinMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["MeetingId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The meeting, the join information and how to behave in the room. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingJoin"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["OutsideJoinWindow"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    meetingInvite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["MeetingId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An attachment named meeting.ics (METHOD:REQUEST, one VEVENT). */
            200: {
                headers: {
                    /** @description attachment; filename="meeting.ics" */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    meetingPage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["MeetingId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description HTML. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description No such meeting or call for this user: a page saying so for a browser that asks for HTML, otherwise a problem. Codes: not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    roomToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoomTokenRequest"];
            };
        };
        responses: {
            /** @description The token and join information. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomToken"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    jaasWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description t=<unix seconds>,v1=<base64 HMAC-SHA256 of t.body>; t must be within the tolerance (default 5 minutes). */
                "X-Jaas-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JaasWebhook"];
            };
        };
        responses: {
            /** @description Delivered: applied, a duplicate, or authentic but ignored (unknown event types included). Never retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookResult"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["WebhookRefused"];
            404: components["responses"]["WebhookNotConfigured"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    jitsiRoomCreated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventSyncEvent"];
            };
        };
        responses: {
            /** @description Delivered: applied, a duplicate, or authentic but ignored (unknown event types included). Never retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookResult"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["WebhookRefused"];
            404: components["responses"]["WebhookNotConfigured"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    jitsiRoomDestroyed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventSyncEvent"];
            };
        };
        responses: {
            /** @description Delivered: applied, a duplicate, or authentic but ignored (unknown event types included). Never retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookResult"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["WebhookRefused"];
            404: components["responses"]["WebhookNotConfigured"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    jitsiOccupantJoined: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventSyncEvent"];
            };
        };
        responses: {
            /** @description Delivered: applied, a duplicate, or authentic but ignored (unknown event types included). Never retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookResult"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["WebhookRefused"];
            404: components["responses"]["WebhookNotConfigured"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    jitsiOccupantLeft: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventSyncEvent"];
            };
        };
        responses: {
            /** @description Delivered: applied, a duplicate, or authentic but ignored (unknown event types included). Never retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookResult"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["WebhookRefused"];
            404: components["responses"]["WebhookNotConfigured"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    changeWatchedPresence: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WatchChange"];
            };
        };
        responses: {
            /** @description The stream now shows the presence of these users and of its own user. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    adminModule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["JavaScriptModule"];
        };
    };
    adminStats: {
        parameters: {
            query?: {
                /** @description ISO-8601 instant, inclusive; default 30 days (bucket day) or 48 hours (bucket hour) before to. */
                from?: string;
                /** @description ISO-8601 instant, exclusive; default the end of the current day or hour (calls of this moment included). from must be before to and the range at most 1000 buckets. */
                to?: string;
                /** @description Width of one series point, whole UTC days or hours. */
                bucket?: "day" | "hour";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The statistics. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallStats"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    adminActiveCalls: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The calls. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        calls: components["schemas"]["Call"][];
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    adminEvents: {
        parameters: {
            query?: {
                /** @description Sequence to read after (lastEventId of the previous answer). Without it: no events, and lastEventId is the log's newest sequence. */
                after?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description With Accept: text/event-stream: one call event per message (id: = the event id, data: = an Event as JSON), comment heartbeats, a retry: line. Otherwise the events and the sequence to pass as after next. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                    "application/json": components["schemas"]["EventsPage"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    adminEndCall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["CallId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description The call after the action. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Call"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    listDevices: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The devices. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeviceList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    registerDevice: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeviceRequest"];
            };
        };
        responses: {
            /** @description The device as stored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Device"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["Unauthenticated"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    removeDevice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["DeviceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The device is gone. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    clientModuleGuest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["JavaScriptModule"];
        };
    };
    clientModuleLobby: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["JavaScriptModule"];
        };
    };
    listMeetingGuests: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["MeetingId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The passes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GuestList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    createMeetingGuest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["MeetingId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GuestRequest"];
            };
        };
        responses: {
            /** @description The pass. */
            201: {
                headers: {
                    /** @description The pass's URL. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Guest"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    revokeMeetingGuest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["MeetingId"];
                guestId: components["parameters"]["GuestId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    admitMeetingGuest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["MeetingId"];
                guestId: components["parameters"]["GuestId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pass. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Guest"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    denyMeetingGuest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["MeetingId"];
                guestId: components["parameters"]["GuestId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pass. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Guest"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    listCallGuests: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["CallId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The passes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GuestList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    createCallGuest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["CallId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GuestRequest"];
            };
        };
        responses: {
            /** @description The pass. */
            201: {
                headers: {
                    /** @description The pass's URL. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Guest"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    revokeCallGuest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["CallId"];
                guestId: components["parameters"]["GuestId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    admitCallGuest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["CallId"];
                guestId: components["parameters"]["GuestId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pass. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Guest"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    denyCallGuest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["CallId"];
                guestId: components["parameters"]["GuestId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pass. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Guest"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    startGuestCall: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GuestRequest"];
            };
        };
        responses: {
            /** @description The call, the caller's join and the guest's pass. */
            201: {
                headers: {
                    /** @description The call's URL. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GuestCall"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    guestPage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The signed guest pass from the guest's link. */
                pass: components["parameters"]["GuestPass"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description HTML. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description The pass does not work: a page saying so. Codes: not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["GuestRateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    guestState: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The signed guest pass from the guest's link. */
                pass: components["parameters"]["GuestPass"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The guest's view. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GuestView"];
                };
            };
            404: components["responses"]["NotFound"];
            429: components["responses"]["GuestRateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    guestKnock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The signed guest pass from the guest's link. */
                pass: components["parameters"]["GuestPass"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["KnockRequest"];
            };
        };
        responses: {
            /** @description The guest's view. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GuestView"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            403: components["responses"]["OutsideJoinWindow"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["GuestRateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    guestJoin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The signed guest pass from the guest's link. */
                pass: components["parameters"]["GuestPass"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The guest's view and join information. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GuestJoin"];
                };
            };
            403: components["responses"]["OutsideJoinWindow"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["GuestRateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    guestLeave: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The signed guest pass from the guest's link. */
                pass: components["parameters"]["GuestPass"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The guest's view. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GuestView"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["GuestRateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
}
