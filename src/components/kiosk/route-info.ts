import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { boothEnd, loadedRouting, placeEnd } from '../../data/venue.js';
import { stepFreeUnavailableText, stepText } from '../booth-map/directions.js';
import type { KioskShell } from './kiosk-shell.js';
import type { RouteInfo } from './panel-booth.js';

/**
 * Walking time, distance and directions from the kiosk (`here`) to a booth,
 * in the words the map uses for the same route; undefined without `here`.
 * With `avoidStairs` the way uses elevators only, and when there is no such
 * way it says so (`noStepFreeWay`) instead of giving the way over stairs.
 */
export function routeInfoFor(
  shell: KioskShell,
  boothId: string,
  options: { avoidStairs?: boolean } = {},
): RouteInfo | undefined {
  // The route engine loads when a visit starts (see the kiosk's start()); until then, no route yet.
  const routing = loadedRouting();
  if (!routing) return undefined;
  const place = shell.here ? shell.index.places.get(shell.here) : undefined;
  const booth = shell.index.booths.get(boothId);
  if (!place || !booth) return undefined;
  const to = boothEnd(shell.feed, booth);
  if (!to) return undefined;
  const route = routing.findRoute(shell.feed, placeEnd(shell.feed, place), to, { avoidStairs: options.avoidStairs });
  const names = {
    locale: shell.locale,
    place: (id: string | undefined) => (id ? shell.t(shell.index.places.get(id)?.name) : ''),
    level: (id: string) => shell.t(shell.feed.map.levels?.find((l) => l.id === id)?.name) || id,
    booth: booth.label ?? booth.id,
  };
  if (route.stepFreeUnavailable) return { noStepFreeWay: stepFreeUnavailableText(route, names) };
  return { minutes: route.seconds / 60, meters: route.metres, steps: route.steps.map((s) => stepText(s, names)) };
}

/**
 * The route panel's step-free choice, always in view: a toggle for visitors
 * with wheelchairs, prams or trolleys (on by default in accessibility mode).
 */
export function renderStepFreeChoice(on: boolean, toggle: () => void): TemplateResult {
  return html`<button class="step-free" part="button step-free" aria-pressed=${on} @click=${toggle}>
    <span class="switch" aria-hidden="true"></span>
    <span class="step-free-text">
      <span class="step-free-title">${msg('Step-free route')}</span>
      <span class="step-free-detail">${msg('Elevators only, no stairs or escalators: for wheelchairs, prams and trolleys.')}</span>
    </span>
  </button>`;
}

/** Said plainly instead of a way over stairs, when there is no step-free way. */
export function renderNoStepFreeWay(text: string): TemplateResult {
  return html`<div class="no-step-free" part="no-step-free">
    <p class="no-step-free-text">${text}</p>
    <p>${msg('To see the way with stairs or escalators, turn off “Step-free route”.')}</p>
  </div>`;
}
