import { html, nothing, svg, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Fair, FairFeed, Point } from '../../data/types.js';
import { boothOutline, polygonCentre } from '../../data/venue.js';
import { dateTimeFormat } from '../../i18n/intl.js';
import { uiLocaleFor } from '../../i18n/locale.js';
import { buildScene, categoryColor, levelOf } from '../booth-map/scene.js';
import { eventsAround, timeRange, whereOf, type TimedEvent } from './events-now.js';
import type { KioskShell } from './kiosk-shell.js';
import { autonym, lineInVisitorLanguage, multilingual } from './multilingual.js';

export interface AttractOptions {
  fair: Fair;
  /** Localized fair name and venue. */
  name: string;
  venue: string;
  locale: string;
  /** The languages a visitor can pick. */
  languages: readonly string[];
  start(locale?: string): void;
  /** The fair (plan, categories, events), for the glimpse of it above the name; none without. */
  shell?: KioskShell;
  /** The time "Happening now" is computed for. */
  now?: Date;
  /** Starts a visit with a category chosen (a tap on a category chip). */
  startWithCategory?(category: string): void;
}

/** The fair's dates and venue under its name (attract screen and header): "24–29 December 2025 · Hanoi". */
export function fairDatesAndVenue(fair: Fair, locale: string, venue: string): string {
  return [formatFairDates(fair.dates, locale), venue].filter(Boolean).join(' · ');
}

/** The fair's dates, e.g. "24–29 December 2025", in the visitor's language (dates are calendar days: no time zone shift). */
function formatFairDates(dates: Fair['dates'], locale: string): string {
  if (!dates?.start) return '';
  const start = new Date(`${dates.start}T12:00:00Z`);
  const end = new Date(`${dates.end || dates.start}T12:00:00Z`);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return '';
  try {
    return dateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).formatRange(
      start,
      end,
    );
  } catch {
    return `${dates.start} – ${dates.end}`;
  }
}

/** The plan of one level as a few SVG paths (one per category colour): no map engine, a handful of nodes however many booths. */
interface Glimpse {
  level: string;
  viewBox: [number, number, number, number];
  image?: string;
  fills: { color: string; d: string }[];
  here?: Point;
  /** Plan point → drawing point (geo maps: lat/lng → metres east and south). */
  project(p: Point): Point;
}

/** Categories shown as chips on the attract screen: a glimpse, not the full list the finder has. */
const MAX_CATEGORIES = 8;
/** Drawn once per feed (and kiosk place): the attract screen comes back after every visit. */
const glimpses = new WeakMap<FairFeed, { here?: string; glimpse: Glimpse | null }>();

function glimpseOf(shell: KioskShell): Glimpse | null {
  const { feed } = shell;
  const cached = glimpses.get(feed);
  if (cached && cached.here === shell.here) return cached.glimpse;
  const herePlace = shell.here ? shell.index.places.get(shell.here) : undefined;
  // The kiosk's own level: the one a visitor is standing on.
  const level = herePlace ? levelOf(feed, herePlace) : levelOf(feed, {});
  const { scene } = buildScene({ feed, index: shell.index, level, here: shell.here, hereLabel: '', t: () => '' });
  let glimpse: Glimpse | null = null;
  if (scene.booths.length) {
    let project = (p: Point): Point => p;
    if (feed.map.type === 'geo') {
      const lat0 = ((scene.extent[0][0] + scene.extent[1][0]) / 2) * (Math.PI / 180);
      const east = 111_320 * Math.cos(lat0);
      project = ([lat, lng]) => [lng * east, -lat * 110_540];
    }
    const [a, b] = scene.extent.map(project);
    const x = Math.min(a[0], b[0]);
    const y = Math.min(a[1], b[1]);
    const paths = new Map<string, string[]>();
    const round = (n: number) => Math.round(n * 10) / 10;
    for (const booth of scene.booths) {
      const d =
        booth.outline
          .map((p, i) => `${i ? 'L' : 'M'}${round(project(p)[0] - x)} ${round(project(p)[1] - y)}`)
          .join('') + 'Z';
      paths.set(booth.color, [...(paths.get(booth.color) ?? []), d]);
    }
    const shift = (p: Point): Point => {
      const [px, py] = project(p);
      return [px - x, py - y];
    };
    glimpse = {
      level,
      viewBox: [0, 0, Math.abs(b[0] - a[0]), Math.abs(b[1] - a[1])],
      image: scene.image,
      fills: [...paths].map(([color, d]) => ({ color, d: d.join('') })),
      here: scene.here ? shift(scene.here.at) : undefined,
      project: shift,
    };
  }
  glimpses.set(feed, { here: shell.here, glimpse });
  return glimpse;
}

/** Where on the plan an event is (its booth's middle or its place), if on the glimpse's level. */
function eventPoint(shell: KioskShell, glimpse: Glimpse, e: TimedEvent): Point | undefined {
  const booth = e.event.booth ? shell.index.booths.get(e.event.booth) : undefined;
  if (booth) {
    if (levelOf(shell.feed, booth) !== glimpse.level) return undefined;
    const outline = boothOutline(booth);
    return outline && glimpse.project(polygonCentre(outline));
  }
  const place = e.event.place ? shell.index.places.get(e.event.place) : undefined;
  return place && levelOf(shell.feed, place) === glimpse.level ? glimpse.project(place.at) : undefined;
}

