// Server-side rendering: no DOM in this environment (Vitest's node), so an import or a render that touches
// window or document fails here.
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CallsClient } from '@calls/client';
import { CallsProvider, IncomingCallDialog, useActiveCall, useIncomingCalls } from '../src/index.js';
import { JitsiCallWindow } from '../src/jitsi.js';

function Summary() {
  const incoming = useIncomingCalls();
  const { call } = useActiveCall();
  return <p>{incoming.length} ringing, {call ? 'in a call' : 'no call'}</p>;
}

describe('server-side rendering', () => {
  it('renderOnServerThenMarkupWithoutWindow', () => {
    expect(typeof (globalThis as any).window).toBe('undefined');
    const client = new CallsClient({ baseUrl: 'https://crm.example/api/calls', token: 't' });
    const html = renderToString(
      <CallsProvider client={client}>
        <Summary />
        <IncomingCallDialog />
        <JitsiCallWindow />
      </CallsProvider>,
    );
    expect(html).toBe('<p>0<!-- --> ringing, <!-- -->no call</p>');
    expect(client.getState().status).toBe('idle');
  });
});
