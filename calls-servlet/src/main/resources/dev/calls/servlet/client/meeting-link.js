// The meeting page in a window of its own, without the page's DOM: its address and opening (or finding again)
// its window. Shared by the browser client's meeting-window.js and @calls/react's call window.

/**
 * The meeting page's address, told the user's name and to skip its own pre-join screen (Jitsi reads these
 * after #). join: the server's join information (its url); me: the user ({ name, userId }); audioOnly: start
 * with the camera off.
 */
export function meetingUrl(join, me, { audioOnly = false } = {}) {
  const hash = [
    'config.prejoinConfig.enabled=false',
    'config.startWithVideoMuted=' + !!audioOnly,
    'userInfo.displayName=' + encodeURIComponent(JSON.stringify((me && (me.name || me.userId)) || '')),
  ];
  return join.url.split('#')[0] + '#' + hash.join('&');
}

/**
 * Opens the meeting in the window called name, or brings it to the front: a live window (existing, or the one
 * of that name after a reload of this page) is focused, never sent to the meeting again (that would reload it
 * and drop the media). A new window opens blank, loses its handle on this page (window.opener: the meeting's
 * origin could otherwise redirect this tab) and then navigates. Returns the window, or null when the browser
 * kept it from opening.
 */
export function openMeetingWindow(url, name, existing) {
  if (existing && !existing.closed) {
    focus(existing);
    remember(name, true);
    return existing;
  }
  const popup = window.open('', name);
  if (!popup) return null;
  let href;
  try {
    href = popup.location.href;
  } catch (e) {
    // another origin: the meeting is open there already (this page was reloaded during the call)
    focus(popup);
    remember(name, true);
    return popup;
  }
  try { popup.opener = null; } catch (e) { /* not ours to change */ }
  if (href.split('#')[0] !== url.split('#')[0]) popup.location.href = url;
  focus(popup);
  remember(name, true);
  return popup;
}

/** Whether this tab opened the meeting window of that name (and did not forget it): a reload then finds it. */
export function meetingWindowOpened(name) {
  try { return sessionStorage.getItem(KEY + name) === '1'; } catch (e) { return false; }
}

/** The call ended: a later page opens that window afresh. */
export function forgetMeetingWindow(name) {
  remember(name, false);
}

const KEY = 'calls-meeting-window:';

function remember(name, open) {
  try {
    if (open) sessionStorage.setItem(KEY + name, '1');
    else sessionStorage.removeItem(KEY + name);
  } catch (e) { /* no storage: a reload opens the meeting again */ }
}

function focus(w) {
  try { w.focus(); } catch (e) { /* gone meanwhile */ }
}

/**
 * The meeting's window of that name, opened before this page was reloaded, or null where the browser cannot
 * find it (it may have blocked the look-up, and Chromium forgets a window's name once it went to another site
 * without an opener): a blank window the look-up opened instead is closed again, not sent to the meeting.
 */
export function findMeetingWindow(name) {
  const popup = window.open('', name);
  if (!popup) return null;
  try {
    if (popup.location.href === 'about:blank') {
      popup.close();
      return null;
    }
  } catch (e) { /* another origin: the meeting */ }
  return popup;
}
