/** What the plan editor's end-to-end tests share: a sized fixture, the map's screen points, the row dialog. */
import { fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/plan-editor/define.js';
import type { FairPlanEditor } from '../../src/components/plan-editor/plan-editor.js';
import type { FairFeed, Point } from '../../src/data/types.js';
import { eventually, tap, tapAt, typeKeys } from '../harness.js';

/** A new fair: one empty 1600×1000 px level (0.1 m a pixel), no booths, no places. */
export function emptyFeed(): FairFeed {
  return {
    version: 1,
    fair: {
      id: `e2e-${Math.random().toString(36).slice(2)}`,
      name: { en: 'Test fair', vi: 'Hội chợ thử' },
      locales: ['vi', 'en'],
    },
    map: { type: 'plan', levels: [{ id: 'L1', name: 'Ground', size: [1600, 1000] }] },
    booths: [],
  };
}

/** The editor at 1920×1080, filling the window, on `feed` (or `src`). */
/** One level, an aisle from booth A01 to the kiosk, and booth Z99 far from every aisle (unreachable). */
export function cutOffFeed(): FairFeed {
  const feed = emptyFeed();
  feed.booths = [
    { id: 'A01', label: 'A01', level: 'L1', rect: [100, 360, 30, 30], door: [115, 390] },
    { id: 'Z99', label: 'Z99', level: 'L1', rect: [1400, 100, 30, 30], door: [1415, 130] },
  ];
  feed.paths = [
    {
      level: 'L1',
      points: [
        [100, 390],
        [600, 390],
      ],
    },
  ];
  feed.places = [{ id: 'kiosk-1', kind: 'kiosk', level: 'L1', at: [600, 390] }];
  return feed;
}

export async function editorFixture(options: { feed?: FairFeed; src?: string }): Promise<FairPlanEditor> {
  await setViewport({ width: 1920, height: 1080 });
  document.body.style.margin = '0';
  const el = await fixture<FairPlanEditor>(
    html`<fair-plan-editor style="--fair-plan-editor-height: 1080px" .feed=${options.feed} src=${options.src ?? ''}></fair-plan-editor>`,
  );
  if (options.src) await eventually(() => !!el.feed, true, 'the feed loaded', 5000);
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return el;
}

export function shadow(el: FairPlanEditor): ShadowRoot {
  return el.shadowRoot!;
}

/** The screen point of a plan point on the editor's map. */
export function screenOf(el: FairPlanEditor, point: Point): { x: number; y: number } {
  return el.map!.clientPoint(point);
}

export async function useTool(el: FairPlanEditor, tool: string): Promise<void> {
  await tap(shadow(el).querySelector(`[data-tool="${tool}"]`)!);
}

/** Clicks at plan points, one after the other, then lets the editor render. */
export async function clickPlan(el: FairPlanEditor, ...points: Point[]): Promise<void> {
  for (const p of points) await tapAt(screenOf(el, p));
  await el.updateComplete;
}

/** Fills the row dialog's `count` (and keeps its other defaults), then creates the row. */
export async function answerRowDialog(el: FairPlanEditor, count: number): Promise<void> {
  const dialog = shadow(el).querySelector('fair-plan-editor-row-dialog')!;
  await eventually(() => !!dialog.shadowRoot?.querySelector('dialog[open]'), true, 'the row dialog opened');
  const field = dialog.shadowRoot!.querySelector<HTMLInputElement>('#count')!;
  await tap(field);
  await chord('Control', 'a');
  await typeKeys(String(count));
  await tap(dialog.shadowRoot!.querySelector('button[type="submit"]')!);
  await eventually(() => !!dialog.shadowRoot?.querySelector('dialog[open]'), false, 'the row dialog closed');
  await el.updateComplete;
}

/** A key with a modifier held (`chord('Control', 'z')`). */
export async function chord(modifier: string, key: string): Promise<void> {
  await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  await sendKeys({ up: modifier });
}
