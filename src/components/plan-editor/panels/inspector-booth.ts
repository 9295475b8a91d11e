/**
 * The inspector's booth section: its code (checked as typed: the feed's id
 * pattern, not another booth's; a new code is carried to every reference),
 * label, name per content language, categories, producers (remove one, add
 * from a search that ignores diacritics), its size in metres (typed for a
 * rectangle, shown for a drawn shape), Duplicate and Delete.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Booth } from '../../../data/types.js';
import { ID_PATTERN } from '../../../data/validate/values.js';
import { assignProducer, duplicateBooth, resizeBooth, setBoothFields, unassignProducer } from '../model/booths.js';
import { deleteItem } from '../model/delete.js';
import { boxOf, outlineOf } from '../model/geometry.js';
import { levelOf, toMetres, toPixels } from '../model/units.js';
import type { EditorPanel } from './panel-base.js';
import { producerMatches } from './producers.js';
import { renderTextFields } from './text-fields.js';

/** What the booth section keeps between renders: the code and the producer search as typed. */
export interface BoothDraft {
  /** The code field as typed, while it differs from the booth's id. */
  code?: string;
  producerQuery: string;
}

/** Why `code` cannot be booth `booth`'s new code, or '' when it can. */
export function codeProblem(panel: EditorPanel, booth: Booth, code: string): string {
  const m = panel.m;
  const next = code.trim();
  if (!next) return m.idEmpty;
  if (!ID_PATTERN.test(next)) return m.idInvalid;
  if (next !== booth.id && panel.feed?.booths.some((b) => b.id === next)) return m.idTaken(next);
  return '';
}

const MAX_SUGGESTIONS = 8;

