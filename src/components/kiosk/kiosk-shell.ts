import type { FeedIndex } from '../../data/indexes.js';
import type { ProgrammeItem, FairFeed, Text } from '../../data/types.js';
import type { Panel } from './history.js';

/**
 * What the kiosk's screen modules (directory, events, detail panels) need
 * from the shell: the feed, the language, and the few actions they trigger.
 * Passing this instead of the element keeps those modules plain functions.
 */
export interface KioskShell {
  feed: FairFeed;
  index: FeedIndex;
  locale: string;
  /** The kiosk's own place id (`here`). */
  here?: string;
  /** The phone guide's address (the kiosk's `guide`, else `fair.guide`): where its QR codes lead. */
  guide?: string;
  /** Feed text in the visitor's language. */
  t(value: Text | undefined | null): string;
  open(panel: Panel): void;
  showEventOnMap(event: ProgrammeItem): void;
}
