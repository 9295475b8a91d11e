// The long soak's page: `node scripts/soak.js` opens it and reads `window.soakResult`.
import '../src/components/kiosk/define.js';
import type { FairKiosk } from '../src/components/kiosk/kiosk.js';
import { soak, type SoakResult } from './kiosk-soak-driver.js';

declare global {
  interface Window {
    soakResult?: SoakResult | { error: string };
    soakProgress?: number;
  }
}

const sessions = Number(new URLSearchParams(location.search).get('sessions') ?? 1000);
const kiosk = document.querySelector('fair-kiosk') as FairKiosk;
async function run(): Promise<void> {
  await kiosk.updateComplete;
  try {
    window.soakResult = await soak(kiosk, sessions, (i) => (window.soakProgress = i));
  } catch (error) {
    window.soakResult = { error: String(error) };
  }
}
kiosk.addEventListener('fair-load', () => void run(), { once: true });
