/**
 * The Problems panel: the feed checker's problems with the feed as it is now,
 * errors first, then warnings, each one a button that selects the booth,
 * place, aisle or level it is about; then the live reachability report: the
 * booths no kiosk's visitor can walk to, per kiosk, and the booths with no
 * step-free way.
 */
import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Problem, Severity, Text } from '../../../data/types.js';
import { validateFeed } from '../../../data/validate.js';
import { reachability, type ReachabilityReport } from '../model/reachability.js';
import { EditorPanel } from './panel-base.js';
import { problemTarget } from './problem-target.js';

/**
 * @summary Internal: the checker's problems and the reachability report; a click selects the item.
 * @fires plan-editor-select - A problem or a booth was clicked: select its item and show its level.
 */
export class FairPlanEditorProblems extends EditorPanel {
  static override styles = [
    ...EditorPanel.styles,
    css`
      .problem {
        inline-size: 100%;
        justify-content: flex-start;
        text-align: start;
        border-color: var(--_border);
        color: var(--_text);
        font-weight: 400;
        overflow-wrap: anywhere;
      }
      .problem.error-item {
        border-inline-start: 4px solid var(--_danger);
      }
      .problem.warning-item {
        border-inline-start: 4px solid var(--_accent);
      }
      .list.plain > li {
        display: block;
        min-block-size: 0;
        padding: 0;
        border: 0;
        background: none;
      }
      .static {
        display: block;
        padding: 8px 12px;
      }
      code {
        font-family: ui-monospace, Menlo, Consolas, monospace;
        font-size: 0.875em;
        color: var(--_muted);
      }
      .booths {
        display: flex;
        flex-wrap: wrap;
        gap: 6px;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .ok {
        color: var(--_text);
      }
    `,
  ];

  /** The checker's problems with `feed` (the element passes `validateFeed(feed).problems`); computed here when not given. */
  @property({ attribute: false }) problems?: Problem[];

  /** MODEL's `reachability(feed)`; computed here when not given. */
  @property({ attribute: false }) reachability?: ReachabilityReport;

  @state() private computed?: { problems: Problem[]; report: ReachabilityReport };

  override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('feed') && !changed.has('problems') && !changed.has('reachability')) return;
    const feed = this.feed;
    this.computed =
      feed && (!this.problems || !this.reachability)
        ? {
            problems: this.problems ?? validateFeed(feed).problems,
            report: this.reachability ?? reachability(feed),
          }
        : undefined;
  }

  private get shownProblems(): Problem[] {
    return this.problems ?? this.computed?.problems ?? [];
  }

  private get report(): ReachabilityReport | undefined {
    return this.reachability ?? this.computed?.report;
  }

  private renderGroup(severity: Severity, title: string) {
    const list = this.shownProblems.filter((p) => p.severity === severity);
    if (!list.length) return nothing;
    const feed = this.feed!;
    return html`<section aria-labelledby="${severity}-title">
      <h3 id="${severity}-title">${title} (${this.num(list.length, 0)})</h3>
      <ul class="list plain">
        ${list.map((problem) => {
          const target = problemTarget(feed, problem.path);
          const where = html`<code>${problem.path || this.m.whole}</code>`;
          return html`<li class="bare">
            ${
              target
                ? html`<button class="button problem ${severity}-item" type="button"
                  @click=${() => this.select(target.selection, target.level)}>
                  <span>${problem.message} ${where}</span>
                </button>`
                : html`<span class="problem static ${severity}-item">${problem.message} ${where}</span>`
            }
          </li>`;
        })}
      </ul>
    </section>`;
  }

  private boothButtons(ids: string[]) {
    const booths = new Map(this.feed!.booths.map((b) => [b.id, b]));
    return html`<ul class="booths">
      ${ids.map((id) => {
        const booth = booths.get(id);
        return html`<li>
          <button class="button" type="button" @click=${() => this.select({ kind: 'booth', id }, booth?.level ?? this.firstLevel)}>
            ${booth?.label ?? id}
          </button>
        </li>`;
      })}
    </ul>`;
  }

  private get firstLevel(): string | undefined {
    return this.feed?.map.levels?.[0]?.id;
  }

  /** A kiosk by its name and id ("You are here (kiosk-1)"): kiosks are often all named alike. */
  private kioskName(name: Text | undefined, id: string): string {
    const text = this.t(name);
    return text && text !== id ? `${text} (${id})` : id;
  }

  private renderReach() {
    const m = this.m;
    const report = this.report;
    if (!report || !this.feed) return nothing;
    const places = new Map((this.feed.places ?? []).map((p) => [p.id, p]));
    const cut = report.kiosks.filter((k) => k.unreachable.length);
    return html`<section aria-labelledby="reach-title">
      <h3 id="reach-title">${m.reachability}</h3>
      ${
        !report.kiosks.length
          ? html`<p class="warning">${m.noKiosk}</p>`
          : html`${
              cut.length
                ? cut.map(
                    (k) => html`<p>${m.unreachableFrom(this.kioskName(places.get(k.kiosk)?.name, k.kiosk))}</p>
                    ${this.boothButtons(k.unreachable)}`,
                  )
                : html`<p class="ok">${m.allReachable}</p>`
            }
            ${
              report.noStepFree.length
                ? html`<p>${m.noStepFree}</p>
                  ${this.boothButtons(report.noStepFree)}`
                : html`<p class="ok">${m.allStepFree}</p>`
            }`
      }
    </section>`;
  }

  override render() {
    const m = this.m;
    return html`<section class="panel" aria-labelledby="problems-title">
      <h2 id="problems-title">${m.problems}</h2>
      ${
        this.shownProblems.length
          ? html`${this.renderGroup('error', m.errors)} ${this.renderGroup('warning', m.warnings)}`
          : html`<p class="ok">${m.noProblems}</p>`
      }
      ${this.renderReach()}
    </section>`;
  }
}
