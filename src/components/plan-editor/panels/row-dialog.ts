/**
 * The row tool's dialog: after the organizer draws the row's line on the map,
 * the map asks here how many booths, their size and gap in metres, and how to
 * number them (prefix, first number, step, digits, one or both sides of an
 * aisle), with the numbering previewed live ("A01 … A10"). A native modal
 * `<dialog>`, so focus moves in, stays in and comes back by itself.
 */
import { css, html, nothing } from 'lit';
import { query, state } from 'lit/decorators.js';
import { code } from '../model/ids.js';
import { planBoothRow, type RowOptions, type RowPlan } from '../model/row.js';
import { EditorPanel } from './panel-base.js';

/** The fields the dialog asks for (MODEL's `RowOptions` besides the line and its level). */
export type RowParameters = Required<
  Pick<
    RowOptions,
    | 'count'
    | 'width'
    | 'depth'
    | 'gap'
    | 'prefix'
    | 'start'
    | 'step'
    | 'digits'
    | 'bothSides'
    | 'aisleWidth'
    | 'side'
    | 'numbering'
  >
>;

export const DEFAULT_ROW: RowParameters = {
  count: 10,
  width: 3,
  depth: 3,
  gap: 0,
  prefix: 'A',
  start: 1,
  step: 1,
  digits: 2,
  bothSides: false,
  aisleWidth: 3,
  side: 'left',
  numbering: 'sequence',
};

type NumberField = 'count' | 'width' | 'depth' | 'gap' | 'start' | 'step' | 'digits' | 'aisleWidth';
/** Each numeric field's bounds and whether it is a whole number. */
const LIMITS: Record<NumberField, { min: number; max: number; whole: boolean }> = {
  count: { min: 1, max: 500, whole: true },
  width: { min: 0.5, max: 100, whole: false },
  depth: { min: 0.5, max: 100, whole: false },
  gap: { min: 0, max: 50, whole: false },
  start: { min: 0, max: 99999, whole: true },
  step: { min: 1, max: 100, whole: true },
  digits: { min: 1, max: 6, whole: true },
  aisleWidth: { min: 0.5, max: 50, whole: false },
};

/** The codes a row with `p` gets, in numbering order, when no booth holds any of them yet. */
export function rowCodes(p: RowParameters): string[] {
  const total = p.count * (p.bothSides ? 2 : 1);
  return Array.from({ length: total }, (_, i) => code(p.prefix, p.start + i * p.step, p.digits));
}

/**
 * @summary Internal: the row tool's parameters, asked in a modal dialog.
 */
export class FairPlanEditorRowDialog extends EditorPanel {
  static override styles = [
    ...EditorPanel.styles,
    css`
      dialog {
        inline-size: min(560px, calc(100vw - 32px));
        max-block-size: calc(100dvh - 32px);
      }
      form {
        display: grid;
        gap: 14px;
        padding: 20px;
      }
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(150px, 1fr));
        gap: 12px;
      }
      .check {
        display: flex;
        align-items: center;
        gap: 10px;
        min-block-size: var(--_field-touch);
        cursor: pointer;
        font-weight: 600;
      }
      .check input {
        inline-size: 22px;
        block-size: 22px;
        margin: 0;
        accent-color: var(--_primary);
      }
      output {
        font-size: 1.125em;
        font-weight: 700;
      }
      .actions {
        display: flex;
        justify-content: flex-end;
        gap: 8px;
      }
    `,
  ];

  @state() private values: RowParameters = { ...DEFAULT_ROW };
  /** The line drawn and its level, when the map gave them: the preview is then the real plan (codes in use passed over). */
  private line?: Pick<RowOptions, 'level' | 'from' | 'to'>;
  /** What is typed in each numeric field (kept as typed, so an invalid value can be shown and fixed). */
  @state() private typed: Partial<Record<NumberField, string>> = {};
  @query('dialog') private dialog!: HTMLDialogElement;
  private resolve?: (value: RowOptions | undefined) => void;
  private defaults: Partial<RowOptions> = {};

  /** How many booths of `p` fit along the line per side (undefined without a line). */
  private fitting(p: RowParameters): number | undefined {
    const plan = this.plan({ ...p, count: undefined } as unknown as RowParameters);
    return plan ? plan.ids.length / (p.bothSides ? 2 : 1) : undefined;
  }

  /** MODEL's plan of the row on the current feed, or undefined without a line (or when it cannot be made). */
  private plan(p: RowParameters): RowPlan | undefined {
    if (!this.line || !this.feed) return undefined;
    try {
      return planBoothRow(this.feed, { ...this.defaults, ...p, ...this.line });
    } catch {
      return undefined;
    }
  }

  /**
   * Opens the dialog with `defaults` filled in (the line drawn, `level`,
   * `from`, `to`, and any of the parameters); resolves on "Create booths" with
   * `defaults` and the parameters as typed (the options of `boothRow`), or
   * with undefined on Cancel or Escape. With a line and no `count`, the count
   * proposed is as many booths as fit along it.
   */
  async ask(defaults: Partial<RowOptions> = {}): Promise<RowOptions | undefined> {
    this.resolve?.(undefined);
    const { level, from, to } = defaults;
    this.line = level !== undefined && from && to ? { level, from, to } : undefined;
    this.defaults = defaults;
    const count = defaults.count ?? this.fitting({ ...DEFAULT_ROW, ...defaults });
    this.values = { ...DEFAULT_ROW, ...defaults, ...(count ? { count } : {}) };
    this.typed = {};
    await this.updateComplete;
    this.dialog.showModal();
    return new Promise((resolve) => (this.resolve = resolve));
  }

