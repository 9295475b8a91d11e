/** Every element matching `selector` in `root` and in the shadow roots below it. */
function deepQueryAll<T extends Element>(root: ParentNode, selector: string, found: T[] = []): T[] {
  found.push(...root.querySelectorAll<T>(selector));
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) deepQueryAll(el.shadowRoot, selector, found);
  return found;
}

/**
 * Stops narrated stories, videos and the browser's read-aloud when a visit
 * ends: whatever element plays them (a story's narration, a video in feed
 * text), nothing of the visit may go on sounding for the next visitor.
 */
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
