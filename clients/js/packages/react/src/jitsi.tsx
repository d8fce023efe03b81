// @calls/react/jitsi: the ready call window on @jitsi/react-sdk (an optional peer dependency, so it lives in its
// own entry: apps that bring their own media never import it).
import { JitsiMeeting } from '@jitsi/react-sdk';
import { useEffect, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import {
  findMeetingWindow, forgetMeetingWindow, meetingUrl, meetingWindowOpened, openMeetingWindow, type Join,
} from '@calls/client';
import { CallWindow, type CallWindowRenderProps } from './headless.js';
import { useCallsState } from './context.js';
import { CallsStyles } from './styles.js';

export interface JitsiCallWindowProps {
  /** Where the window first stands (pixels from the top left); default the bottom right corner. */
  initialPosition?: { x: number; y: number };
  /** Jitsi's configOverwrite, merged over the window's own (no prejoin page: the call was answered already). */
  configOverwrite?: Record<string, unknown>;
  /** The name Jitsi shows for this user. */
  displayName?: string;
}

/**
 * The ready call window: Jitsi's meeting for this user's active call (room and token from the server), draggable by
 * its bar, minimisable (the call goes on), with Hang up. While this user's own call still rings it says "Calling…"
 * with Cancel. After a reload it opens again by itself, because the client re-attaches to the active call.
 */
export function JitsiCallWindow(props: JitsiCallWindowProps) {
  return <CallWindow>{(w) => <Window {...props} w={w} />}</CallWindow>;
}

function Window({ w, initialPosition, configOverwrite, displayName }: JitsiCallWindowProps & { w: CallWindowRenderProps }) {
  const [pos, setPos] = useState(initialPosition ?? null);
  const drag = useRef<{ dx: number; dy: number } | null>(null);
  const root = useRef<HTMLDivElement>(null);

  const onPointerDown = (e: ReactPointerEvent) => {
    if ((e.target as HTMLElement).closest('button') || !root.current) return;
    const box = root.current.getBoundingClientRect();
    drag.current = { dx: e.clientX - box.left, dy: e.clientY - box.top };
    (e.currentTarget as HTMLElement).setPointerCapture?.(e.pointerId);
  };
  const onPointerMove = (e: ReactPointerEvent) => {
    if (!drag.current || !root.current) return;
    const box = root.current.getBoundingClientRect();
    const x = Math.min(Math.max(0, e.clientX - drag.current.dx), window.innerWidth - box.width);
    const y = Math.min(Math.max(0, e.clientY - drag.current.dy), window.innerHeight - 40);
    setPos({ x, y });
  };
  const onPointerUp = () => { drag.current = null; };

  const style = pos ? { left: pos.x, top: pos.y } : { right: 16, bottom: 16 };
  const title = w.calling ? `Calling ${w.others}…` : `Call with ${w.others}`;
  return (
    <div ref={root} className="calls-r-layer calls-r-window" role="dialog" aria-label={title} style={style}
      data-calls-window={w.call.id} data-minimised={w.minimised}>
      <CallsStyles />
      <div className="calls-r-bar" onPointerDown={onPointerDown} onPointerMove={onPointerMove} onPointerUp={onPointerUp}>
        <strong>{title}</strong>
        <button type="button" className="calls-r-btn calls-r-plain" aria-pressed={w.minimised}
          onClick={() => w.setMinimised(!w.minimised)}>{w.minimised ? 'Restore' : 'Minimise'}</button>
        <button type="button" className="calls-r-btn calls-r-hangup" onClick={() => w.hangUp()}>
          {w.calling ? 'Cancel' : 'Hang up'}
        </button>
      </div>
      <div className="calls-r-stage">
        {w.calling ? <p className="calls-r-status" role="status">{w.call.type === 'video' ? 'Video' : 'Audio'} call · ringing…</p>
          : w.join ? <Meeting join={w.join} w={w} configOverwrite={configOverwrite} displayName={displayName} />
            : <p className="calls-r-status" role="status">Connecting…</p>}
      </div>
    </div>
  );
}

/** Loads the deployment's external_api.js from the server's scriptUrl (self-hosted paths, JaaS, test stand-ins). */
function useExternalApi(scriptUrl: string): 'loading' | 'ready' | 'failed' {
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>(() =>
    (typeof window !== 'undefined' && (window as any).JitsiMeetExternalAPI ? 'ready' : 'loading'));
  useEffect(() => {
    if ((window as any).JitsiMeetExternalAPI) {
      setState('ready');
      return undefined;
    }
    const script = document.createElement('script');
    script.src = scriptUrl;
    script.async = true;
    script.onload = () => setState((window as any).JitsiMeetExternalAPI ? 'ready' : 'failed');
    script.onerror = () => setState('failed');
    document.head.append(script);
    return undefined;
  }, [scriptUrl]);
  return state;
}

function Meeting(props: { join: Join; w: CallWindowRenderProps } & Pick<JitsiCallWindowProps, 'configOverwrite' | 'displayName'>) {
  // display "window": the deployment (meet.jit.si) ends embedded meetings, so the meeting page opens on its own
  return props.join.display === 'window' ? <OwnWindow join={props.join} w={props.w} displayName={props.displayName} />
    : <Embedded {...props} />;
}

/**
 * The meeting page in a window of its own (no handle on this page, no prejoin, the user's name); this window keeps
 * the call's state and Hang up. Pressing the button again brings the meeting's window to the front; closing it
 * leaves the call.
 */
function OwnWindow({ join, w, displayName }: { join: Join; w: CallWindowRenderProps; displayName?: string }) {
  const me = useCallsState().me;
  const [note, setNote] = useState<'open' | 'blocked' | 'elsewhere'>('open');
  const popup = useRef<Window | null>(null);
  const latest = useRef(w);
  latest.current = w;
  const url = meetingUrl(join, displayName ? { name: displayName } : me, { audioOnly: w.call.type === 'audio' });
  const name = 'calls-' + w.call.id;
  const open = () => {
    popup.current = openMeetingWindow(url, name, popup.current);
    setNote(popup.current ? 'open' : 'blocked');
  };
  useEffect(() => {
    if (popup.current || !meetingWindowOpened(name)) {
      open();
      return;
    }
    // after a reload: the meeting is open already; find its window, never load it a second time
    popup.current = findMeetingWindow(name);
    setNote(popup.current ? 'open' : 'elsewhere');
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [join.url]);
  // the call is over (or the window is no longer shown): a later page opens the meeting afresh
  useEffect(() => () => forgetMeetingWindow(name), [name]);
  useEffect(() => {
    // closing the meeting's window is leaving the call
    const watch = setInterval(() => {
      if (popup.current && popup.current.closed) {
        popup.current = null;
        latest.current.hangUp().catch(() => {});
      }
    }, 500);
    return () => clearInterval(watch);
  }, []);
  return (
    <div className="calls-r-status" role="status">
      <p>{note === 'blocked' ? 'The browser kept the meeting window from opening.'
        : note === 'elsewhere' ? 'The meeting is open in another window.' : 'The meeting is open in its own window.'}</p>
      <button type="button" className="calls-r-btn calls-r-accept" onClick={open}>Open the meeting window</button>
    </div>
  );
}

function Embedded({ join, w, configOverwrite, displayName }: { join: Join; w: CallWindowRenderProps }
  & Pick<JitsiCallWindowProps, 'configOverwrite' | 'displayName'>) {
  const script = useExternalApi(join.scriptUrl);
  const latest = useRef(w);
  latest.current = w;
  if (script === 'failed') return <p className="calls-r-status" role="alert">The meeting could not be loaded.</p>;
  if (script === 'loading') return <p className="calls-r-status" role="status">Connecting…</p>;
  return (
    <JitsiMeeting
      domain={join.domain}
      roomName={join.room}
      jwt={join.jwt ?? undefined}
      configOverwrite={{ prejoinConfig: { enabled: false }, startWithVideoMuted: w.call.type === 'audio', ...configOverwrite }}
      userInfo={displayName ? { displayName, email: '' } : undefined}
      getIFrameRef={(node) => { node.style.height = '100%'; }}
      onApiReady={(external) => {
        // the IFrame API is an EventEmitter; the SDK's type names only addEventListener
        const api = external as unknown as { on(name: string, fn: (e: any) => void): void };
        api.on('videoConferenceJoined', () => latest.current.inRoom(true));
        api.on('videoConferenceLeft', () => latest.current.inRoom(false));
        api.on('audioMuteStatusChanged', (e: { muted: boolean }) => latest.current.media({ audioMuted: e.muted }));
        api.on('videoMuteStatusChanged', (e: { muted: boolean }) => latest.current.media({ videoMuted: e.muted }));
      }}
      onReadyToClose={() => { latest.current.hangUp(); }}
    />
  );
}
