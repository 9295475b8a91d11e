import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { onDemand } from '../../data/on-demand.js';

/**
 * The feed's rich text (producer stories, descriptions: a small Markdown
 * subset) for the elements. The parser and renderer load on demand, a chunk
 * of their own (`render-rich-text`, ~2 KB gzip), fetched as soon as a card or
 * a story connects (a kiosk: when a visit starts), so a page or a kiosk screen
 * that shows no story does not carry them. Until they are in (or if their
 * chunk cannot be fetched, offline), the text shows as it was written, in
 * paragraphs: never a blank.
 *
 * - `./links.ts`: which link targets may open (`safeHref`) and how an address reads (`displayUrl`);
 * - `./parse.ts`: the parser (linear, never throws);
 * - `./render-rich-text.ts`: Lit templates of our own elements and text nodes;
 * - `./styles.ts`: the typography (`richTextStyles`, class `fair-rt`).
 */

export { displayUrl, safeHref } from './links.js';
export { richTextStyles } from './styles.js';

export interface RichTextOptions {
  /**
   * How links are offered: `open` (default) as links opening in a new tab;
   * `qr` (a kiosk, where nobody should leave the app) as their words plus, after
   * the block, a QR code and the address to scan with a phone.
   */
  links?: 'open' | 'qr';
  /** The heading level of `#`; deeper `##` follow (capped at 6). Default 3. */
  headingLevel?: number;
  /** Base URL for relative link targets; without it only absolute http(s) links survive. */
  base?: string;
}

const reader = onDemand(() => import('./render-rich-text.js'));

/**
 * Loads the rich-text renderer once (later calls share the first). Resolves
 * to undefined when its chunk cannot be fetched; the next call tries again.
 */
export const loadRichText = reader.load;

/**
 * The words of rich text without its markup, one block a line (for reading
 * aloud); the text as written while the renderer is not in (a story that
 * showed has loaded it).
 */
export function richTextToPlain(source: string | null | undefined): string {
  return reader.module?.richTextToPlain(source) ?? source ?? '';
}

/**
 * Renders rich text for its host element: the rendered Markdown once the
 * renderer is in, the text as written until then (the host updates when it
 * arrives). The host's `updateComplete` waits for the renderer while a render
 * used the stand-in, so a page (or a test) that awaits it sees the final text.
 */
export class RichTextController implements ReactiveController {
  private waiting?: Promise<unknown>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    void loadRichText();
  }

  /** `source` rendered (put it inside an element with class `fair-rt`, styled by `richTextStyles`). */
  render(source: string | null | undefined, options: RichTextOptions = {}): TemplateResult {
    if (reader.module) return reader.module.renderRichText(source, options);
    this.waiting ??= loadRichText().then((loaded) => {
      this.waiting = undefined;
      if (loaded) this.host.requestUpdate();
    });
    return html`${(source ?? '').split(/\n\s*\n/).map((block) => html`<p dir="auto" class="fair-rt-plain">${block.trim()}</p>`)}`;
  }

  /** Resolves once no render is waiting for the renderer (see the class's note). */
  async settled(): Promise<void> {
    while (this.waiting) {
      await this.waiting;
      await this.host.updateComplete;
    }
  }
}
