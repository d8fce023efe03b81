// The client's style sheet, installed once per page.

import { el } from './dom.js';

const STYLE = `
.calls-layer{position:fixed;z-index:2147483000;font:14px/1.4 system-ui,-apple-system,"Segoe UI",sans-serif;color:#f5f5f5;box-sizing:border-box}
.calls-layer *{box-sizing:border-box}
.calls-card{background:#1f2430;border-radius:12px;box-shadow:0 10px 30px rgba(0,0,0,.35);padding:16px;min-width:280px;max-width:min(360px,calc(100vw - 32px))}
.calls-card h2{font-size:16px;margin:0 0 4px;color:#fff}
.calls-card p{margin:0 0 12px;color:#c9cdd6}
.calls-card:focus{outline:none}
.calls-actions{display:flex;gap:8px;justify-content:flex-end}
.calls-lobbies{position:fixed;top:16px;left:50%;transform:translateX(-50%);display:flex;flex-direction:column;gap:8px;z-index:2147483001}
.calls-window .calls-lobby{margin:8px;max-width:none}
.calls-btn{border:0;border-radius:8px;padding:8px 14px;font:inherit;cursor:pointer;color:#fff;background:#3b4252}
.calls-btn:hover{filter:brightness(1.15)}
.calls-btn:disabled{opacity:.45;cursor:default;filter:none}
.calls-btn:focus-visible,.calls-user-btn:focus-visible{outline:2px solid #8ab4f8;outline-offset:2px}
.calls-accept{background:#137333}.calls-decline,.calls-hangup{background:#c5221f}
.calls-icon{display:inline-flex;align-items:center;justify-content:center;padding:8px 10px;min-width:40px;min-height:40px}
.calls-icon[aria-pressed="true"]{background:#7a5c00}.calls-share[aria-pressed="true"]{background:#1a5fb4}
.calls-toast{right:16px;bottom:16px}
.calls-rings{z-index:2147483001;right:16px;bottom:16px;display:flex;flex-direction:column-reverse;gap:10px;align-items:flex-end;max-width:calc(100vw - 32px)}
body:has(.calls-window:not(.calls-min):not(.calls-full)) .calls-rings{bottom:352px}
.calls-ring-head{display:flex;gap:12px;align-items:center;margin-bottom:8px}
.calls-ring-head p{margin:0}
.calls-avatar{flex:none;width:44px;height:44px;border-radius:50%;background:#5b3e96;color:#fff;display:flex;align-items:center;justify-content:center;font-weight:700;font-size:16px}
.calls-ring:focus{box-shadow:0 0 0 3px #8ab4f8,0 10px 30px rgba(0,0,0,.35)}
.calls-quiet{background:#2a303d;padding:10px 12px;min-width:260px}
.calls-quiet .calls-avatar{width:32px;height:32px;font-size:13px}
.calls-quiet h2{font-size:14px}
.calls-sound{margin:0 0 10px;padding:8px;border-radius:8px;background:#4a3b00}
.calls-sound p{color:#fff;margin:0 0 6px}
.calls-actions{flex-wrap:wrap}
.calls-notices{bottom:16px;left:50%;transform:translateX(-50%);display:flex;flex-direction:column;gap:8px;align-items:center;pointer-events:none;width:max-content;max-width:calc(100vw - 32px)}
.calls-notices-inline{display:flex;flex-direction:column;gap:8px;align-items:flex-start;font:14px/1.4 system-ui,-apple-system,"Segoe UI",sans-serif;color:#f5f5f5}
.calls-notices-inline:empty{display:none}
.calls-notice{pointer-events:auto;display:flex;gap:12px;align-items:center;background:#1f2430;border-radius:10px;padding:10px 12px;box-shadow:0 6px 20px rgba(0,0,0,.3);max-width:min(420px,calc(100vw - 32px))}
.calls-notice .calls-btn{padding:4px 10px}
.calls-window{width:420px;height:320px;min-width:280px;min-height:200px;max-width:100vw;max-height:100vh;resize:both;display:flex;flex-direction:column;background:#111;border-radius:12px;overflow:hidden;box-shadow:0 10px 30px rgba(0,0,0,.45)}
.calls-window.calls-min{height:auto!important;width:300px!important;min-height:0;resize:none}
.calls-window.calls-min .calls-stage,.calls-window.calls-min .calls-peers{display:none}
.calls-window.calls-full{inset:0!important;width:auto!important;height:auto!important;max-width:none;max-height:none;border-radius:0;resize:none}
.calls-window:focus{outline:none}.calls-window:focus-visible{outline:3px solid #8ab4f8}
.calls-head{display:flex;align-items:center;gap:8px;padding:6px 10px;background:#1f2430;cursor:move;user-select:none;touch-action:none}
.calls-full .calls-head{cursor:default}
.calls-head .calls-title{flex:1;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;font-weight:600}
.calls-head .calls-btn{padding:4px;min-width:32px;min-height:32px}
.calls-timer{font-variant-numeric:tabular-nums;color:#c9cdd6}
.calls-peers{display:flex;flex-wrap:wrap;gap:6px;padding:4px 10px;background:#1f2430;margin:0;list-style:none;font-size:12px;color:#c9cdd6}
.calls-peers:empty{display:none}
.calls-badge{margin-left:4px;border-radius:6px;padding:0 6px;background:#c5221f;color:#fff;font-size:11px}
.calls-stage{flex:1;position:relative;background:#000;min-height:0}
.calls-stage iframe{width:100%;height:100%;border:0;display:block}
.calls-stage-note{position:absolute;inset:auto 0 0 0;margin:0;padding:8px 12px;background:rgba(0,0,0,.6);color:#eee}
.calls-elsewhere{display:flex;flex-direction:column;align-items:center;justify-content:center;gap:12px;padding:12px;text-align:center}
.calls-elsewhere .calls-stage-note{position:static;background:none}
.calls-error{position:absolute;inset:0;margin:0;padding:24px;display:flex;flex-direction:column;gap:12px;justify-content:center;align-items:center;text-align:center;color:#ffb4a9;background:#1a1a1a}
.calls-bar{display:flex;gap:6px;padding:6px;background:#1f2430;justify-content:center;flex-wrap:wrap}
.calls-devices{display:flex;flex-wrap:wrap;gap:12px;padding:8px 10px;background:#1f2430}
.calls-devices[hidden],.calls-window .calls-bar [hidden]{display:none}
.calls-device{display:flex;flex-direction:column;gap:2px;font-size:12px}
.calls-device select{font:inherit;max-width:220px}
@media (max-width:600px){.calls-window:not(.calls-min){inset:0!important;width:auto!important;height:auto!important;border-radius:0;resize:none}
.calls-window.calls-min{left:0!important;right:0;top:auto!important;bottom:0;width:auto!important;border-radius:12px 12px 0 0}
.calls-rings{left:8px;right:8px;bottom:8px;align-items:stretch}
body:has(.calls-window:not(.calls-min)) .calls-rings{top:56px;bottom:auto}.calls-card{max-width:none}}
.calls-dot{display:inline-block;width:10px;height:10px;border-radius:50%;background:#9aa0a6;margin:0 6px;vertical-align:middle;flex:none}
.calls-dot[data-status="online"]{background:#1e8e3e}.calls-dot[data-status="away"]{background:#f9ab00}
.calls-dot[data-status="busy"],.calls-dot[data-status="dnd"]{background:#d93025}
.calls-user-btn{margin-left:6px;border:1px solid #c0c4cc;border-radius:6px;background:#fff;color:#202124;padding:2px 8px;cursor:pointer;font:inherit;font-size:13px}
.calls-user-btn:disabled{opacity:.45;cursor:default}
.calls-status{left:16px;bottom:16px;background:#1f2430;border-radius:8px;padding:6px 10px;display:flex;gap:8px;align-items:center}
.calls-status-menu select{font:inherit}
.calls-sr{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
`;

let stylesInstalled = false;

// A constructed style sheet needs no 'unsafe-inline' under a host's content security policy; where that is
// not supported, a <style> element carries the page's nonce.
export function installStyles() {
  if (stylesInstalled) return;
  stylesInstalled = true;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return;
  } catch (e) { /* fall through */ }
  const style = el('style', { text: STYLE });
  const withNonce = document.querySelector('script[nonce],style[nonce]');
  if (withNonce && withNonce.nonce) style.nonce = withNonce.nonce;
  document.head.append(style);
}