  /** The value a numeric field holds now, or undefined when what is typed there is not allowed. */
  private numberOf(field: NumberField): number | undefined {
    const raw = this.typed[field];
    if (raw === undefined) return this.values[field];
    const value = Number(raw.trim().replace(',', '.'));
    const { min, max, whole } = LIMITS[field];
    if (!raw.trim() || !Number.isFinite(value) || value < min || value > max || (whole && !Number.isInteger(value)))
      return undefined;
    return value;
  }

  /** The parameters as typed, or undefined while a field is invalid. */
  private current(): RowParameters | undefined {
    const out = { ...this.values };
    for (const field of Object.keys(LIMITS) as NumberField[]) {
      const value = this.numberOf(field);
      if (value === undefined) return undefined;
      out[field] = value;
    }
    return out;
  }

  private finish(value: RowOptions | undefined): void {
    const resolve = this.resolve;
    this.resolve = undefined;
    if (this.dialog.open) this.dialog.close();
    resolve?.(value);
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const value = this.current();
    if (value) this.finish({ ...this.defaults, ...value } as RowOptions);
  }

  private numberField(field: NumberField, label: string) {
    const { min, max, whole } = LIMITS[field];
    const invalid = this.numberOf(field) === undefined;
    const shown = this.typed[field] ?? String(this.values[field]);
    return html`<div class="field">
      <label for=${field}>${label}</label>
      <input
        id=${field}
        name=${field}
        type="number"
        inputmode=${whole ? 'numeric' : 'decimal'}
        min=${min}
        max=${max}
        step=${whole ? 1 : 0.1}
        required
        .value=${shown}
        aria-invalid=${invalid ? 'true' : 'false'}
        @input=${(e: Event) => (this.typed = { ...this.typed, [field]: (e.target as HTMLInputElement).value })}
      />
    </div>`;
  }

  private choice<K extends 'side' | 'numbering'>(field: K, label: string, options: [RowParameters[K], string][]) {
    return html`<div class="field">
      <label for=${field}>${label}</label>
      <select id=${field} name=${field}
        @change=${(e: Event) => (this.values = { ...this.values, [field]: (e.target as HTMLSelectElement).value })}>
        ${options.map(([value, text]) => html`<option value=${value} ?selected=${this.values[field] === value}>${text}</option>`)}
      </select>
    </div>`;
  }

  override render() {
    const m = this.m;
    const current = this.current();
    const plan = current && this.plan(current);
    const codes = plan ? plan.ids : current ? rowCodes(current) : [];
    return html`<dialog aria-labelledby="row-title" @close=${() => this.finish(undefined)}>
      <form method="dialog" novalidate @submit=${this.onSubmit}>
        <h2 id="row-title">${m.rowTitle}</h2>
        <div class="grid">
          ${this.numberField('count', m.count)} ${this.numberField('width', m.rowWidth)}
          ${this.numberField('depth', m.rowDepth)} ${this.numberField('gap', m.gap)}
        </div>
        <div class="grid">
          <div class="field">
            <label for="prefix">${m.prefix}</label>
            <input
              id="prefix"
              name="prefix"
              autocomplete="off"
              .value=${this.values.prefix}
              @input=${(e: Event) => (this.values = { ...this.values, prefix: (e.target as HTMLInputElement).value })}
            />
          </div>
          ${this.numberField('start', m.start)} ${this.numberField('step', m.step)}
          ${this.numberField('digits', m.digits)}
        </div>
        <label class="check">
          <input
            type="checkbox"
            name="bothSides"
            .checked=${this.values.bothSides}
            @change=${(e: Event) =>
              (this.values = { ...this.values, bothSides: (e.target as HTMLInputElement).checked })}
          />
          ${m.bothSides}
        </label>
        <div class="grid">
          ${
            this.values.bothSides
              ? html`${this.numberField('aisleWidth', m.aisleWidth)}
                ${this.choice('numbering', m.numberingOrder, [
                  ['sequence', m.numberingSequence],
                  ['odd-even', m.numberingOddEven],
                ])}`
              : this.choice('side', m.side, [
                  ['left', m.sideLeft],
                  ['right', m.sideRight],
                ])
          }
        </div>
        <div class="field">
          <span class="label" id="numbering-label">${m.numbering}</span>
          <output aria-labelledby="numbering-label" aria-live="polite"
            >${
              codes.length
                ? codes.length === 1
                  ? codes[0]
                  : m.numberingRange(codes[0], codes[codes.length - 1])
                : nothing
            }</output
          >
          ${current ? nothing : html`<p class="error" role="alert">${m.rowInvalid}</p>`}
          ${plan?.skipped.length ? html`<p class="hint">${m.rowSkipped(plan.skipped.join(', '))}</p>` : nothing}
          ${plan?.overlaps.length ? html`<p class="warning">${m.rowOverlaps(plan.overlaps.join(', '))}</p>` : nothing}
        </div>
        <div class="actions">
          <button class="button" type="button" @click=${() => this.finish(undefined)}>${m.cancel}</button>
          <button class="button primary" type="submit" ?disabled=${!current}>${m.createRow}</button>
        </div>
      </form>
    </dialog>`;
  }
}
