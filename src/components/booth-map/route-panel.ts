/**
 * The booth map's route panel: the way to the booth in `route-to` (or through
 * the booths in `route-stops`), its distance and time, the steps in words, a
 * notice when no step-free way exists, and the "Avoid stairs" choice where the
 * venue has stairs or lifts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { VisitRoute } from '../../data/routing/routing.js';
import { routeSummary, stepFreeUnavailableText, stepText, type DirectionNames } from './directions.js';

/**
 * The panel for `route` (to one booth or through several); `names` says the
 * places and levels in the visitor's language; `avoidStairs` is offered (and
 * changed through `setAvoidStairs`) when `hasConnectors`.
 */
export function routePanel(
  route: VisitRoute,
  places: Omit<DirectionNames, 'booth'>,
  hasConnectors: boolean,
  avoidStairs: boolean,
  setAvoidStairs: (on: boolean) => void,
): TemplateResult {
  const { stops, parts } = route;
  // The notice names the first stop with no step-free way to it.
  const i = Math.max(
    0,
    parts.findIndex((p) => p.stepFreeUnavailable),
  );
  const names = { ...places, booth: stops[i].label };
  const label = stops.map((s) => s.label).join(', ');
  return html`<section class="route" part="route" aria-labelledby="route-title" tabindex="0">
      <h2 id="route-title">${stops[1] ? msg(str`Way through booths ${label}`) : msg(str`Way to booth ${label}`)}</h2>
      <p class="summary">${routeSummary(route, names.locale)}</p>
      ${
        route.stepFreeUnavailable
          ? html`<p class="notice" part="notice" role="status">${stepFreeUnavailableText(parts[i], names)}</p>`
          : nothing
      }
      ${
        hasConnectors
          ? html`<label class="avoid"><input type="checkbox" .checked=${avoidStairs} @change=${(e: Event) => setAvoidStairs((e.target as HTMLInputElement).checked)} />${msg('Avoid stairs')}</label>`
          : nothing
      }
      <ol class="steps">
        ${route.steps.map((step) => html`<li class=${step.kind}>${stepText(step, names)}</li>`)}
      </ol>
    </section>`;
}
