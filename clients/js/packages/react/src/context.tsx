import { createContext, useContext, useEffect, useSyncExternalStore, type ReactNode } from 'react';
import type { CallsClient, CallsState } from '@calls/client';

const CallsContext = createContext<CallsClient | null>(null);

export interface CallsProviderProps {
  /** The client for the signed-in user (one per user; make a new one after signing in as someone else). */
  client: CallsClient;
  /** Start the client on mount (default true): who is signed in, their calls, the event stream. */
  autoStart?: boolean;
  children?: ReactNode;
}

/** Makes a CallsClient available to the hooks and components below it, and starts it. */
export function CallsProvider({ client, autoStart = true, children }: CallsProviderProps) {
  useEffect(() => {
    if (!autoStart) return undefined;
    client.start().catch(() => { /* state.status says 'error' */ });
    return () => client.stop();
  }, [client, autoStart]);
  return <CallsContext.Provider value={client}>{children}</CallsContext.Provider>;
}

/** The client given to the nearest CallsProvider. */
export function useCallsClient(): CallsClient {
  const client = useContext(CallsContext);
  if (!client) throw new Error('@calls/react: wrap the component in <CallsProvider client={…}>');
  return client;
}

/** The client's whole state, re-rendering on every change (the hooks below pick parts of it). */
export function useCallsState(): CallsState {
  const client = useCallsClient();
  return useSyncExternalStore(client.subscribe, client.getState, client.getState);
}
