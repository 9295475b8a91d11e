/**
 * The inspector's sections for what is not a booth: a place (its kind, name
 * per content language, `connects` for stairs, lifts and escalators), an
 * aisle (its length in metres) and a level (names, scale in metres per plan
 * pixel, "set scale by drawing a line", the plan image and its size).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { PLACE_KINDS, type Path, type Place, type PlaceKind, type PlanLevel } from '../../../data/types.js';
import { deleteItem } from '../model/delete.js';
import { renameLevel, setLevelScale } from '../model/levels.js';
import { metresPerPixel, levelOf, pixelLength } from '../model/units.js';
import { setPlaceFields } from '../model/venue.js';
import type { EditorPanel } from './panel-base.js';
import { renderTextFields } from './text-fields.js';
import { PlanEditorToolEvent } from './tool-event.js';

/** Kinds that join levels: they take a `connects` group. */
const CONNECTING: readonly PlaceKind[] = ['stairs', 'elevator', 'escalator'];

export function renderPlace(panel: EditorPanel, place: Place): TemplateResult {
  const m = panel.m;
  const id = place.id;
  const name = panel.t(place.name) || m.kinds[place.kind] || id;
  return html`<section class="panel" aria-labelledby="inspector-title">
    <h2 id="inspector-title">${m.place}: ${name}</h2>
    <div class="field">
      <label for="place-kind">${m.kind}</label>
      <select id="place-kind" @change=${(e: Event) =>
        panel.edit(
          m.editPlace(name),
          setPlaceFields(id, { kind: (e.target as HTMLSelectElement).value as PlaceKind }),
        )}>
        ${PLACE_KINDS.map((k) => html`<option value=${k} ?selected=${k === place.kind}>${m.kinds[k]}</option>`)}
      </select>
    </div>
    ${renderTextFields({
      id: 'place-name',
      value: place.name,
      locales: panel.contentLocales,
      label: (locale) => m.nameIn(panel.languageName(locale)),
      onCommit: (next) => panel.edit(m.editPlace(name), setPlaceFields(id, { name: next ?? null })),
    })}
    ${
      CONNECTING.includes(place.kind)
        ? html`<div class="field">
          <label for="place-connects">${m.connects}</label>
          <input id="place-connects" autocomplete="off" spellcheck="false" .value=${place.connects ?? ''}
            aria-describedby="place-connects-hint"
            @change=${(e: Event) =>
              panel.edit(m.editPlace(name), setPlaceFields(id, { connects: (e.target as HTMLInputElement).value }))} />
          <span id="place-connects-hint" class="hint">${m.connectsHint}</span>
        </div>`
        : nothing
    }
    <div class="row">
      <button class="button danger" type="button" @click=${() => {
        panel.edit(m.deletePlace(name), deleteItem({ kind: 'place', id }));
        panel.select(null);
      }}>${m.delete}</button>
    </div>
  </section>`;
}

export function renderAisle(panel: EditorPanel, path: Path, index: number): TemplateResult {
  const m = panel.m;
  const feed = panel.feed!;
  let px = 0;
  for (let i = 1; i < path.points.length; i++) px += pixelLength(path.points[i - 1], path.points[i]);
  const metres = px * metresPerPixel(feed, levelOf(feed, path));
  return html`<section class="panel" aria-labelledby="inspector-title">
    <h2 id="inspector-title">${m.aisle}</h2>
    <div class="field">
      <span class="label">${m.aisleLength}</span>
      <span>${m.metres(panel.num(metres, 1))}</span>
    </div>
    <div class="row">
      <button class="button danger" type="button" @click=${() => {
        panel.edit(m.deleteAisle, deleteItem({ kind: 'path', id: String(index) }));
        panel.select(null);
      }}>${m.delete}</button>
    </div>
  </section>`;
}

export function renderLevel(
  panel: EditorPanel,
  level: PlanLevel,
  scaleTyped: string | undefined,
  onScaleInput: (v: string | undefined) => void,
): TemplateResult {
  const m = panel.m;
  const feed = panel.feed!;
  const name = panel.t(level.name) || level.id;
  const scale = metresPerPixel(feed, level.id);
  const typed = scaleTyped ?? String(scale);
  const value = Number(typed.replace(',', '.'));
  const valid = value > 0 && value <= 1000;
  return html`<section class="panel" aria-labelledby="inspector-title">
    <h2 id="inspector-title">${m.level}: ${name}</h2>
    ${renderTextFields({
      id: 'level-name',
      value: level.name,
      locales: panel.contentLocales,
      label: (locale) => m.nameIn(panel.languageName(locale)),
      onCommit: (next) => panel.edit(m.rename(name), renameLevel(level.id, next)),
    })}
    <div class="field">
      <label for="level-scale">${m.scale}</label>
      <input id="level-scale" type="number" inputmode="decimal" min="0.001" max="1000" step="any" .value=${typed}
        aria-invalid=${valid ? 'false' : 'true'} aria-describedby="level-scale-hint"
        @input=${(e: Event) => onScaleInput((e.target as HTMLInputElement).value)}
        @change=${() => {
          if (!valid) return;
          onScaleInput(undefined);
          if (value !== scale) panel.edit(m.editScale(name), setLevelScale(level.id, value));
        }} />
      <span id="level-scale-hint" class="hint">${m.scaleHint(panel.num(100 * (valid ? value : scale), 2))}</span>
    </div>
    <div class="field">
      <button class="button" type="button" aria-describedby="set-scale-hint"
        @click=${() => panel.dispatchEvent(new PlanEditorToolEvent('scale'))}>${m.setScale}</button>
      <span id="set-scale-hint" class="hint">${m.setScaleHint}</span>
    </div>
    <div class="field">
      <span class="label">${m.planImage}</span>
      <span>${level.image ?? m.noPlanImage}</span>
      ${
        level.size
          ? html`<span class="hint">${m.planSize}: ${m.sizePixels(panel.num(level.size[0], 0), panel.num(level.size[1], 0))}</span>`
          : nothing
      }
    </div>
  </section>`;
}
