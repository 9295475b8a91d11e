/**
 * The editor's Preview: the visitor kiosk (`<fair-kiosk>`) on the feed as it is
 * now, full size in a modal dialog, with a Close button. The kiosk's code is
 * fetched the first time a preview opens (a dynamic import), never with the
 * editor itself; the kiosk is only in the page while the dialog is open.
 */
import { css, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { resolveFeedUrls } from '../../../data/loader.js';
import type { FairFeed } from '../../../data/types.js';
import { getLocale, setLocale } from '../../../i18n/locale.js';
import { defineElement } from '../../../internal/define.js';
import { EditorPanel } from './panel-base.js';

let kioskLoaded: Promise<unknown> | undefined;
/** Loads and registers `<fair-kiosk>` (with the elements it renders), once. */
function loadKiosk(): Promise<unknown> {
  kioskLoaded ??= import('../../kiosk/kiosk.js').then(({ FairKiosk }) => defineElement('fair-kiosk', FairKiosk));
  return kioskLoaded;
}

/**
 * @summary Internal: the Preview dialog, the kiosk on the current feed.
 * @fires close - The preview closed (the native `<dialog>` event, not composed).
 */
export class FairPlanEditorPreview extends EditorPanel {
  static override styles = [
    ...EditorPanel.styles,
    css`
      dialog {
        inset: 0;
        inline-size: 100vw;
        block-size: 100dvh;
        max-inline-size: none;
        max-block-size: none;
        margin: 0;
        border: 0;
        border-radius: 0;
      }
      dialog[open] {
        display: grid;
        grid-template-rows: auto 1fr;
      }
      header {
        display: flex;
        align-items: center;
        justify-content: space-between;
        gap: 12px;
        block-size: 64px;
        padding-inline: 16px;
        border-block-end: 1px solid var(--_border);
      }
      .stage {
        min-block-size: 0;
        overflow: hidden;
      }
      fair-kiosk {
        --fair-kiosk-height: calc(100dvh - 64px);
      }
      .loading {
        padding: 24px;
      }
    `,
  ];

  /**
   * The URL the feed's relative paths (plan images, photos, logo) are relative
   * to: the feed file's own URL (the editor's `src`). Unset: the page's.
   */
  @property({ attribute: false }) base?: string;

  @state() private opened = false;
  @state() private ready = false;
  @query('dialog') private dialog!: HTMLDialogElement;

  /** Whether the preview is showing. */
  get open(): boolean {
    return this.opened;
  }

  /**
   * The editor's language when the preview opened. The kiosk starts in the
   * fair's first language and its language buttons set the kit's language,
   * which the editor follows too: closing the preview gives the editor back
   * the language it had.
   */
  private localeBefore?: string;

  /** Opens the preview on the current `feed`; resolves once the kiosk's code has loaded. */
  async show(): Promise<void> {
    this.localeBefore ??= getLocale();
    this.opened = true;
    await this.updateComplete;
    if (!this.dialog.open) this.dialog.showModal();
    await loadKiosk();
    this.ready = true;
    await this.updateComplete;
  }

  /** Closes the preview (the kiosk leaves the page). */
  close(): void {
    this.dialog?.close();
  }

  private onClose(): void {
    this.opened = false;
    const before = this.localeBefore;
    this.localeBefore = undefined;
    if (before && getLocale() !== before) void setLocale(before);
  }

  private resolved?: { feed: FairFeed; base: string; out: FairFeed };
  /** The feed the kiosk shows: its relative URLs resolved against `base` (one object per feed, so the kiosk loads it once). */
  private get kioskFeed(): FairFeed | undefined {
    const { feed, base } = this;
    if (!feed || !base) return feed;
    if (this.resolved?.feed !== feed || this.resolved.base !== base)
      this.resolved = { feed, base, out: resolveFeedUrls(feed, base) };
    return this.resolved.out;
  }

  private get here(): string | undefined {
    return this.feed?.places?.find((p) => p.kind === 'kiosk')?.id;
  }

  override render() {
    const m = this.m;
    return html`<dialog aria-labelledby="title" @close=${this.onClose}>
      ${
        this.opened
          ? html`<header>
              <h2 id="title">${m.previewTitle}</h2>
              <button class="button primary" type="button" @click=${this.close}>${m.closePreview}</button>
            </header>
            <div class="stage">
              ${
                this.ready && this.feed
                  ? html`<fair-kiosk .feed=${this.kioskFeed} here=${this.here ?? nothing}></fair-kiosk>`
                  : html`<p class="loading" role="status">${m.loadingKiosk}</p>`
              }
            </div>`
          : nothing
      }
    </dialog>`;
  }
}
