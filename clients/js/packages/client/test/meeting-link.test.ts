// @vitest-environment jsdom
// The meeting's own window (meeting-link.js, shared with the browser client): opened without opener, found
// again without being loaded again, also when it shows the meeting on another origin.
import { afterEach, describe, expect, it } from 'vitest';
import { findMeetingWindow } from '@calls/shared/meeting-link.js';
import { forgetMeetingWindow, meetingUrl, meetingWindowOpened, openMeetingWindow } from '../src/index.js';

const original = window.open;
afterEach(() => { window.open = original; });

/** A window as window.open returns it; crossOrigin: reading its location or setting its opener throws. */
function fakeWindow(href: string, crossOrigin = false) {
  const w = {
    closed: false, focused: 0, navigations: [] as string[], openerSet: false,
    focus() { w.focused++; },
    close() { w.closed = true; },
    get opener(): unknown { return crossOrigin ? null : window; },
    set opener(value: unknown) {
      if (crossOrigin) throw new DOMException('Blocked a frame from accessing a cross-origin frame.', 'SecurityError');
      w.openerSet = value === null;
    },
    location: {
      get href(): string {
        if (crossOrigin) throw new DOMException('Blocked a frame from accessing a cross-origin frame.', 'SecurityError');
        return href;
      },
      set href(url: string) { w.navigations.push(url); href = url; },
    },
  };
  return w;
}

function openReturns(w: unknown): string[] {
  const names: string[] = [];
  window.open = ((url?: string, name?: string) => { names.push(String(url) + ' ' + name); return w as Window; }) as typeof window.open;
  return names;
}

const MEETING = meetingUrl({ url: 'https://meet.example/room-1?jwt=t' }, { name: 'Bob B.', userId: 'bob' }, { audioOnly: true });

describe('meeting link', () => {
  it('meetingUrlThenNoPrejoinTheNameAndAudioOnly', () => {
    expect(MEETING).toBe('https://meet.example/room-1?jwt=t#config.prejoinConfig.enabled=false&config.startWithVideoMuted=true'
      + '&userInfo.displayName=' + encodeURIComponent('"Bob B."'));
  });

  it('newWindowThenOpenedBlankOpenerCutThenNavigated', () => {
    const w = fakeWindow('about:blank');
    const calls = openReturns(w);
    expect(openMeetingWindow(MEETING, 'calls-1', null)).toBe(w);
    expect(calls).toEqual([' calls-1']);
    expect(w.openerSet).toBe(true);
    expect(w.navigations).toEqual([MEETING]);
    expect(meetingWindowOpened('calls-1')).toBe(true); // a reload looks for it
    forgetMeetingWindow('calls-1');
    expect(meetingWindowOpened('calls-1')).toBe(false);
  });

  it('liveWindowThenFocusedNotOpenedOrNavigatedAgain', () => {
    const w = fakeWindow(MEETING);
    const calls = openReturns(null);
    expect(openMeetingWindow(MEETING, 'calls-1', w as unknown as Window)).toBe(w);
    expect(calls).toEqual([]);
    expect(w.focused).toBe(1);
    expect(w.navigations).toEqual([]);
  });

  it('namedWindowOnAnotherOriginThenKeptAndFocusedWithoutErrorOrNavigation', () => {
    const w = fakeWindow('https://meet.example/room-1', true);
    openReturns(w);
    expect(openMeetingWindow(MEETING, 'calls-1', null)).toBe(w);
    expect(w.focused).toBe(1);
    expect(w.navigations).toEqual([]);
  });

  it('namedWindowOnThePagesOriginShowingTheMeetingThenNotNavigatedAgain', () => {
    const w = fakeWindow(MEETING.split('#')[0] + '#other');
    openReturns(w);
    expect(openMeetingWindow(MEETING, 'calls-1', null)).toBe(w);
    expect(w.navigations).toEqual([]);
  });

  it('blockedThenNull', () => {
    openReturns(null);
    expect(openMeetingWindow(MEETING, 'calls-1', null)).toBeNull();
  });

  it('findAfterReloadThenTheMeetingsWindowOrNullAndABlankLookUpClosed', () => {
    const meeting = fakeWindow('https://meet.example/room-1', true);
    openReturns(meeting);
    expect(findMeetingWindow('calls-1')).toBe(meeting);
    expect(meeting.closed).toBe(false);

    const blank = fakeWindow('about:blank');
    openReturns(blank);
    expect(findMeetingWindow('calls-1')).toBeNull();
    expect(blank.closed).toBe(true);
    expect(blank.navigations).toEqual([]);
  });
});
