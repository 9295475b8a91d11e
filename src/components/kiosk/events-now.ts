import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { FairEvent } from '../../data/types.js';
import { dateTimeFormat } from '../../i18n/intl.js';
import type { KioskContext } from './kiosk-context.js';

/** An event with its times parsed. */
export interface TimedEvent {
  event: FairEvent;
  start: Date;
  end: Date;
}

/** Without an `end`, an event is taken to last an hour. */
const DEFAULT_LENGTH_MS = 60 * 60 * 1000;

/** `YYYY-MM-DD` of `date` in `timeZone` (the fair's, not the kiosk computer's). */
export function dayIn(date: Date, timeZone: string | undefined): string {
  return dateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

/**
 * What is on now, and what comes next today (in the fair's time zone); when
 * nothing is left today, the next events of the coming days.
 */
export function eventsAround(events: readonly FairEvent[] | undefined, now: Date, timeZone?: string, maxNext = 4) {
  const timed: TimedEvent[] = [];
  for (const event of events ?? []) {
    const start = new Date(event.start);
    if (Number.isNaN(start.getTime())) continue;
    const parsedEnd = event.end ? new Date(event.end) : undefined;
    const end = parsedEnd && !Number.isNaN(parsedEnd.getTime()) ? parsedEnd : new Date(start.getTime() + DEFAULT_LENGTH_MS);
    timed.push({ event, start, end });
  }
  timed.sort((a, b) => a.start.getTime() - b.start.getTime());
  const t = now.getTime();
  const today = dayIn(now, timeZone);
  const current = timed.filter((e) => e.start.getTime() <= t && t < e.end.getTime());
  const later = timed.filter((e) => e.start.getTime() > t);
  const laterToday = later.filter((e) => dayIn(e.start, timeZone) === today);
  return {
    now: current,
    next: (laterToday.length ? laterToday : later).slice(0, maxNext),
    nextIsToday: laterToday.length > 0,
  };
}

/** An event's times in the fair's time zone, e.g. "10:00–11:00" (with the day when `withDay`). */
export function timeRange(ctx: KioskContext, e: TimedEvent, withDay: boolean): string {
  const timeZone = ctx.feed.fair.timezone;
  const options: Intl.DateTimeFormatOptions = { timeZone, hour: 'numeric', minute: '2-digit' };
  if (withDay) Object.assign(options, { weekday: 'short', day: 'numeric', month: 'short' });
  return dateTimeFormat(ctx.locale, options).formatRange(e.start, e.end);
}

/** Where an event is: its booth's name or its place's. */
export function whereOf(ctx: KioskContext, event: FairEvent): string {
  if (event.booth) {
    const booth = ctx.index.booths.get(event.booth);
    return booth ? ctx.t(booth.name) || booth.label || booth.id : '';
  }
  if (event.place) return ctx.t(ctx.index.places.get(event.place)?.name);
  return '';
}

function renderEvent(ctx: KioskContext, e: TimedEvent, live: boolean, withDay: boolean): TemplateResult {
  const where = whereOf(ctx, e.event);
  const onMap = e.event.booth ?? e.event.place;
  return html`<li class="event ${live ? 'live' : ''}" part="event">
    <div class="event-time">${live ? html`<span class="badge live-badge">${msg('Now')}</span>` : nothing}
      <span>${timeRange(ctx, e, withDay)}</span></div>
    <div class="event-title">${ctx.t(e.event.title)}</div>
    ${where ? html`<div class="event-where">${where}</div>` : nothing}
    ${onMap
      ? html`<button class="btn secondary" part="button" @click=${() => ctx.showEventOnMap(e.event)}>
          ${msg('Show on map')}</button>`
      : nothing}
  </li>`;
}

/** The "happening now and next" panel. */
export function renderEventsNow(ctx: KioskContext, now: Date): TemplateResult {
  const { now: current, next, nextIsToday } = eventsAround(ctx.feed.events, now, ctx.feed.fair.timezone);
  if (!current.length && !next.length) {
    return html`<p class="empty">${msg('No events are planned for the rest of the fair.')}</p>`;
  }
  return html`
    ${current.length
      ? html`<h2 class="list-heading">${msg('Happening now')}</h2>
          <ul class="events" role="list">${current.map((e) => renderEvent(ctx, e, true, false))}</ul>`
      : html`<p class="empty">${msg('Nothing is on right now.')}</p>`}
    ${next.length
      ? html`<h2 class="list-heading">${nextIsToday ? msg('Later today') : msg('Coming up')}</h2>
          <ul class="events" role="list">${next.map((e) => renderEvent(ctx, e, false, !nextIsToday))}</ul>`
      : nothing}`;
}
