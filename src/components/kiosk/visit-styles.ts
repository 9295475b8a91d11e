import { mainScreenStyles } from './main-screen.styles.js';
import { panelStyles } from './panels.styles.js';

/**
 * The styles of a visit's screen (the main screen and its panels), a chunk of
 * their own: the attract screen does without them, and the kiosk fetches them
 * as it builds the next visit's screen beneath it (see kiosk.styles.ts for
 * where they go in the cascade).
 */
export const visitStyles = [mainScreenStyles, panelStyles];
