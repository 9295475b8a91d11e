import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the idle controller is doing. */
export type IdlePhase = 'off' | 'active' | 'warning';

/** Input that means "someone is here". Captured on the host, so it also sees touches inside children's shadow roots. */
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'input'] as const;

export interface IdleOptions {
  /** Seconds without input before the "Still there?" warning (fractions allowed). */
  idle: () => number;
  /** Seconds the warning counts down before the reset. */
  countdown: () => number;
  /** Called when the countdown reaches zero. */
  onReset: () => void;
}

/**
 * Watches for a visitor walking away: after `idle` seconds without a touch it
 * enters the `warning` phase (the host shows "Still there?" with
 * {@link secondsLeft}), any touch dismisses it, and at zero it calls
 * `onReset`. Runs only between {@link start} and {@link stop}, so the attract
 * screen costs nothing.
 */
export class IdleController implements ReactiveController {
  phase: IdlePhase = 'off';
  /** Whole seconds left in the warning countdown (for display). */
  secondsLeft = 0;

  private idleTimer?: ReturnType<typeof setTimeout>;
  private tickTimer?: ReturnType<typeof setInterval>;
  private deadline = 0;
  private readonly onActivity = (e: Event) => this.activity(e);
  private readonly swallowClick = (e: Event) => {
    e.preventDefault();
    e.stopPropagation();
    this.host.removeEventListener('click', this.swallowClick, { capture: true });
  };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: IdleOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    for (const type of ACTIVITY_EVENTS)
      this.host.addEventListener(type, this.onActivity, { capture: true, passive: true });
  }

  hostDisconnected(): void {
    for (const type of ACTIVITY_EVENTS) this.host.removeEventListener(type, this.onActivity, { capture: true });
    this.clearTimers();
    this.phase = 'off';
  }

  /** Starts watching (a visit began). */
  start(): void {
    this.phase = 'active';
    this.arm();
  }

  /** Stops watching (back on the attract screen). */
  stop(): void {
    this.clearTimers();
    if (this.phase !== 'off') {
      this.phase = 'off';
      this.host.requestUpdate();
    }
  }

  /** A touch, key or scroll: restart the wait, and dismiss the warning if it is up. */
  activity(event?: Event): void {
    if (this.phase === 'off') return;
    const wasWarning = this.phase === 'warning';
    this.phase = 'active';
    this.arm();
    if (!wasWarning) return;
    this.host.requestUpdate();
    // The touch that dismisses "Still there?" must not also press whatever lies under it.
    if (event?.type === 'pointerdown' || event?.type === 'touchstart') {
      this.host.addEventListener('click', this.swallowClick, { capture: true });
      setTimeout(() => this.host.removeEventListener('click', this.swallowClick, { capture: true }), 700);
    }
  }

  private arm(): void {
    this.clearTimers();
    const ms = Math.max(0, this.options.idle() * 1000);
    this.idleTimer = setTimeout(() => this.warn(), ms);
  }

  private warn(): void {
    this.clearTimers();
    const ms = Math.max(0, this.options.countdown() * 1000);
    this.phase = 'warning';
    this.deadline = performance.now() + ms;
    this.secondsLeft = Math.ceil(ms / 1000);
    this.host.requestUpdate();
    this.idleTimer = setTimeout(() => this.expire(), ms);
    this.tickTimer = setInterval(() => {
      const left = Math.max(0, Math.ceil((this.deadline - performance.now()) / 1000));
      if (left !== this.secondsLeft) {
        this.secondsLeft = left;
        this.host.requestUpdate();
      }
    }, 250);
  }

  private expire(): void {
    this.clearTimers();
    this.phase = 'off';
    this.options.onReset();
  }

  private clearTimers(): void {
    clearTimeout(this.idleTimer);
    clearInterval(this.tickTimer);
    this.idleTimer = undefined;
    this.tickTimer = undefined;
  }
}
