/**
 * How the kiosk reaches into the elements it composes, by their public API
 * first and their open shadow roots only as a fallback (they may not have
 * upgraded yet, or may not offer the call).
 */

interface SearchLike extends HTMLElement {
  value?: string;
  clearRecent?: () => void;
}

function innerInput(el: HTMLElement): HTMLInputElement | null {
  return el.shadowRoot?.querySelector('input') ?? null;
}

/** The text in a `<fair-search>`. */
export function searchText(el: HTMLElement): string {
  const search = el as SearchLike;
  if (typeof search.value === 'string') return search.value;
  return innerInput(el)?.value ?? '';
}

/** Puts `text` in a `<fair-search>` as if typed (it searches as you type). */
export function setSearchText(el: HTMLElement, text: string): void {
  const search = el as SearchLike;
  if ('value' in search && typeof search.value === 'string') {
    search.value = text;
    return;
  }
  const input = innerInput(el);
  if (input && input.value !== text) {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
}

/** Empties a `<fair-search>` and forgets its recent searches (the next visitor must not see them). */
export function clearSearch(el: HTMLElement): void {
  setSearchText(el, '');
  (el as SearchLike).clearRecent?.();
}

/** Every element matching `selector` in `root` and in the shadow roots below it. */
export function deepQueryAll<T extends Element>(root: ParentNode, selector: string, found: T[] = []): T[] {
  found.push(...root.querySelectorAll<T>(selector));
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) deepQueryAll(el.shadowRoot, selector, found);
  return found;
}

/** Stops narrated stories, videos and the browser's read-aloud. */
export function stopMedia(root: ParentNode): void {
  for (const media of deepQueryAll<HTMLMediaElement>(root, 'audio, video')) {
    try {
      media.pause();
    } catch {
      /* a detached or errored element */
    }
  }
  if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
}
