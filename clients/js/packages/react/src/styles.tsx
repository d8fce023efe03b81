// The ready components' look: one style sheet, rendered as a <style> element (no window needed to import it).
// Every class starts with calls-; a host restyles through the CSS variables.

export const CSS = `
.calls-r-layer{--calls-bg:#fff;--calls-fg:#1b1f24;--calls-accent:#1a7f37;--calls-danger:#c62828;--calls-radius:12px;
  font:14px/1.4 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--calls-fg)}
.calls-r-dialog{position:fixed;right:16px;bottom:16px;z-index:2147483000;width:300px;background:var(--calls-bg);
  border-radius:var(--calls-radius);box-shadow:0 8px 28px rgba(0,0,0,.25);padding:16px}
.calls-r-dialog+.calls-r-dialog{bottom:180px}
.calls-r-dialog h2{font-size:16px;margin:0 0 4px}
.calls-r-dialog p{margin:0 0 12px;color:#57606a}
.calls-r-actions{display:flex;gap:8px;justify-content:flex-end}
.calls-r-btn{border:0;border-radius:8px;padding:8px 14px;font:inherit;font-weight:600;cursor:pointer;color:#fff}
.calls-r-btn:focus-visible{outline:3px solid #0969da;outline-offset:2px}
.calls-r-accept{background:var(--calls-accent)}
.calls-r-decline,.calls-r-hangup{background:var(--calls-danger)}
.calls-r-plain{background:#57606a}
.calls-r-window{position:fixed;z-index:2147482000;width:480px;background:#263238;color:#eceff1;border-radius:var(--calls-radius);
  box-shadow:0 10px 32px rgba(0,0,0,.35);overflow:hidden;display:flex;flex-direction:column}
.calls-r-window[data-minimised=true]{width:260px}
.calls-r-bar{display:flex;align-items:center;gap:8px;padding:8px 10px;cursor:move;user-select:none;touch-action:none;background:#1c262b}
.calls-r-bar strong{flex:1;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.calls-r-stage{height:320px}
.calls-r-window[data-minimised=true] .calls-r-stage{height:0;overflow:hidden}
.calls-r-stage iframe{width:100%;height:100%;border:0}
.calls-r-status{padding:16px;margin:0}
@media (max-width:600px){.calls-r-window{inset:0!important;width:auto;border-radius:0}.calls-r-stage{flex:1;height:auto}}
`;

/** Renders the ready components' style sheet (once per tree is enough; the components include it). */
export function CallsStyles() {
  return <style data-calls-styles="">{CSS}</style>;
}
