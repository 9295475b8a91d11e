/**
 * The Levels panel: the plan's levels in order, the one shown marked; show
 * another, add one, give the shown one its names and its plan image (SVG,
 * PNG or JPG, its size read from the image), move levels up or down, remove
 * one (after a confirmation that says what goes with it).
 */
import { css, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { PlanLevel } from '../../../data/types.js';
import { editorMessages } from '../i18n.js';
import { messages } from './messages.js';
import { EditorPanel } from './panel-base.js';
import { isPlanImage, localPlanUrl, PLAN_IMAGE_ACCEPT, readPlanSize } from './plan-image.js';
import { renderTextFields } from './text-fields.js';
import { removalOf, removeLevel } from '../model/delete.js';
import { nextLevelId } from '../model/ids.js';
import { addLevel, moveLevel, renameLevel, setLevelImage } from '../model/levels.js';

const upIcon = html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M6 15l6-6 6 6" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/></svg>`;
const downIcon = html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M6 9l6 6 6-6" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/></svg>`;
const binIcon = html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M5 7h14M10 7V4h4v3M7 7l1 13h8l1-13" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/></svg>`;

/**
 * @summary Internal: the plan's levels (show, add, name, plan image, reorder, remove).
 */
export class FairPlanEditorLevels extends EditorPanel {
  static override styles = [
    ...EditorPanel.styles,
    css`
      .level-name {
        flex: 1;
        justify-content: flex-start;
        text-align: start;
        border-color: transparent;
        color: var(--_text);
        overflow-wrap: anywhere;
      }
      li[aria-current='true'] {
        border-color: var(--_primary);
        border-width: 2px;
      }
      li[aria-current='true'] .level-name {
        color: var(--_primary);
      }
      .current-mark {
        font-size: 0.8125em;
        font-weight: 600;
        color: var(--_muted);
      }
      .icon-button {
        padding: 0;
      }
      /* The browser's own file button speaks the browser's language: ours is a label of the hidden input. */
      .file-row {
        position: relative;
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 10px;
      }
      .file-row input[type='file'] {
        position: absolute;
        inline-size: 1px;
        block-size: 1px;
        opacity: 0;
      }
      .file-row .choose {
        display: inline-flex;
        align-items: center;
        min-block-size: var(--_field-touch);
        padding: 6px 14px;
        border: 1.5px solid var(--_primary);
        border-radius: calc(var(--_radius) * 0.6);
        background: var(--_surface);
        color: var(--_primary);
        font-weight: 600;
        cursor: pointer;
      }
      .file-row input[type='file']:focus-visible + .choose {
        outline: 3px solid var(--_primary);
        outline-offset: 2px;
      }
      dialog {
        inline-size: min(440px, calc(100vw - 32px));
      }
      dialog form {
        display: grid;
        gap: 14px;
        padding: 20px;
      }
      .actions {
        display: flex;
        justify-content: flex-end;
        gap: 8px;
      }
    `,
  ];

  /** The id of the level shown on the map. */
  @property() level = '';

  /**
   * Stores an uploaded plan image and gives the URL the feed keeps for it (the
   * host, e.g. `fairkit edit`, saves it beside the feed). Default: a `blob:`
   * URL, valid in this browser only, and a warning saying so.
   */
  @property({ attribute: false }) uploadImage?: (file: File) => Promise<string>;

  @state() private notice = '';
  @state() private noticeIsError = false;
  @state() private removing?: PlanLevel;
  @query('dialog') private confirmDialog!: HTMLDialogElement;

  private get levels(): PlanLevel[] {
    return this.feed?.map.type === 'plan' ? this.feed.map.levels : [];
  }

  private nameOf(level: PlanLevel): string {
    return this.t(level.name) || level.id;
  }

  private onAdd(): void {
    if (!this.feed) return;
    const n = this.num(this.levels.length + 1, 0);
    // The new level's name in each content language the editor speaks (else in the UI's).
    const name: Record<string, string> = {};
    for (const locale of this.contentLocales) name[locale] = editorMessages(messages, locale).newLevelName(n);
    const id = nextLevelId(this.feed);
    this.edit(this.m.addLevel, addLevel({ id, name }));
    this.select({ kind: 'level', id }, id);
  }

  private async onFile(level: PlanLevel, input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const m = this.m;
    if (!isPlanImage(file)) return this.say(m.imageUnreadable(file.name), true);
    let size: [number, number];
    try {
      size = await readPlanSize(file);
    } catch {
      return this.say(m.imageUnreadable(file.name), true);
    }
    const url = await (this.uploadImage ?? localPlanUrl)(file);
    this.say(this.uploadImage ? '' : m.imageLocal(file.name), false);
    this.edit(m.planImage, setLevelImage(level.id, url, size));
  }

  private say(text: string, error: boolean): void {
    this.notice = text;
    this.noticeIsError = error;
  }

  private async askRemove(level: PlanLevel): Promise<void> {
    this.removing = level;
    await this.updateComplete;
    this.confirmDialog.showModal();
  }

  private onConfirm(event: SubmitEvent): void {
    event.preventDefault();
    const level = this.removing;
    this.confirmDialog.close();
    if (!level) return;
    const index = this.levels.findIndex((l) => l.id === level.id);
    const next = this.levels[index + 1] ?? this.levels[index - 1];
    this.edit(this.m.removeLevelOf(this.nameOf(level)), removeLevel(level.id));
    if (next && this.level === level.id) this.select(null, next.id);
  }

  /**
   * Moves `level` to position `to`. Its row moves with it (keyed), focus too;
   * when the button pressed is then disabled (the level reached the top or the
   * bottom), focus goes to the other direction's button instead of the page.
   */
  private async move(level: PlanLevel, to: number, button: HTMLButtonElement): Promise<void> {
    const m = this.m;
    this.edit(to < this.levels.findIndex((l) => l.id === level.id) ? m.moveUp : m.moveDown, moveLevel(level.id, to));
    await this.updateComplete;
    if (button.disabled) button.parentElement?.querySelector<HTMLButtonElement>('.icon-button:not(:disabled)')?.focus();
  }

  private renderItem(level: PlanLevel, index: number) {
    const m = this.m;
    const name = this.nameOf(level);
    const current = level.id === this.level;
    const last = this.levels.length - 1;
    return html`<li aria-current=${current ? 'true' : 'false'}>
      <button class="button level-name" type="button" @click=${() => this.select({ kind: 'level', id: level.id }, level.id)}>
        <span>${name}</span>
        ${current ? html`<span class="current-mark">(${m.currentLevel})</span>` : nothing}
      </button>
      <button class="button icon-button" type="button" aria-label="${m.moveUp}: ${name}" title=${m.moveUp} ?disabled=${index === 0}
        @click=${(e: Event) => this.move(level, index - 1, e.currentTarget as HTMLButtonElement)}>${upIcon}</button>
      <button class="button icon-button" type="button" aria-label="${m.moveDown}: ${name}" title=${m.moveDown} ?disabled=${index === last}
        @click=${(e: Event) => this.move(level, index + 1, e.currentTarget as HTMLButtonElement)}>${downIcon}</button>
      <button class="button icon-button danger" type="button" aria-label=${m.removeLevelOf(name)} title=${m.removeLevel}
        ?disabled=${last === 0} @click=${() => this.askRemove(level)}>${binIcon}</button>
    </li>`;
  }

  private renderCurrent(level: PlanLevel) {
    const m = this.m;
    const name = this.nameOf(level);
    return html`<fieldset>
      <legend>${name}</legend>
      ${renderTextFields({
        id: `level-${level.id}`,
        value: level.name,
        locales: this.contentLocales,
        label: (locale) => m.nameIn(this.languageName(locale)),
        onCommit: (next) => this.edit(m.rename(name), renameLevel(level.id, next)),
      })}
      <div class="field">
        <label for="plan-file">${m.uploadPlan}</label>
        <div class="file-row">
          <input id="plan-file" type="file" accept=${PLAN_IMAGE_ACCEPT}
            @change=${(e: Event) => this.onFile(level, e.target as HTMLInputElement)} />
          <label class="choose" for="plan-file" aria-hidden="true">${m.choosePlan}</label>
          <span class="hint">${level.image ?? m.noPlanImage}${
            level.size ? html` · ${m.sizePixels(this.num(level.size[0], 0), this.num(level.size[1], 0))}` : nothing
          }</span>
        </div>
      </div>
      ${
        this.notice
          ? html`<p class=${this.noticeIsError ? 'error' : 'warning'} role=${this.noticeIsError ? 'alert' : 'status'}>${this.notice}</p>`
          : nothing
      }
    </fieldset>`;
  }

  private renderConfirm() {
    const m = this.m;
    const level = this.removing;
    const removed =
      level && this.feed && this.levels.length > 1 ? removalOf(this.feed, { kind: 'level', id: level.id }) : undefined;
    const counts = removed && {
      booths: removed.booths.length,
      places: removed.places.length,
      aisles: removed.paths.length,
    };
    return html`<dialog aria-labelledby="confirm-title" aria-describedby="confirm-text" @close=${() => (this.removing = undefined)}>
      ${
        level && counts
          ? html`<form method="dialog" @submit=${this.onConfirm}>
            <h2 id="confirm-title">${m.confirmRemove(this.nameOf(level))}</h2>
            <p id="confirm-text">${m.goesWith(
              m.booths(counts.booths, this.num(counts.booths, 0)),
              m.places(counts.places, this.num(counts.places, 0)),
              m.aisles(counts.aisles, this.num(counts.aisles, 0)),
            )}</p>
            <div class="actions">
              <button class="button" type="button" @click=${() => this.confirmDialog.close()}>${m.cancel}</button>
              <button class="button primary" type="submit">${m.removeLevel}</button>
            </div>
          </form>`
          : nothing
      }
    </dialog>`;
  }

  override render() {
    const m = this.m;
    const levels = this.levels;
    const current = levels.find((l) => l.id === this.level) ?? levels[0];
    return html`<section class="panel" aria-labelledby="levels-title">
      <h2 id="levels-title">${m.levels}</h2>
      <ul class="list">${repeat(
        levels,
        (l) => l.id,
        (l, i) => this.renderItem(l, i),
      )}</ul>
      <div class="row">
        <button class="button" type="button" @click=${this.onAdd}>${m.addLevel}</button>
      </div>
      ${current ? this.renderCurrent(current) : nothing}
      ${this.renderConfirm()}
    </section>`;
  }
}
