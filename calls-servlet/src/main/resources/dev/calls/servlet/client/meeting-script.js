// The deployment's external_api.js, loaded once per page.

const SCRIPT_TIMEOUT_MS = 20_000;

const scripts = new Map();

/** Resolves to window.JitsiMeetExternalAPI once the deployment's script has loaded it. */
export function loadScript(src) {
  if (!scripts.has(src)) {
    const loading = new Promise((resolve, reject) => {
      if (typeof window.JitsiMeetExternalAPI === 'function') {
        resolve(window.JitsiMeetExternalAPI);
        return;
      }
      const s = document.createElement('script');
      const timer = setTimeout(() => fail('the video service did not answer in time'), SCRIPT_TIMEOUT_MS);
      const fail = (why) => {
        clearTimeout(timer);
        scripts.delete(src);
        s.remove();
        reject(new Error(why));
      };
      s.src = src;
      s.async = true;
      s.onload = () => {
        clearTimeout(timer);
        if (typeof window.JitsiMeetExternalAPI === 'function') resolve(window.JitsiMeetExternalAPI);
        else fail('the video service sent something this page cannot use');
      };
      s.onerror = () => fail('this device could not load the video service');
      document.head.append(s);
    });
    scripts.set(src, loading);
  }
  return scripts.get(src);
}
