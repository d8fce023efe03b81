// The ringtone: Web Audio, no file.

export class Ringtone {
  constructor() {
    this.ctx = null;
    this.timer = null;
    this.unlocked = new Set(); // called once audio may play
  }

  /** True while ringing and the browser lets the sound out (it holds audio back until the user interacts). */
  get audible() {
    return this.timer !== null && this.ctx !== null && this.ctx.state === 'running';
  }

  /** Calls fn when audio becomes possible after a gesture; returns a function that removes it. */
  onUnlock(fn) {
    this.unlocked.add(fn);
    return () => this.unlocked.delete(fn);
  }

  get playing() {
    return this.timer !== null;
  }

  context() {
    const AudioCtx = window.AudioContext || window.webkitAudioContext;
    if (!this.ctx && AudioCtx) {
      try { this.ctx = new AudioCtx(); } catch (e) { this.ctx = null; }
    }
    return this.ctx;
  }

  /** Browsers let audio start only after a gesture: the first click or key on the page unlocks it. */
  unlockOnGesture() {
    const unlock = () => this.unlock();
    window.addEventListener('pointerdown', unlock, true);
    window.addEventListener('keydown', unlock, true);
  }

  /** Resumes audio inside a user gesture (a click on "Turn on sound"); tells whoever waits for it. */
  unlock() {
    const ctx = this.context();
    if (!ctx) return Promise.resolve(false);
    if (ctx.state === 'running') return Promise.resolve(true);
    return Promise.resolve(ctx.resume?.()).catch(() => {}).then(() => {
      const running = ctx.state === 'running';
      if (running) {
        for (const fn of [...this.unlocked]) fn();
        if (this.timer !== null) this.ring?.();
      }
      return running;
    });
  }

  /** A running audio context, or null while the browser still holds audio back. */
  running() {
    const ctx = this.context();
    if (ctx && ctx.state !== 'running') ctx.resume?.().catch(() => {});
    return ctx && ctx.state === 'running' ? ctx : null;
  }

  start() {
    if (this.timer !== null) return;
    const ring = () => {
      const ctx = this.running();
      // two short bursts of 440 + 480 Hz, the usual ring cadence
      if (ctx) for (const offset of [0, 0.5]) for (const freq of [440, 480]) tone(ctx, freq, offset, 0.08);
    };
    this.ring = ring;
    this.timer = setInterval(ring, 3000);
    ring();
  }

  /** One soft beep, not a ringtone: a call waiting while the user talks in another. */
  beep() {
    const ctx = this.running();
    if (ctx) tone(ctx, 440, 0, 0.03);
  }

  stop() {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }
}

function tone(ctx, freq, offset, volume) {
  const now = ctx.currentTime;
  const osc = ctx.createOscillator();
  const gain = ctx.createGain();
  osc.frequency.value = freq;
  gain.gain.setValueAtTime(0.0001, now + offset);
  gain.gain.exponentialRampToValueAtTime(volume, now + offset + 0.02);
  gain.gain.exponentialRampToValueAtTime(0.0001, now + offset + 0.4);
  osc.connect(gain).connect(ctx.destination);
  osc.start(now + offset);
  osc.stop(now + offset + 0.42);
}
