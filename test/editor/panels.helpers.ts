/**
 * The panel tests' host: a panel of the plan editor on a feed, with what
 * `<fair-plan-editor>` does around it — each `plan-editor-edit` applied to an
 * EditHistory and the new feed handed back down, each `plan-editor-select`
 * recorded and its selection and level handed back down.
 */
import { fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { PlanEditorSelectEvent } from '../../src/components/plan-editor/events.js';
import { EditHistory } from '../../src/components/plan-editor/model/history.js';
import type { Selection } from '../../src/components/plan-editor/model/selection.js';
import { panelDependencies } from '../../src/components/plan-editor/panels/index.js';
import { SAMPLE_FEEDS } from '../../src/data/samples/index.js';
import type { FairFeed } from '../../src/data/types.js';
import { defineElement } from '../../src/internal/define.js';
import { deepQueryAll, settle } from '../harness.js';

for (const [tag, ctor] of Object.entries(panelDependencies)) defineElement(tag, ctor);

let sonLaJson: FairFeed | undefined;
/** The Son La sample (two levels, vi/en/zh-Hans), a fresh copy. */
export async function sonLa(): Promise<FairFeed> {
  sonLaJson ??= (await (await fetch(SAMPLE_FEEDS.sonLa)).json()) as FairFeed;
  return structuredClone(sonLaJson);
}

type Tag = keyof typeof panelDependencies;
type Props = { feed?: FairFeed; selection?: Selection | null; level?: string; [key: string]: unknown };

export interface PanelHost<T extends HTMLElement> {
  el: T;
  history: EditHistory;
  /** Labels of the edits applied, in order. */
  edits: string[];
  /** Details of the select events, in order. */
  selects: PlanEditorSelectEvent['detail'][];
}

/** Renders `tag` 400 px wide with `props`, wired like the editor wires it. */
export async function panelFixture<K extends Tag>(tag: K, props: Props): Promise<PanelHost<HTMLElementTagNameMap[K]>> {
  await setViewport({ width: 1200, height: 900 });
  const page = await fixture<HTMLElement>(html`<div style="inline-size: 400px"></div>`);
  const el = document.createElement(tag);
  Object.assign(el, props);
  const history = new EditHistory(props.feed!);
  const host: PanelHost<HTMLElementTagNameMap[K]> = { el, history, edits: [], selects: [] };
  el.addEventListener('plan-editor-edit', (e) => {
    history.apply(e.detail.label, e.detail.edit);
    host.edits.push(e.detail.label);
    (el as { feed?: FairFeed }).feed = history.feed;
  });
  el.addEventListener('plan-editor-select', (e) => {
    host.selects.push(e.detail);
    const target = el as { selection?: Selection | null; level?: string };
    target.selection = e.detail.selection;
    if (e.detail.level !== undefined && 'level' in props) target.level = e.detail.level;
  });
  history.addEventListener('change', () => ((el as { feed?: FairFeed }).feed = history.feed));
  page.append(el);
  await settle(el);
  return host;
}

/** The first element in `el`'s shadow root matching `selector` whose text (or aria-label) includes `text`. */
export function find<T extends HTMLElement = HTMLElement>(el: Element, selector: string, text?: string): T {
  const all = deepQueryAll<T>(el, selector);
  const found =
    text === undefined
      ? all[0]
      : all.find((e) => (e.getAttribute('aria-label') ?? e.textContent ?? '').replace(/\s+/g, ' ').includes(text));
  if (!found) throw new Error(`No ${selector}${text === undefined ? '' : ` with "${text}"`} in <${el.localName}>`);
  return found;
}

/** The input labelled `label` in `el`'s shadow root. */
export function field<T extends HTMLElement = HTMLInputElement>(el: Element, label: string): T {
  const labels = [...el.shadowRoot!.querySelectorAll('label')];
  const match = labels.find((l) => l.textContent.replace(/\s+/g, ' ').trim() === label);
  const control = (match?.control ?? null) as T | null;
  if (!control)
    throw new Error(
      `No field labelled "${label}" in <${el.localName}> (labels: ${labels.map((l) => l.textContent.trim()).join(' | ')})`,
    );
  return control;
}

/** Controls smaller than 44 × 44 px (their text), for an assertion that lists them. */
export function smallTargets(el: Element): string[] {
  return deepQueryAll<HTMLElement>(el, 'button, input:not([type=checkbox]):not([type=file]), select, label.chip')
    .filter((c) => c.checkVisibility())
    .filter((c) => {
      const r = c.getBoundingClientRect();
      return r.height < 44 || r.width < 44;
    })
    .map((c) => `${c.localName} "${(c.getAttribute('aria-label') ?? c.textContent ?? '').trim()}"`);
}
