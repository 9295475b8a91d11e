/**
 * The inspector: the side panel that edits what is selected (a booth, a
 * place, an aisle or a level), or says what to do when nothing is.
 */
import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { sameSelection, type Selection } from '../model/selection.js';
import { renderBooth, type BoothDraft } from './inspector-booth.js';
import { renderAisle, renderLevel, renderPlace } from './inspector-venue.js';
import { EditorPanel } from './panel-base.js';

/**
 * @summary Internal: edits the selected booth, place, aisle or level.
 * @fires plan-editor-edit - An edit to apply (`detail: { label, edit }`).
 * @fires plan-editor-select - A new selection (after a rename, a duplicate, a delete).
 * @fires plan-editor-tool - "Set scale by drawing a line": `detail: { tool: 'scale' }`.
 */
export class FairPlanEditorInspector extends EditorPanel {
  /** The selected item, or null. */
  @property({ attribute: false }) selection: Selection | null = null;

  @state() private boothDraft: BoothDraft = { producerQuery: '' };
  @state() private scaleTyped?: string;

  override willUpdate(changed: PropertyValues<this>): void {
    const before = changed.get('selection');
    if (changed.has('selection') && !sameSelection(before, this.selection)) {
      this.boothDraft = { producerQuery: '' };
      this.scaleTyped = undefined;
    }
  }

  override render() {
    const feed = this.feed;
    const s = this.selection;
    if (feed && s?.kind === 'booth') {
      const booth = feed.booths.find((b) => b.id === s.id);
      if (booth)
        return renderBooth(this, booth, this.boothDraft, (next) => (this.boothDraft = { ...this.boothDraft, ...next }));
    } else if (feed && s?.kind === 'place') {
      const place = feed.places?.find((p) => p.id === s.id);
      if (place) return renderPlace(this, place);
    } else if (feed && s?.kind === 'path') {
      const index = Number(s.id);
      const path = feed.paths?.[index];
      if (path) return renderAisle(this, path, index);
    } else if (feed && s?.kind === 'level' && feed.map.type === 'plan') {
      const level = feed.map.levels.find((l) => l.id === s.id);
      if (level) return renderLevel(this, level, this.scaleTyped, (v) => (this.scaleTyped = v));
    }
    return this.renderHelp();
  }

  private renderHelp() {
    const m = this.m;
    return html`<section class="panel" aria-labelledby="inspector-title">
      <h2 id="inspector-title">${m.nothingSelected}</h2>
      <ul class="help">
        ${m.help.map((line) => html`<li>${line}</li>`)}
      </ul>
    </section>`;
  }
}
