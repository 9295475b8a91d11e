/**
 * The booth map's route panel: the way to the booth in `route-to`, its
 * distance and time, the steps in words, a notice when no step-free way
 * exists, and the "Avoid stairs" choice where the venue has stairs or lifts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Route } from '../../data/routing/routing.js';
import { routeSummary, stepFreeUnavailableText, stepText, type DirectionNames } from './directions.js';

/**
 * The panel for `route`; `names` says the booth, places and levels in the
 * visitor's language; `avoidStairs` is offered (and changed through
 * `setAvoidStairs`) when `hasConnectors`.
 */
export function routePanel(
  route: Route,
  names: DirectionNames,
  hasConnectors: boolean,
  avoidStairs: boolean,
  setAvoidStairs: (on: boolean) => void,
): TemplateResult {
  const label = names.booth;
  return html`<section class="route" part="route" aria-labelledby="route-title">
      <h2 id="route-title">${msg(str`Way to booth ${label}`)}</h2>
      <p class="summary">${routeSummary(route, names.locale)}</p>
      ${
        route.stepFreeUnavailable
          ? html`<p class="notice" part="notice" role="status">${stepFreeUnavailableText(route, names)}</p>`
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
