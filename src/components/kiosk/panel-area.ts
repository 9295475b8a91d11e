import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { onDemand } from '../../data/on-demand.js';
import type { FairProductSelectEvent, FairShowBoothEvent, FairShowProducerEvent } from '../../internal/events.js';
import type { Host } from '../../internal/windowed-list.js';
import { renderDirectory } from './directory.js';
import { renderEventsNow } from './events-now.js';
import type { ListTab } from './history.js';
import type { KioskShell } from './kiosk-shell.js';
import type { RouteInfo } from './panel-booth.js';
import type { Visit } from './visit.js';

/**
 * The detail panels (booth, product, producer, route), a chunk of their own:
 * the attract screen needs none of them, and a kiosk fetches them when a
 * visit starts, before the first tap on a row.
 */
const detailPanels = onDemand(() => import('./detail-panel.js'));

/** What the area under the map shows besides the visit's state. */
export interface PanelAreaState {
  /** The time "Happening now" is computed for. */
  now: Date;
  /** What the route panel says of the way (from the map's route engine). */
  routeInfo?: RouteInfo;
  /** Whether routes avoid stairs and escalators. */
  stepFree: boolean;
}

/**
 * The area under (or beside) the map: the open detail panel (My list and
 * "Visit my list" too), else the directory and "Happening now". A "Find on
 * map", a producer or a product chosen inside opens its panel.
 */
export class PanelArea {
  /** Set while an open panel waits for its chunk: settles once it is in (the host then renders again). */
  pending?: Promise<unknown>;

  constructor(private readonly host: Host) {}

  /** Fetches the panels' chunk ahead of the first tap on a row (a visit started). */
  prefetch(): void {
    void detailPanels.load();
  }

  render(shell: KioskShell, visit: Visit, state: PanelAreaState): TemplateResult {
    const panel = visit.view.panel;
    return html`<section class="panel-area" part="panel" aria-live="polite"
        @fair-show-booth=${(e: FairShowBoothEvent) => shell.open({ kind: 'booth', id: e.detail.boothId })}
        @fair-show-producer=${(e: FairShowProducerEvent) => shell.open({ kind: 'producer', id: e.detail.producerId })}
        @fair-product-select=${(e: FairProductSelectEvent) => shell.open({ kind: 'product', id: e.detail.productId })}>
        ${panel ? this.renderPanel(shell, visit, state) : this.renderLists(shell, visit, state.now)}
      </section>`;
  }

  private renderPanel(shell: KioskShell, visit: Visit, { routeInfo, stepFree }: PanelAreaState): TemplateResult {
    const panels = detailPanels.module;
    if (!panels) {
      // Opened before the visit fetched them (open() from the page, a deep link): they follow in a moment.
      // (Offline with the chunk not cached: the panel stays empty until the next tap tries again, never a loop.)
      this.pending ??= detailPanels.load().then((loaded) => {
        this.pending = undefined;
        if (loaded) this.host.requestUpdate();
      });
      return html`<div class="detail" role="region" aria-label=${msg('Details')} aria-busy="true"></div>`;
    }
    return html`<div class="detail" role="region" aria-label=${msg('Details')} tabindex="0">
      ${panels.renderKioskPanel(shell, visit, routeInfo, stepFree)}
    </div>`;
  }

  /** The panels' chunk, once in: "Visit my list"'s walk for the map, and the bottom bar's "My list". */
  get module() {
    return detailPanels.module;
  }

  private renderLists(shell: KioskShell, visit: Visit, now: Date): TemplateResult {
    const { view } = visit;
    const hasEvents = (shell.feed.events ?? []).length > 0;
    const tab: ListTab = hasEvents ? view.tab : 'directory';
    const category = view.category ? shell.index.categories.get(view.category) : undefined;
    return html`
      ${
        hasEvents
          ? html`<div class="tabs" role="tablist" aria-label=${msg('What to show')}>
            <button class="tab" part="tab" role="tab" id="tab-directory" aria-selected=${tab === 'directory'} aria-controls="tab-panel" @click=${() => visit.setTab('directory')}>
              ${category ? shell.t(category.name) : msg('Directory')}</button>
            <button class="tab" part="tab" role="tab" id="tab-events" aria-selected=${tab === 'events'} aria-controls="tab-panel" @click=${() => visit.setTab('events')}>
              ${msg('Happening now')}</button>
          </div>`
          : html`<h2 class="list-title">${category ? shell.t(category.name) : msg('Directory')}</h2>`
      }
      <div class="list" id="tab-panel" role=${hasEvents ? 'tabpanel' : nothing} aria-labelledby=${hasEvents ? `tab-${tab}` : nothing} tabindex="0">
        ${
          tab === 'events'
            ? renderEventsNow(shell, now)
            : renderDirectory(
                shell,
                visit.directoryMode,
                view.category,
                (directoryMode) => visit.set({ directoryMode }),
                this.host,
              )
        }
      </div>`;
  }
}