export function renderBooth(
  panel: EditorPanel,
  booth: Booth,
  draft: BoothDraft,
  redraw: (next: Partial<BoothDraft>) => void,
): TemplateResult {
  const m = panel.m;
  const feed = panel.feed!;
  const id = booth.id;
  const code = draft.code ?? id;
  const problem = codeProblem(panel, booth, code);
  const level = levelOf(feed, booth);
  const box = boxOf(outlineOf(booth));
  const metres = (px: number) => Math.round(toMetres(feed, level, px) * 100) / 100;
  const producers = new Map((feed.producers ?? []).map((p) => [p.id, p]));
  const inBooth = booth.producers ?? [];
  const query = draft.producerQuery;
  const suggestions = query.trim()
    ? (feed.producers ?? [])
        .filter((p) => !inBooth.includes(p.id) && producerMatches(p, query))
        .slice(0, MAX_SUGGESTIONS)
    : [];
  const producerName = (pid: string) => panel.t(producers.get(pid)?.name) || pid;

  const commitCode = (input: HTMLInputElement) => {
    const next = input.value.trim();
    if (next === id) return redraw({ code: undefined });
    if (codeProblem(panel, booth, next)) return;
    panel.edit(m.editCode(id, next), setBoothFields(id, { id: next }));
    panel.select({ kind: 'booth', id: next });
    redraw({ code: undefined });
  };
  const resize = (w: number, h: number) => {
    if (!(w > 0 && h > 0)) return;
    panel.edit(
      m.resizeBooth(id),
      resizeBooth(id, [box[0], box[1], toPixels(feed, level, w), toPixels(feed, level, h)]),
    );
  };
  const categories = feed.categories ?? [];

  return html`<section class="panel" aria-labelledby="inspector-title">
    <h2 id="inspector-title">${m.booth} ${booth.label ?? id}</h2>
    <div class="field">
      <label for="booth-id">${m.boothId}</label>
      <input id="booth-id" autocomplete="off" spellcheck="false" .value=${code}
        aria-invalid=${problem ? 'true' : 'false'} aria-describedby="booth-id-hint"
        @input=${(e: Event) => redraw({ code: (e.target as HTMLInputElement).value })}
        @change=${(e: Event) => commitCode(e.target as HTMLInputElement)} />
      ${
        problem
          ? html`<span id="booth-id-hint" class="error" role="alert">${problem}</span>`
          : html`<span id="booth-id-hint" class="hint">${m.idHint}</span>`
      }
    </div>
    <div class="field">
      <label for="booth-label">${m.label}</label>
      <input id="booth-label" autocomplete="off" .value=${booth.label ?? ''} aria-describedby="booth-label-hint"
        @change=${(e: Event) => panel.edit(m.editBooth(id), setBoothFields(id, { label: (e.target as HTMLInputElement).value }))} />
      <span id="booth-label-hint" class="hint">${m.labelHint}</span>
    </div>
    ${renderTextFields({
      id: 'booth-name',
      value: booth.name,
      locales: panel.contentLocales,
      label: (locale) => m.nameIn(panel.languageName(locale)),
      onCommit: (next) => panel.edit(m.editBooth(id), setBoothFields(id, { name: next ?? null })),
    })}
    <fieldset>
      <legend>${m.categories}</legend>
      ${
        categories.length
          ? html`<div class="chips">
            ${categories.map((c) => {
              const on = booth.categories?.includes(c.id) ?? false;
              return html`<label class="chip">
                <input type="checkbox" .checked=${on} @change=${(e: Event) => {
                  const checked = (e.target as HTMLInputElement).checked;
                  const rest = (booth.categories ?? []).filter((x) => x !== c.id);
                  panel.edit(m.editBooth(id), setBoothFields(id, { categories: checked ? [...rest, c.id] : rest }));
                }} />
                ${c.color ? html`<span class="swatch" style="background:${c.color}"></span>` : nothing}
                <span>${panel.t(c.name) || c.id}</span>
              </label>`;
            })}
          </div>`
          : html`<p class="muted">${m.noCategories}</p>`
      }
    </fieldset>
    <fieldset>
      <legend>${m.producers}</legend>
      ${
        inBooth.length
          ? html`<ul class="list">
            ${inBooth.map(
              (pid) => html`<li>
                <span class="grow">${producerName(pid)}</span>
                <button class="button" type="button" aria-label=${m.removeProducer(producerName(pid))}
                  @click=${() => panel.edit(m.removeProducer(producerName(pid)), unassignProducer(id, pid))}>${m.remove}</button>
              </li>`,
            )}
          </ul>`
          : html`<p class="muted">${m.noProducersInBooth}</p>`
      }
      <div class="field">
        <label for="producer-find">${m.findProducer}</label>
        <input id="producer-find" type="search" autocomplete="off" .value=${query}
          @input=${(e: Event) => redraw({ producerQuery: (e.target as HTMLInputElement).value })} />
      </div>
      ${
        query.trim()
          ? suggestions.length
            ? html`<ul class="list" aria-label=${m.addProducer}>
              ${suggestions.map(
                (p) => html`<li>
                  <span class="grow">${panel.t(p.name) || p.id}</span>
                  <button class="button" type="button" aria-label=${m.addThis(panel.t(p.name) || p.id)}
                    @click=${() => {
                      panel.edit(m.addThis(panel.t(p.name) || p.id), assignProducer(id, p.id));
                      redraw({ producerQuery: '' });
                    }}>${m.add}</button>
                </li>`,
              )}
            </ul>`
            : html`<p class="muted" role="status">${m.noMatch}</p>`
          : nothing
      }
    </fieldset>
    ${
      booth.rect
        ? html`<fieldset>
          <legend>${m.size}</legend>
          <div class="pair">
            <div class="field">
              <label for="booth-w">${m.width}</label>
              <input id="booth-w" type="number" inputmode="decimal" min="0.1" step="0.1" .value=${String(metres(box[2]))}
                @change=${(e: Event) => resize(Number((e.target as HTMLInputElement).value), metres(box[3]))} />
            </div>
            <div class="field">
              <label for="booth-h">${m.depth}</label>
              <input id="booth-h" type="number" inputmode="decimal" min="0.1" step="0.1" .value=${String(metres(box[3]))}
                @change=${(e: Event) => resize(metres(box[2]), Number((e.target as HTMLInputElement).value))} />
            </div>
          </div>
        </fieldset>`
        : html`<div class="field">
          <span class="label">${m.size}</span>
          <span>${m.sizeMetres(panel.num(metres(box[2]), 1), panel.num(metres(box[3]), 1))}</span>
          <span class="hint">${m.polygonSize}</span>
        </div>`
    }
    <div class="row">
      <button class="button" type="button" @click=${() => {
        const edit = duplicateBooth(id);
        panel.edit(m.duplicateBooth(id), edit);
        if (edit.result) panel.select({ kind: 'booth', id: edit.result });
      }}>${m.duplicate}</button>
      <button class="button danger" type="button"
        @click=${() => {
          panel.edit(m.deleteBooth(id), deleteItem({ kind: 'booth', id }));
          panel.select(null);
        }}>${m.delete}</button>
    </div>
  </section>`;
}
