// The meeting page in a window of its own (join.display "window"), from the browser client's own module: its
// address and opening or finding again its window. Touches window only when openMeetingWindow is called.
import {
  findMeetingWindow as sharedFind, forgetMeetingWindow as sharedForget, meetingUrl as sharedMeetingUrl,
  meetingWindowOpened as sharedOpened, openMeetingWindow as sharedOpen,
} from '@calls/shared/meeting-link.js';
import type { Join } from './types.js';

/**
 * The meeting page's address for join (display "window"), told the user's name and to skip Jitsi's pre-join
 * screen; audioOnly starts it with the camera off.
 */
export function meetingUrl(join: Pick<Join, 'url'>, me: { name?: string | null; userId?: string } | null | undefined,
  options: { audioOnly?: boolean } = {}): string {
  return sharedMeetingUrl(join, me, options);
}

/**
 * Opens the meeting at url in the browser window called name, without giving it a handle on this page
 * (window.opener). A live window (existing, or the one of that name after a reload) is focused, not sent to the
 * meeting again. Returns the window, or null when the browser kept it from opening.
 */
export function openMeetingWindow(url: string, name: string, existing?: Window | null): Window | null {
  return sharedOpen(url, name, existing);
}

/** Whether this tab opened the meeting window called name (kept for the tab's session): after a reload, find it. */
export function meetingWindowOpened(name: string): boolean {
  return sharedOpened(name);
}

/**
 * The meeting window called name that this tab opened before a reload, or null where the browser cannot find it
 * (Chromium forgets the name once the window went to another site): the meeting is then not opened twice.
 */
export function findMeetingWindow(name: string): Window | null {
  return sharedFind(name);
}

/** The call ended: forgets the meeting window called name. */
export function forgetMeetingWindow(name: string): void {
  sharedForget(name);
}
