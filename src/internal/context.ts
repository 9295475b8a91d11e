import { createContext } from '@lit/context';
import type { FeedIndex } from '../data/indexes.js';
import type { FairFeed, Problem } from '../data/types.js';

/** What `<fair-data>` (or an element's own `src`/`.feed`) provides. */
export type FeedState =
  | { status: 'loading'; src?: string }
  | { status: 'ready'; feed: FairFeed; index: FeedIndex; problems: Problem[]; src?: string }
  | { status: 'error'; problems: Problem[]; src?: string };

export const feedContext = createContext<FeedState | undefined>(Symbol.for('fairkit-feed'));
