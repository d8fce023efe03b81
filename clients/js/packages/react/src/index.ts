// @calls/react: a provider, hooks, headless render-prop components and a ready incoming-call dialog for Calls.
// The ready call window on @jitsi/react-sdk is in '@calls/react/jitsi'.
export { CallsProvider, useCallsClient, useCallsState } from './context.js';
export type { CallsProviderProps } from './context.js';
export { useActiveCall, useCall, useCallHistory, useIncomingCalls, useOutgoingCall, usePresence } from './hooks.js';
export type { CallHistory } from './hooks.js';
export { CallWindow, IncomingCall, nameIn } from './headless.js';
export type { CallWindowProps, CallWindowRenderProps, IncomingCallProps, IncomingCallRenderProps } from './headless.js';
export { IncomingCallDialog } from './IncomingCallDialog.js';
export type { IncomingCallDialogProps } from './IncomingCallDialog.js';
export { CallsStyles, CSS } from './styles.js';
