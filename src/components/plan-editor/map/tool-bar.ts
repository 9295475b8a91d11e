/**
 * The editor's own tool bar (Geoman's is never shown): one toggle button per
 * tool, translated, with its name as the accessible name and a tooltip, and
 * the kind picker of the place tool.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { PlaceKind } from '../../../data/types.js';
import type { MapMessages } from './messages.js';
import type { Tool } from './tools.js';

/** The kinds the place tool offers (the feed's other kinds stay editable in the inspector). */
export const PLACE_TOOL_KINDS: PlaceKind[] = [
  'kiosk',
  'entrance',
  'exit',
  'restroom',
  'first-aid',
  'stage',
  'food',
  'info',
  'stairs',
  'elevator',
  'escalator',
];

const ICONS: Record<Tool, TemplateResult> = {
  select: svg`<path d="M5 3l14 8-6 1.5L10 19z"/>`,
  rect: svg`<rect x="4" y="6" width="16" height="12" rx="1"/>`,
  polygon: svg`<path d="M12 3l8 6-3 11H7L4 9z"/>`,
  row: svg`<path d="M3 8h5v8H3zM9.5 8h5v8h-5zM16 8h5v8h-5z"/>`,
  aisle: svg`<path d="M3 19c4-1 4-7 9-7s5-6 9-7"/>`,
  place: svg`<path d="M12 21s-7-6.5-7-12a7 7 0 0 1 14 0c0 5.5-7 12-7 12z"/><circle cx="12" cy="9" r="2.5"/>`,
  scale: svg`<path d="M3 15l12-12 6 6-12 12zM7 11l2 2M10 8l2 2M13 5l2 2"/>`,
};

const GRID_ICON = svg`<path d="M4 4h16v16H4zM9.3 4v16M14.7 4v16M4 9.3h16M4 14.7h16"/><circle cx="14.7" cy="14.7" r="2.2" fill="currentColor"/>`;

export const TOOLS: Tool[] = ['select', 'rect', 'polygon', 'row', 'aisle', 'place', 'scale'];

export function toolName(s: MapMessages, tool: Tool): string {
  const names: Record<Tool, string> = {
    select: s.toolSelect,
    rect: s.toolRect,
    polygon: s.toolPolygon,
    row: s.toolRow,
    aisle: s.toolAisle,
    place: s.toolPlace,
    scale: s.toolScale,
  };
  return names[tool];
}

export function toolHint(s: MapMessages, tool: Tool): string {
  const hints: Record<Tool, string> = {
    select: s.hintSelect,
    rect: s.hintRect,
    polygon: s.hintPolygon,
    row: s.hintRow,
    aisle: s.hintAisle,
    place: s.hintPlace,
    scale: s.hintScale,
  };
  return hints[tool];
}

export function icon(tool: Tool | 'grid'): TemplateResult {
  return html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="1.9" stroke-linejoin="round" stroke-linecap="round">${tool === 'grid' ? GRID_ICON : ICONS[tool]}</svg>`;
}

/** The grid toggle after the tools: its state, its name ("Snap to grid, 0.5 m") and what it switches. */
export interface GridToggle {
  on: boolean;
  name: string;
  toggle(): void;
}

/**
 * The tool buttons (`data-tool` names each, for tests and styling), then the
 * grid toggle: one tab stop, the chosen tool; the arrow keys move between
 * them (a toolbar's roving focus), Enter or Space chooses.
 */
export function renderToolBar(
  s: MapMessages,
  active: Tool,
  use: (tool: Tool) => void,
  grid: GridToggle,
): TemplateResult {
  const onKey = (e: KeyboardEvent) => {
    const buttons = [...(e.currentTarget as HTMLElement).querySelectorAll<HTMLButtonElement>('button')];
    const at = buttons.indexOf(e.target as HTMLButtonElement);
    const to = {
      ArrowDown: at + 1,
      ArrowRight: at + 1,
      ArrowUp: at - 1,
      ArrowLeft: at - 1,
      Home: 0,
      End: buttons.length - 1,
    }[e.key];
    if (to === undefined || at < 0) return;
    e.preventDefault();
    const next = buttons[(to + buttons.length) % buttons.length];
    for (const b of buttons) b.tabIndex = b === next ? 0 : -1;
    next.focus();
  };
  return html`<div class="tool-list" role="toolbar" aria-orientation="vertical" aria-label=${s.tools} @keydown=${onKey}>
    ${TOOLS.map(
      (tool, i) =>
        html`${i === 1 || i === 4 || i === 6 ? html`<hr />` : nothing}<button
            class="tool"
            part="tool"
            data-tool=${tool}
            tabindex=${active === tool ? 0 : -1}
            aria-pressed=${active === tool ? 'true' : 'false'}
            aria-label=${toolName(s, tool)}
            title=${toolName(s, tool)}
            @click=${() => use(tool)}
          >
            ${icon(tool)}
          </button>`,
    )}
    <hr />
    <button
      class="tool"
      part="tool"
      data-action="grid"
      tabindex="-1"
      aria-pressed=${grid.on ? 'true' : 'false'}
      aria-label=${grid.name}
      title=${grid.name}
      @click=${() => grid.toggle()}
    >
      ${icon('grid')}
    </button>
  </div>`;
}

/** The place tool's kind picker, shown over the map while the tool is on. */
export function renderKindPicker(s: MapMessages, kind: PlaceKind, choose: (kind: PlaceKind) => void): TemplateResult {
  return html`<label class="kind-picker"
    >${s.placeKind}
    <select @change=${(e: Event) => choose((e.target as HTMLSelectElement).value as PlaceKind)}>
      ${PLACE_TOOL_KINDS.map((k) => html`<option value=${k} ?selected=${k === kind}>${s.kinds[k]}</option>`)}
    </select></label
  >`;
}
