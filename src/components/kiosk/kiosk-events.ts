/** Why the kiosk forgot a visit. */
export type KioskResetReason = 'idle' | 'api';

/** The kiosk forgot a visit (idle timeout or `reset()`) and shows the attract screen again. */
export class FairKioskResetEvent extends CustomEvent<{ reason: KioskResetReason }> {
  static readonly eventName = 'fair-kiosk-reset';
  constructor(reason: KioskResetReason) {
    super(FairKioskResetEvent.eventName, { detail: { reason }, bubbles: true, composed: true });
  }
}

/** The hidden staff gesture was made; cancel it (`preventDefault()`) to do something else than reload. */
export class FairKioskStaffEvent extends CustomEvent<Record<string, never>> {
  static readonly eventName = 'fair-kiosk-staff';
  constructor() {
    super(FairKioskStaffEvent.eventName, { detail: {}, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'fair-kiosk-reset': FairKioskResetEvent;
    'fair-kiosk-staff': FairKioskStaffEvent;
  }
}
