// The long soak's page: `node scripts/soak.js` opens it and reads `window.soakResult`.
import '../src/components/kiosk/define.js';
import type { FairKiosk } from '../src/components/kiosk/kiosk.js';
import { soak, type SoakResult } from './kiosk-soak-driver.js';

declare global {
  interface Window {
    soakResult?: SoakResult | { error: string };
    soakProgress?: number;
    /** The heap after a GC (bytes) at the baseline and at the last sample, while the soak runs. */
    soakHeap?: { baseline: number; last: number };
  }
}

const sessions = Number(new URLSearchParams(location.search).get('sessions') ?? 1000);
const kiosk = document.querySelector('fair-kiosk') as FairKiosk;
// The Cao Bang sample, or another feed (`?src=`, relative to this page), e.g. the national fair
// `node scripts/soak.js --feed=national` makes. Set here, not in the page: one feed loads, never two in turn.
kiosk.src = new URLSearchParams(location.search).get('src') ?? '../src/data/samples/cao-bang/feed.json';
async function run(): Promise<void> {
  await kiosk.updateComplete;
  try {
    window.soakResult = await soak(kiosk, sessions, (i, heap) => {
      window.soakProgress = i;
      window.soakHeap = heap;
    });
  } catch (error) {
    window.soakResult = { error: String(error) };
  }
}
// The first visit waits for the attract screen (the feed loaded, in the fair's language).
void run();
