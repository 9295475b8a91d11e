import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { ProgrammeItem } from '../../data/types.js';
import { dateTimeFormat } from '../../i18n/intl.js';
import type { KioskShell } from './kiosk-shell.js';

/** An event with its times parsed. */
export interface TimedEvent {
  event: ProgrammeItem;
  start: Date;
  end: Date;
}

/** Without an `end`, an event is taken to last an hour. */
const DEFAULT_LENGTH_MS = 60 * 60 * 1000;

/** `YYYY-MM-DD` of `date` in `timeZone` (the fair's, not the kiosk computer's). */
function dayIn(date: Date, timeZone: string | undefined): string {
  return dateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

/**
 * What is on now, and what comes next today (in the fair's time zone); when
 * nothing is left today, the next events of the coming days.
 */
export function eventsAround(events: readonly ProgrammeItem[] | undefined, now: Date, timeZone?: string, maxNext = 4) {
  const timed: TimedEvent[] = [];
  for (const event of events ?? []) {
    const start = new Date(event.start);
    if (Number.isNaN(start.getTime())) continue;
    const parsedEnd = event.end ? new Date(event.end) : undefined;
    const end =
      parsedEnd && !Number.isNaN(parsedEnd.getTime()) ? parsedEnd : new Date(start.getTime() + DEFAULT_LENGTH_MS);
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
export function timeRange(shell: KioskShell, e: TimedEvent, withDay: boolean): string {
  const timeZone = shell.feed.fair.timezone;
  const options: Intl.DateTimeFormatOptions = { timeZone, hour: 'numeric', minute: '2-digit' };
  if (withDay) Object.assign(options, { weekday: 'short', day: 'numeric', month: 'short' });
  return dateTimeFormat(shell.locale, options).formatRange(e.start, e.end);
}

/** Where an event is: its booth's name or its place's. */
export function whereOf(shell: KioskShell, event: ProgrammeItem): string {
  if (event.booth) {
    const booth = shell.index.booths.get(event.booth);
    return booth ? shell.t(booth.name) || booth.label || booth.id : '';
  }
  if (event.place) return shell.t(shell.index.places.get(event.place)?.name);
  return '';
}

function renderEvent(shell: KioskShell, e: TimedEvent, live: boolean, withDay: boolean): TemplateResult {
  const where = whereOf(shell, e.event);
  const onMap = e.event.booth ?? e.event.place;
  return html`<li class="event ${live ? 'live' : ''}" part="event">
    <div class="event-time">${live ? html`<span class="badge live-badge">${msg('Now')}</span>` : nothing}
      <span>${timeRange(shell, e, withDay)}</span></div>
    <div class="event-title">${shell.t(e.event.title)}</div>
    ${where ? html`<div class="event-where">${where}</div>` : nothing}
    ${
      onMap
        ? html`<button class="btn secondary" part="button" @click=${() => shell.showEventOnMap(e.event)}>
          ${msg('Show on map')}</button>`
        : nothing
    }
  </li>`;
}

/** The "happening now and next" panel. */
export function renderEventsNow(shell: KioskShell, now: Date): TemplateResult {
  const { now: current, next, nextIsToday } = eventsAround(shell.feed.events, now, shell.feed.fair.timezone);
  if (!current.length && !next.length) {
    return html`<p class="empty">${msg('No events are planned for the rest of the fair.')}</p>`;
  }
  return html`
    ${
      current.length
        ? html`<h2 class="list-heading">${msg('Happening now')}</h2>
          <ul class="events" role="list">${current.map((e) => renderEvent(shell, e, true, false))}</ul>`
        : html`<p class="empty">${msg('Nothing is on right now.')}</p>`
    }
    ${
      next.length
        ? html`<h2 class="list-heading">${nextIsToday ? msg('Later today') : msg('Coming up')}</h2>
          <ul class="events" role="list">${next.map((e) => renderEvent(shell, e, false, !nextIsToday))}</ul>`
        : nothing
    }`;
}
