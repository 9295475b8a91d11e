/** The editor map's look: the plan sheet, booths, aisles, places, doors, reachability marks, drawing lines, hints. */
import { css } from 'lit';
import { editorLeafletStyles, geomanStyles } from './editor-leaflet.styles.gen.js';

const mapLook = css`
  :host {
    --_booth: var(--fair-plan-editor-booth-color, var(--_primary));
    --_selected: var(--fair-plan-editor-selected-color, #c2410c);
    --_aisle: var(--fair-plan-editor-aisle-color, #0f766e);
    --_unreachable: var(--fair-plan-editor-unreachable-color, #b91c1c);
  }
  .map-wrap {
    position: relative;
    min-block-size: 0;
  }
  .leaflet-host {
    position: absolute;
    inset: 0;
  }
  .items {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .hintbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px 16px;
    min-block-size: 52px;
    padding-inline: 16px;
    background: var(--_surface);
    border-block-end: 1px solid color-mix(in srgb, var(--_text) 14%, transparent);
  }
  .hint {
    flex: 1 1 16em;
    margin: 0;
    color: var(--_muted);
    font-size: 14px;
  }
  .hintbar .light-btn {
    border-color: color-mix(in srgb, var(--_text) 25%, transparent);
    color: var(--_text);
    white-space: nowrap;
  }
  .kind-picker,
  .level-picker {
    display: flex;
    align-items: center;
    gap: 8px;
    font-size: 14px;
    font-weight: 600;
  }
  .kind-picker select,
  .level-picker select,
  .scale-prompt input {
    min-block-size: 44px;
    padding-inline: 10px;
    border: 1px solid color-mix(in srgb, var(--_text) 30%, transparent);
    border-radius: 8px;
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  .item-actions,
  .scale-prompt {
    position: absolute;
    z-index: 1000;
    inset-block-start: 12px;
    inset-inline-start: 50%;
    translate: -50% 0;
    display: flex;
    align-items: center;
    gap: 8px;
    padding: 6px;
    border-radius: 12px;
    background: var(--_surface);
    box-shadow: 0 4px 18px rgb(15 23 42 / 0.18), 0 0 0 1px rgb(15 23 42 / 0.08);
  }
  .scale-prompt {
    padding: 10px 12px;
  }
  .scale-prompt label {
    display: flex;
    align-items: center;
    gap: 10px;
    font-weight: 600;
  }
  .scale-prompt input {
    inline-size: 7em;
  }
  .item-actions .light-btn,
  .scale-prompt .light-btn {
    border-color: color-mix(in srgb, var(--_text) 25%, transparent);
    color: var(--_text);
  }
  .item-actions .danger {
    color: #a61b1b;
  }
  .scale-prompt .light-btn.primary {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
  }
  .legend {
    position: absolute;
    z-index: 1000;
    inset-block-end: 12px;
    inset-inline-start: 12px;
    max-inline-size: 60%;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px 8px;
    padding: 8px 12px;
    border-radius: 10px;
    background: rgb(255 255 255 / 0.94);
    box-shadow: 0 2px 10px rgb(15 23 42 / 0.15);
    font-size: 13px;
  }
  .legend .key {
    display: inline-block;
    inline-size: 18px;
    block-size: 12px;
    border-radius: 2px;
  }
  .legend .key + .key,
  .legend .key:not(:first-child) {
    margin-inline-start: 8px;
  }
  .unreachable-key {
    background: repeating-linear-gradient(45deg, #b91c1c 0 3px, #fde2e2 3px 8px);
    outline: 2px solid #b91c1c;
  }
  .no-step-free-key {
    background: #fdf1b8;
    outline: 2px dashed #a16207;
  }
  .unreachable-list {
    flex-basis: 100%;
    margin: 0;
    color: #8f1414;
    font-weight: 600;
  }
  .leaflet-container {
    position: absolute;
    inset: 0;
    background: #e9edf1;
    font: inherit;
    outline: none;
  }
  .leaflet-container.drawing {
    cursor: crosshair;
  }
  .map-wrap:has(.items:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  .plan-image {
    background: #fff;
    box-shadow: 0 1px 6px rgb(15 23 42 / 0.2);
  }
  .sheet {
    fill: #fff;
    fill-opacity: 1;
  }
  .booth {
    fill: var(--_booth);
    fill-opacity: 0.16;
    stroke: color-mix(in srgb, var(--_booth) 80%, #000);
  }
  .booth:hover {
    fill-opacity: 0.28;
  }
  .booth.no-step-free {
    stroke: #a16207;
    stroke-dasharray: 6 4;
    stroke-width: 2.5;
    fill: #facc15;
    fill-opacity: 0.25;
  }
  .booth.unreachable {
    fill: url(#fair-editor-hatch);
    fill-opacity: 1;
    stroke: var(--_unreachable);
    stroke-width: 2.5;
  }
  .booth.selected {
    stroke: var(--_selected);
    stroke-width: 3.5;
    fill-opacity: 0.3;
  }
  .map-wrap:has(.items:focus-visible) .booth.selected,
  .map-wrap:has(.items:focus-visible) .aisle.selected {
    stroke: var(--_focus);
    stroke-width: 5;
  }
  .aisle {
    stroke: var(--_aisle);
    stroke-opacity: 0.55;
    stroke-linecap: round;
    stroke-linejoin: round;
    fill: none;
  }
  .aisle.selected {
    stroke: var(--_selected);
    stroke-opacity: 0.9;
  }
  .booth-label.leaflet-tooltip {
    padding: 0 4px;
    border: 0;
    border-radius: 4px;
    background: rgb(255 255 255 / 0.85);
    box-shadow: none;
    color: #1b2733;
    font-size: 12px;
    font-weight: 700;
    line-height: 1.5;
  }
  .booth-label.unreachable {
    background: var(--_unreachable);
    color: #fff;
  }
  .booth-label::before {
    display: none;
  }
  .place-marker {
    background: none;
    border: 0;
  }
  .fair-place {
    position: relative;
  }
  .fair-place-name {
    position: absolute;
    inset-inline-start: 36px;
    inset-block-start: 50%;
    translate: 0 -50%;
  }
  .grid-sheet {
    fill: url(#fair-editor-grid);
    fill-opacity: 1;
    stroke: none;
  }
  .grid-lines {
    fill: none;
    stroke: color-mix(in srgb, var(--fair-plan-editor-aisle-color, #0f766e) 25%, transparent);
    stroke-width: 1;
  }
  .fair-place.name-start .fair-place-name {
    inset-inline-start: auto;
    inset-inline-end: 36px;
  }
  .fair-place.name-below .fair-place-name {
    inset-inline-start: 50%;
    inset-block-start: 38px;
    translate: -50% 0;
  }
  .fair-place-badge {
    display: grid;
    place-items: center;
    inline-size: 32px;
    block-size: 32px;
    border-radius: 50%;
    background: #1f3a5f;
    color: #fff;
    box-shadow: 0 1px 3px rgb(0 0 0 / 0.35);
    border: 2px solid #fff;
  }
  .fair-place--kiosk .fair-place-badge {
    background: var(--_primary);
  }
  .fair-place-badge svg {
    inline-size: 18px;
    block-size: 18px;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .fair-place-name {
    padding: 0 5px;
    border-radius: 4px;
    background: rgb(255 255 255 / 0.9);
    color: #1b2733;
    font-size: 12px;
    font-weight: 600;
    white-space: nowrap;
  }
  .fair-place.selected .fair-place-badge {
    outline: 3px solid var(--_selected);
    outline-offset: 2px;
  }
  .door-marker {
    border-radius: 50%;
    background: #fff;
    border: 3px solid var(--_selected);
    cursor: grab;
  }
  .draw-line,
  .draw-hint {
    stroke: var(--_selected);
    stroke-width: 3;
  }
  .draw-shape {
    stroke: var(--_selected);
    fill: var(--_selected);
    fill-opacity: 0.15;
  }
  .leaflet-control-zoom a {
    inline-size: 44px;
    block-size: 44px;
    line-height: 44px;
    font-size: 20px;
  }
`;

export const mapStyles = [editorLeafletStyles, geomanStyles, mapLook];
