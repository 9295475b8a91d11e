/**
 * The Producers panel: the feed's producers (those `fairkit import` brought
 * in), searchable without diacritics ("son la" finds "Sơn La"), each with the
 * booth(s) it is in. A row can be dragged onto a booth on the map (the map
 * reads {@link PRODUCER_DRAG_TYPE}); the keyboard way is the row's "Assign to
 * selected booth" button.
 */
import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { fold } from '../../../data/search/fold.js';
import { allTexts } from '../../../data/text.js';
import type { FairFeed, Producer } from '../../../data/types.js';
import type { Selection } from '../model/selection.js';
import { assignProducer } from '../model/booths.js';
import { EditorPanel } from './panel-base.js';

/** The drag data type of a producer row; its data is the producer's id. */
export const PRODUCER_DRAG_TYPE = 'application/x-fairkit-producer';

/** Each producer id → the ids of the booths it is in, in booth order. */
export function boothsByProducer(feed: FairFeed): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const booth of feed.booths)
    for (const id of booth.producers ?? []) {
      const list = out.get(id) ?? [];
      if (!list.includes(booth.id)) list.push(booth.id);
      out.set(id, list);
    }
  return out;
}

/** Whether every word of `query` (folded) begins a word of the producer's id, names or region, in any language. */
export function producerMatches(producer: Producer, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const haystack = fold([producer.id, ...allTexts(producer.name), ...allTexts(producer.region)].join(' '));
  return words.every((w) => haystack.includes(w));
}

/**
 * @summary Internal: the feed's producers, to drag onto booths or assign to the selected one.
 */
export class FairPlanEditorProducers extends EditorPanel {
  static override styles = [
    ...EditorPanel.styles,
    css`
      .list > li {
        cursor: grab;
        flex-wrap: wrap;
      }
      .list > li.dragging {
        opacity: 0.6;
      }
      .who {
        display: grid;
        gap: 2px;
      }
      .who strong {
        font-weight: 600;
      }
      .where {
        font-size: 0.875em;
        color: var(--_muted);
      }
      .grip {
        inline-size: 12px;
        block-size: 24px;
        flex: none;
        color: var(--_muted);
      }
      .count {
        font-size: 0.875em;
        color: var(--_muted);
      }
    `,
  ];

  /** The selected item: producers are assigned to it when it is a booth. */
  @property({ attribute: false }) selection: Selection | null = null;

  @state() private query = '';

  private get selectedBooth() {
    const s = this.selection;
    return s?.kind === 'booth' ? this.feed?.booths.find((b) => b.id === s.id) : undefined;
  }

  private onDragStart(event: DragEvent, producer: Producer): void {
    const data = event.dataTransfer;
    if (!data) return;
    data.setData(PRODUCER_DRAG_TYPE, producer.id);
    data.setData('text/plain', this.t(producer.name) || producer.id);
    data.effectAllowed = 'copy';
    (event.currentTarget as HTMLElement).classList.add('dragging');
  }

  private renderRow(producer: Producer, booths: string[]) {
    const m = this.m;
    const name = this.t(producer.name) || producer.id;
    const booth = this.selectedBooth;
    const label = booth?.label ?? booth?.id ?? '';
    const already = !!booth?.producers?.includes(producer.id);
    return html`<li
      draggable="true"
      @dragstart=${(e: DragEvent) => this.onDragStart(e, producer)}
      @dragend=${(e: DragEvent) => (e.currentTarget as HTMLElement).classList.remove('dragging')}
    >
      <svg class="grip" viewBox="0 0 12 24" aria-hidden="true"><g fill="currentColor"><circle cx="3" cy="6" r="1.6"/><circle cx="9" cy="6" r="1.6"/><circle cx="3" cy="12" r="1.6"/><circle cx="9" cy="12" r="1.6"/><circle cx="3" cy="18" r="1.6"/><circle cx="9" cy="18" r="1.6"/></g></svg>
      <span class="who grow">
        <strong>${name}</strong>
        <span class="where">${booths.length ? m.inBooths(booths.join(', ')) : m.notInBooth}</span>
      </span>
      ${
        booth
          ? html`<button
            class="button"
            type="button"
            aria-label=${m.assignTo(name, label)}
            ?disabled=${already}
            @click=${() => this.edit(m.assignTo(name, label), assignProducer(booth.id, producer.id))}
          >
            ${m.assign}
          </button>`
          : nothing
      }
    </li>`;
  }

  override render() {
    const m = this.m;
    const feed = this.feed;
    const all = feed?.producers ?? [];
    const shown = all.filter((p) => producerMatches(p, this.query));
    const where = feed ? boothsByProducer(feed) : new Map<string, string[]>();
    return html`<section class="panel" aria-labelledby="producers-title">
      <h2 id="producers-title">${m.producerList}</h2>
      ${
        all.length
          ? html`<div class="field">
              <label for="producer-search">${m.searchProducers}</label>
              <input id="producer-search" type="search" autocomplete="off" .value=${this.query}
                @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)} />
              <span class="count" role="status">${m.producerCount(this.num(shown.length, 0), this.num(all.length, 0))}</span>
            </div>
            <p class="hint">${this.selectedBooth ? m.dragHint : m.selectBoothFirst}</p>
            <ul class="list">${repeat(
              shown,
              (p) => p.id,
              (p) => this.renderRow(p, where.get(p.id) ?? []),
            )}</ul>`
          : html`<p class="muted">${m.noProducers}</p>`
      }
    </section>`;
  }
}
