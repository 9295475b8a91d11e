import type { Booth } from '../../data/types.js';
import type { Panel } from './history.js';
import type { KioskShell } from './kiosk-shell.js';

/** What the kiosk needs of its panels before their chunk (`detail-panel.ts`) is in. */

/** What the map says about the route it draws (when it says anything). */
export interface RouteInfo {
  steps?: string[];
  minutes?: number;
  meters?: number;
  /** Set when a step-free way was asked for and there is none: what to say instead of the steps. */
  noStepFreeWay?: string;
}

/** The booth a panel is about: the booth itself, a product's or a producer's. */
export function boothOfPanel(shell: KioskShell, panel: Panel | null): Booth | undefined {
  if (!panel) return undefined;
  switch (panel.kind) {
    case 'booth':
    case 'route':
      return shell.index.booths.get(panel.id);
    case 'product':
      return shell.index.boothOfProduct.get(panel.id);
    case 'producer':
      return shell.index.boothsOfProducer.get(panel.id)?.[0];
    default:
      return undefined;
  }
}