function renderPlan(glimpse: Glimpse, live: Point | undefined): TemplateResult {
  const [, , w, h] = glimpse.viewBox;
  const r = Math.max(w, h) * 0.018;
  return html`<svg class="attract-plan" viewBox=${glimpse.viewBox.join(' ')} preserveAspectRatio="xMidYMid meet"
    role="img" aria-label=${msg('Plan of the fair')} focusable="false">
    <rect class="sheet" width=${w} height=${h} rx=${r}></rect>
    ${glimpse.image ? svg`<image href=${glimpse.image} width=${w} height=${h} preserveAspectRatio="none"></image>` : nothing}
    ${glimpse.fills.map((f) => svg`<path class="booths" d=${f.d} fill=${f.color}></path>`)}
    ${live ? svg`<circle class="live-spot" cx=${live[0]} cy=${live[1]} r=${r * 1.6}></circle>` : nothing}
    ${glimpse.here ? svg`<circle class="here-spot" cx=${glimpse.here[0]} cy=${glimpse.here[1]} r=${r}></circle>` : nothing}
  </svg>`;
}

/** What is on now (else next): at most two, the first shown on the plan. */
function renderOnNow(shell: KioskShell, now: Date): { template: TemplateResult | typeof nothing; first?: TimedEvent } {
  const around = eventsAround(shell.feed.events, now, shell.feed.fair.timezone, 2);
  const live = around.now.length > 0;
  const shown = (live ? around.now : around.next).slice(0, 2);
  if (!shown.length) return { template: nothing };
  const heading = live ? msg('Happening now') : around.nextIsToday ? msg('Later today') : msg('Coming up');
  return {
    first: live ? shown[0] : undefined,
    template: html`<section class="attract-events" aria-labelledby="attract-events-heading">
      <h2 class="attract-events-heading" id="attract-events-heading">${heading}</h2>
      <ul class="attract-event-list" role="list">
        ${shown.map((e) => {
          const where = whereOf(shell, e.event);
          return html`<li class="attract-event ${live ? 'live' : ''}">
            <span class="attract-event-time">${timeRange(shell, e, !live && !around.nextIsToday)}</span>
            <span class="attract-event-title">${shell.t(e.event.title)}</span>
            ${where ? html`<span class="attract-event-where">${where}</span>` : nothing}
          </li>`;
        })}
      </ul>
    </section>`,
  };
}

/** The fair at work above its name: a glimpse of the plan and what is on now. */
function renderShowcase(shell: KioskShell, now: Date): TemplateResult | typeof nothing {
  const glimpse = glimpseOf(shell);
  const events = renderOnNow(shell, now);
  if (!glimpse && events.template === nothing) return nothing;
  return html`<div class="attract-showcase ${glimpse ? '' : 'no-plan'} ${events.template === nothing ? 'no-events' : ''}" part="showcase">
    ${glimpse ? renderPlan(glimpse, events.first && eventPoint(shell, glimpse, events.first)) : nothing}
    ${events.template}
  </div>`;
}

/** The fair's categories (the plan's colours): a tap starts the visit with that category shown. */
function renderCategories(o: AttractOptions, shell: KioskShell): TemplateResult | typeof nothing {
  const categories = (shell.feed.categories ?? []).slice(0, MAX_CATEGORIES);
  if (!categories.length) return nothing;
  return html`<div class="attract-categories" role="group" aria-label=${msg('Categories')}>
    ${categories.map(
      (c) => html`<button class="chip" part="chip" style="--_chip:${categoryColor(shell.feed, c.id)}"
        @click=${() => (o.startWithCategory ? o.startWithCategory(c.id) : o.start())}>
        <span class="dot" aria-hidden="true"></span>${shell.t(c.name)}</button>`,
    )}
  </div>`;
}

/**
 * The attract screen: what a passer-by sees on an idle kiosk. The fair in its
 * own colours, at work: a glimpse of the plan, what is on now and the
 * categories; and "Touch to start" in several languages at once. A touch
 * anywhere starts in the fair's language, a language button starts in that
 * one, a category starts with that category shown.
 */
export function renderAttract(o: AttractOptions): TemplateResult {
  // The visitor's own language from the translation catalogue; the others from the multilingual table.
  const current = uiLocaleFor(o.locale);
  const lines = multilingual('touch', o.languages, 4).map((line) =>
    line.lang === current ? { ...line, text: lineInVisitorLanguage('touch') } : line,
  );
  const logo = o.fair.theme?.logo;
  // eslint-disable-next-line lit-a11y/click-events-have-key-events -- a tap anywhere starts; keys have the Start button
  return html`<section class="attract" part="attract" @click=${(e: Event) => {
    if (!(e.target as Element).closest?.('button')) o.start();
  }}>
    <div class="attract-glow" aria-hidden="true"></div>
    ${o.shell ? renderShowcase(o.shell, o.now ?? new Date()) : nothing}
    <div class="attract-body">
      ${logo ? html`<img class="attract-logo" src=${logo} alt="" />` : nothing}
      <h1 class="attract-title" part="title">${o.name}</h1>
      <p class="attract-meta">${fairDatesAndVenue(o.fair, o.locale, o.venue)}</p>
      <button class="attract-start" part="start" @click=${() => o.start()}>
        <span class="pulse" aria-hidden="true"></span>
        <span class="touch-lines">
          ${lines.map((l, i) => html`<span class="touch-line ${i === 0 ? 'first' : ''}" lang=${l.lang}>${l.text}</span>`)}
        </span>
      </button>
    </div>
    ${o.shell ? renderCategories(o, o.shell) : nothing}
    ${
      o.languages.length > 1
        ? html`<nav class="attract-languages" aria-label=${msg('Choose your language')}>
          ${o.languages.map(
            (l) =>
              html`<button class="lang" part="language" lang=${l} @click=${() => o.start(l)}>${autonym(l)}</button>`,
          )}
        </nav>`
        : nothing
    }
  </section>`;
}
