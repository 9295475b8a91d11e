import { ContextEvent, createContext, type ContextCallback } from '@lit/context';
import type { FeedIndex } from '../data/indexes.js';
import type { FairFeed, Problem } from '../data/types.js';

/** What `<fair-data>` (or an element's own `src`/`.feed`) provides. */
export type FeedState =
  | { status: 'loading'; src?: string }
  | { status: 'ready'; feed: FairFeed; index: FeedIndex; problems: Problem[]; src?: string }
  | { status: 'error'; problems: Problem[]; src?: string };

/** A global key, so two copies of the kit on one page (a standalone element and the bundle) share the context. */
export const feedContext = createContext<FeedState | undefined>(Symbol.for('fairkit-feed'));

const LATE_REQUESTS = Symbol.for('fairkit-late-feed-requests');
/** Whether this copy of the kit installed the document's listener (another copy may have). */
let installedHere = false;

/**
 * Lets an element that asked for the feed before its provider existed get it
 * once the provider connects. Lit's context request is answered only by a
 * provider already listening: an element whose tag is defined before
 * `<fair-data>`'s (a standalone element loaded before the bundle, or
 * `fair-product-card.js` imported before `fair-data.js`) asks once, at
 * upgrade, and nobody answers. So unanswered feed requests that reach the
 * document are kept (weakly) and asked again, from the element itself, each
 * time a feed provider announces itself (`context-provider`). One listener per
 * document, whichever copy of the kit runs first; other contexts on the page
 * are left alone. Called by each element's constructor, so importing a module
 * has no side effect. Warns once when it finds elements of a second copy.
 */
export function answerLateFeedRequests(): void {
  if (typeof document === 'undefined') return;
  const doc = document as Document & { [LATE_REQUESTS]?: 'installed' | 'warned' };
  if (doc[LATE_REQUESTS]) {
    if (!installedHere && doc[LATE_REQUESTS] === 'installed') {
      // Elements of a second copy are in use (the first copy installed the listener).
      doc[LATE_REQUESTS] = 'warned';
      console.warn(
        'Fairkit: two copies of the kit on one page. Each has its own language (setLocale, <fair-language-switcher>). Load the kit once.',
      );
    }
    return;
  }
  doc[LATE_REQUESTS] = 'installed';
  installedHere = true;
  // The elements still waiting, and the callback each asked with (one feed request per element).
  let waiting: WeakRef<Element>[] = [];
  let callbacks = new WeakMap<Element, ContextCallback<FeedState | undefined>>();
  document.addEventListener('context-request', (event) => {
    const { context, subscribe, contextTarget, callback } = event as unknown as ContextEvent<typeof feedContext>;
    if (context !== feedContext || !subscribe || callbacks.has(contextTarget)) return;
    callbacks.set(contextTarget, callback);
    waiting.push(new WeakRef(contextTarget));
  });
  document.addEventListener('context-provider', (event) => {
    if ((event as Event & { context?: unknown }).context !== feedContext) return;
    // Those still unanswered come back to the lists as they bubble up again.
    const again = waiting;
    const asked = callbacks;
    waiting = [];
    callbacks = new WeakMap();
    for (const ref of again) {
      const element = ref.deref();
      if (element?.isConnected)
        element.dispatchEvent(new ContextEvent(feedContext, element, asked.get(element)!, true));
    }
  });
}
