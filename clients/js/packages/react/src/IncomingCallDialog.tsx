import { IncomingCall } from './headless.js';
import { CallsStyles } from './styles.js';

export interface IncomingCallDialogProps {
  /** Told when answering fails (the call ended meanwhile, the server refused). */
  onError?: (error: unknown) => void;
}

/**
 * The ready incoming-call card: caller, kind of call, Accept and Decline (or "End and answer" while this user is
 * in another call). One card per ringing call; it goes when the call is answered, declined or stops ringing.
 */
export function IncomingCallDialog({ onError }: IncomingCallDialogProps) {
  return (
    <IncomingCall onError={onError}>
      {({ call, caller, waiting, accept, decline }) => {
        const titleId = 'calls-r-in-' + call.id;
        const kind = call.type === 'video' ? 'Video call' : 'Audio call';
        return (
          <div className="calls-r-layer calls-r-dialog" role="dialog" aria-modal="false" aria-labelledby={titleId}
            data-calls-incoming={call.id}>
            <CallsStyles />
            <h2 id={titleId}>{waiting ? `${caller} is calling (call waiting)` : `${caller} is calling`}</h2>
            <p>{kind}</p>
            <div className="calls-r-actions">
              <button type="button" className="calls-r-btn calls-r-decline" onClick={() => decline()}>Decline</button>
              <button type="button" className="calls-r-btn calls-r-accept" onClick={() => accept()} autoFocus>
                {waiting ? 'End and answer' : 'Accept'}
              </button>
            </div>
          </div>
        );
      }}
    </IncomingCall>
  );
}
