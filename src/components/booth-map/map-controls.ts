/**
 * The booth map's own controls over the map: the level switcher, and the
 * zoom, whole-plan and list/map buttons (styled in `map-controls.styles.ts`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';

const svgIcon = (d: string) =>
  html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${d} /></svg>`;
const icons = {
  plus: svgIcon('M12 5v14M5 12h14'),
  minus: svgIcon('M5 12h14'),
  reset: svgIcon('M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5'),
  list: svgIcon('M8 6h12M8 12h12M8 18h12M4 6h.01M4 12h.01M4 18h.01'),
  map: svgIcon('M9 4L3 6v14l6-2l6 2l6-2V4l-6 2zM9 4v14M15 6v14'),
};

/** One button per level (`current` pressed), named by `name`; nothing on a one-level venue. */
export function levelSwitcher(
  levels: readonly string[],
  current: string,
  name: (id: string) => string,
  choose: (id: string) => void,
): TemplateResult | typeof nothing {
  if (levels.length < 2) return nothing;
  return html`<div class="levels" part="levels" role="group" aria-label=${msg('Level')}>
              ${levels.map((id) => html`<button type="button" part="level" aria-pressed=${id === current} @click=${() => choose(id)}>${name(id)}</button>`)}
            </div>`;
}

/** The zoom and whole-plan buttons (not over the list), and the button that switches between map and list. */
export function mapControls(
  listing: boolean,
  zoomBy: (delta: number) => void,
  showWhole: () => void,
  toggleList: () => void,
): TemplateResult {
  return html`<div class="controls" part="controls">
        ${
          listing
            ? nothing
            : html`<button type="button" part="control" class="icon" aria-label=${msg('Zoom in')} title=${msg('Zoom in')} @click=${() => zoomBy(1)}>${icons.plus}</button>
              <button type="button" part="control" class="icon" aria-label=${msg('Zoom out')} title=${msg('Zoom out')} @click=${() => zoomBy(-1)}>${icons.minus}</button>
              <button type="button" part="control" class="icon" aria-label=${msg('Show the whole plan')} title=${msg('Show the whole plan')} @click=${showWhole}>${icons.reset}</button>`
        }
        <button type="button" part="control" class="toggle" aria-pressed=${listing} @click=${toggleList}>
          ${listing ? icons.map : icons.list}<span>${listing ? msg('Map') : msg('List')}</span>
        </button>
      </div>`;
}
