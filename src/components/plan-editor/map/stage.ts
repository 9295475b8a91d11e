/**
 * The middle of the editor: the autosave banner, the hint bar (what the tool
 * does, the place tool's kinds, the level shown), the map with its items list
 * (the map's one tab stop, see keyboard.ts), the selected item's actions, the
 * scale prompt, the reachability legend and the live region.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { fallbackLocales, text } from '../../../data/text.js';
import { duplicateBooth } from '../model/booths.js';
import { deleteItem } from '../model/delete.js';
import { setLevelScaleFromLine } from '../model/levels.js';
import type { FairPlanEditor } from '../plan-editor.js';
import { levelItems, planLevel } from './layers.js';
import { renderKindPicker, toolHint } from './tool-bar.js';

export type StageHost = FairPlanEditor;

function levelName(host: StageHost, id: string): string {
  const feed = host.feed;
  const name = feed?.map.levels?.find((l) => l.id === id)?.name;
  return text(name, host.localeLanguage, fallbackLocales(feed?.fair)) || id;
}

export function renderStage(host: StageHost): TemplateResult {
  const s = host.strings;
  const feed = host.feed;
  const items = feed ? levelItems(feed, host.level) : [];
  const selectedIndex = host.selection
    ? items.findIndex((i) => i.selection.kind === host.selection!.kind && i.selection.id === host.selection!.id)
    : -1;
  const unreachable = new Set(host.reach?.unreachable);
  const noStepFree = new Set(host.reach?.noStepFree);
  const levels = feed?.map.levels ?? [];
  const unreachableHere = items.filter((i) => i.selection.kind === 'booth' && unreachable.has(i.selection.id));
  const autosave = host.source.autosave;
  const formatter = new Intl.DateTimeFormat(host.localeLanguage, { dateStyle: 'medium', timeStyle: 'short' });
  return html`<main class="stage" part="map">
    ${
      autosave
        ? html`<div class="banner" part="banner" role="region" aria-label=${s.restoreTitle}>
          <p><strong>${s.restoreTitle}</strong> ${s.restoreBody(formatter.format(autosave.savedAt))}</p>
          <button class="light-btn primary" data-action="restore" @click=${() => host.restoreAutosave()}>${s.restore}</button>
          <button class="light-btn" data-action="discard" @click=${() => host.source.discard()}>${s.discard}</button>
        </div>`
        : nothing
    }
    <div class="hintbar">
      <p class="hint">${toolHint(s, host.tool)}</p>
      ${
        host.tool !== 'select'
          ? html`<button class="light-btn" data-action="add-at-centre" @click=${() => addAtCentre(host)}>
              ${host.tool === 'row' ? s.rowAtCentre : host.tool === 'scale' ? s.scaleByWidth : s.addAtCentre}
            </button>`
          : nothing
      }
      ${
        host.tool === 'place'
          ? renderKindPicker(s, host.map?.tools.placeKind ?? 'kiosk', (kind) => host.map?.tools.use('place', kind))
          : nothing
      }
      ${
        levels.length > 1
          ? html`<label class="level-picker"
            >${s.level}
            <select
              @change=${(e: Event) => {
                host.level = (e.target as HTMLSelectElement).value;
                host.select(null);
              }}
            >
              ${levels.map((l) => html`<option value=${l.id} ?selected=${l.id === host.level}>${levelName(host, l.id)}</option>`)}
            </select></label
          >`
          : nothing
      }
    </div>
    <div class="map-wrap">
      <div
        class="items"
        role="listbox"
        tabindex="0"
        aria-label=${s.items}
        aria-activedescendant=${selectedIndex >= 0 ? `item-${selectedIndex}` : nothing}
        @keydown=${(e: KeyboardEvent) => host.keys.onItemsKey(e)}
      >
        ${items.map((item, i) => {
          const id = item.selection.id;
          const marks = [
            unreachable.has(id) && item.selection.kind === 'booth' ? s.unreachable : '',
            noStepFree.has(id) && item.selection.kind === 'booth' ? s.noStepFree : '',
          ].filter(Boolean);
          return html`<div role="option" id=${`item-${i}`} aria-selected=${i === selectedIndex ? 'true' : 'false'}>
            ${item.name(s)}${marks.length ? `, ${marks.join(', ')}` : ''}
          </div>`;
        })}
      </div>
      <div class="leaflet-host"></div>
      ${host.selection && host.selection.kind !== 'level' && selectedIndex >= 0 ? renderActions(host) : nothing}
      ${host.pendingScale ? renderScalePrompt(host) : nothing}
      <div class="legend">
        <span class="key unreachable-key"></span>${s.legendUnreachable}
        <span class="key no-step-free-key"></span>${s.legendNoStepFree}
        ${
          unreachableHere.length
            ? html`<p class="unreachable-list">${s.legendUnreachable}: ${unreachableHere.map((i) => i.name(s)).join(', ')}</p>`
            : nothing
        }
      </div>
    </div>
    <div class="fair-visually-hidden" role="status" aria-live="polite">${host.announcement}</div>
  </main>`;
}

/** The hint bar's button: the tool's item at the centre, then the map's items list focused (arrows move it). */
function addAtCentre(host: StageHost): void {
  const tool = host.tool;
  if (!host.keys.addAtCentre()) return;
  if (tool !== 'row' && tool !== 'scale')
    void host.updateComplete.then(() => host.renderRoot.querySelector<HTMLElement>('.items')?.focus());
}

function renderActions(host: StageHost): TemplateResult {
  const s = host.strings;
  const selection = host.selection!;
  return html`<div class="item-actions" role="toolbar" aria-label=${s.tools}>
    ${
      selection.kind === 'booth'
        ? html`<button class="light-btn" data-action="duplicate" @click=${() => host.edit(s.editDuplicate, duplicateBooth(selection.id))}>
            ${s.duplicate}
          </button>
          <button class="light-btn" data-action="rotate" @click=${() => host.map?.toggleRotate()}>${s.editRotate}</button>`
        : nothing
    }
    <button
      class="light-btn danger"
      data-action="delete"
      @click=${() => {
        host.select(null);
        host.edit(s.editDelete, deleteItem(selection));
      }}
    >
      ${s.remove}
    </button>
  </div>`;
}

function renderScalePrompt(host: StageHost): TemplateResult {
  const s = host.strings;
  const submit = (e: Event) => {
    e.preventDefault();
    const input = (e.target as HTMLFormElement).elements.namedItem('metres') as HTMLInputElement;
    const metres = Number(input.value.replace(',', '.'));
    const line = host.pendingScale!;
    host.pendingScale = undefined;
    if (metres > 0) host.edit(s.editScale, setLevelScaleFromLine(host.level, line[0], line[1], metres));
  };
  const [a, b] = host.pendingScale!;
  const width = host.feed?.map.type === 'plan' ? planLevel(host.feed, host.level)?.size?.[0] : undefined;
  const wholeWidth = a[0] === 0 && b[0] === width && a[1] === b[1];
  return html`<form class="scale-prompt" @submit=${submit}>
    <label>${wholeWidth ? s.scalePromptWidth : s.scalePrompt} <input name="metres" type="text" inputmode="decimal" required /></label>
    <button class="light-btn primary" type="submit">${s.scaleApply}</button>
    <button class="light-btn" type="button" @click=${() => (host.pendingScale = undefined)}>${s.cancel}</button>
  </form>`;
}
