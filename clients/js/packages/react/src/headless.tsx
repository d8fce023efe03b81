import { useState, type ReactNode } from 'react';
import type { Call, Join, Participant } from '@calls/client';
import { useCallsClient, useCallsState } from './context.js';

/** The name to show for a user of a call. */
export function nameIn(call: Call, userId: string): string {
  const p: Participant | undefined = call.participants.find((x) => x.userId === userId);
  return p?.name || userId;
}

export interface IncomingCallRenderProps {
  call: Call;
  /** The caller's name. */
  caller: string;
  /** True when this user is in another call meanwhile: answering leaves that one ("end and answer"). */
  waiting: boolean;
  accept(): Promise<void>;
  decline(): Promise<void>;
}

export interface IncomingCallProps {
  /** Rendered once per ringing call, oldest first. */
  children: (props: IncomingCallRenderProps) => ReactNode;
  /** Told when answering fails (the call ended meanwhile, the server refused). */
  onError?: (error: unknown) => void;
}

/** Headless: renders its child function for every call ringing this user, with accept and decline. */
export function IncomingCall({ children, onError }: IncomingCallProps) {
  const client = useCallsClient();
  const { incoming, active } = useCallsState();
  return (
    <>
      {incoming.map((call) => {
        const waiting = active !== null && active.id !== call.id;
        const props: IncomingCallRenderProps = {
          call,
          caller: nameIn(call, call.initiator),
          waiting,
          accept: () => client.accept(call.id, { leaveCurrent: waiting }).then(() => undefined, (e) => onError?.(e)),
          decline: () => client.decline(call.id).then(() => undefined, (e) => onError?.(e)),
        };
        return <Keyed key={call.id}>{children(props)}</Keyed>;
      })}
    </>
  );
}

function Keyed({ children }: { children: ReactNode }) {
  return <>{children}</>;
}

export interface CallWindowRenderProps {
  /** The call under way, or the one this user is calling out on (then join may be its own). */
  call: Call;
  /** Room, token and script for the media (null for a moment after a reload, until fetched). */
  join: Join | null;
  /** True while this user's own outgoing call still rings. */
  calling: boolean;
  /** The other participants' names. */
  others: string;
  minimised: boolean;
  setMinimised(minimised: boolean): void;
  /** Cancels a call still ringing, or leaves the call under way. */
  hangUp(): Promise<void>;
  /** Tells the server whether this user's media is in the room (from the media's joined and left events). */
  inRoom(inRoom: boolean): void;
  /** Tells the others about this user's microphone and camera. */
  media(media: { audioMuted?: boolean; videoMuted?: boolean }): void;
}

export interface CallWindowProps {
  children: (props: CallWindowRenderProps) => ReactNode;
  /** Also render while this user's own call rings out (default true). */
  showOutgoing?: boolean;
}

/** Headless: renders its child function for this user's active (or outgoing) call; nothing otherwise. */
export function CallWindow({ children, showOutgoing = true }: CallWindowProps) {
  const client = useCallsClient();
  const state = useCallsState();
  const [minimised, setMinimised] = useState(false);
  const call = state.active ?? (showOutgoing ? state.outgoing : null);
  if (!call) return null;
  const me = state.me?.userId;
  const others = call.participants.filter((p) => p.userId !== me).map((p) => p.name || p.userId).join(', ');
  return (
    <>
      {children({
        call,
        join: state.joins[call.id] ?? null,
        calling: call.state === 'ringing',
        others,
        minimised,
        setMinimised,
        hangUp: () => client.hangUp(call.id).then(() => undefined),
        inRoom: (inRoom) => { client.room(call.id, inRoom).catch(() => {}); },
        media: (m) => { client.media(call.id, m).catch(() => {}); },
      })}
    </>
  );
}
