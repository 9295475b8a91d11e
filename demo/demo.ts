// The demo page's glue: a plain list of what the feed holds, until the kiosk lands on this page.
import { html, LitElement } from 'lit';
import '../src/index.js';
import { consume } from '@lit/context';
import { feedContext, type FeedState } from '../src/internal/context.js';
import { text } from '../src/data/text.js';

class FairLoadedList extends LitElement {
  @consume({ context: feedContext, subscribe: true }) state?: FeedState;
  override render() {
    const s = this.state;
    if (!s || s.status === 'loading') return html`<p>Loading…</p>`;
    if (s.status === 'error') return html`<p>The feed could not be loaded.</p>`;
    const { feed } = s;
    const loc = feed.fair.locales ?? ['vi'];
    return html`<h1>${text(feed.fair.name, loc[0], loc)}</h1>
      <p>${feed.booths.length} booths · ${feed.producers?.length ?? 0} producers · ${feed.products?.length ?? 0} products</p>
      <ul>${feed.booths.map((b) => html`<li>${b.label ?? b.id}</li>`)}</ul>`;
  }
}
customElements.define('fair-loaded-list', FairLoadedList);
