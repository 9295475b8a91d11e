import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { loadedRouting, loadRouting } from '../../data/venue.js';
import type { FairBoothSelectEvent, FairLevelChangeEvent, FairSearchSelectEvent } from '../../internal/events.js';
import { fairDatesAndVenue } from './attract.js';
import type { IdleController } from './idle-controller.js';
import type { KioskShell } from './kiosk-shell.js';
import type { OnScreenKeyboard } from './on-screen-keyboard.js';
import type { PanelArea } from './panel-area.js';
import { boothOfPanel } from './panel-booth.js';
import type { Visit } from './visit.js';

/** What the screen of a visit shows and what its controls do: the kiosk's parts and state, read at each render. */
export interface VisitScreen {
  /** Built ahead, beneath the attract screen: hidden, inert and out of the accessibility tree until a visit starts. */
  waiting?: boolean;
  /** The kiosk, by its public API: accessibility mode, its `locales` for the switcher, Home. */
  kiosk: ReactiveControllerHost & { accessible: boolean; locales?: string; home(): void };
  shell: KioskShell;
  visit: Visit;
  /**
   * Whether the map is left out for now: it waits a frame (a fair far longer than any real one: the rest of
   * the screen shows first), or a screen built ahead has not got to it yet.
   */
  mapLater: boolean;
  /** Whether the area under the map is left out for now (a screen built ahead has not got to it yet). */
  panelsLater?: boolean;
  /** Whether routes avoid stairs and escalators. */
  stepFree: boolean;
  /** The time "Happening now" is computed for. */
  now: Date;
  idle: IdleController;
  keyboard: OnScreenKeyboard;
  panels: PanelArea;
}

/**
 * A visit's screen: the fair's name and languages, the finder (search and
 * category chips) with its on-screen keyboard, the map, the area under it,
 * Back / Home / Accessibility, and "Still there?" when the kiosk asks.
 */
export function renderVisitScreen(v: VisitScreen): TemplateResult {
  const { kiosk, shell, visit } = v;
  const { view } = visit;
  const { fair } = shell.feed;
  const panel = view.panel;
  const mapBooth = boothOfPanel(shell, panel);
  // The route's words come with the panels' chunk (in before the first tap: a visit fetches it when it starts).
  const routeInfo =
    panel?.kind === 'route' ? v.panels.module?.routeInfoFor(shell, panel.id, { avoidStairs: v.stepFree }) : undefined;
  // The route engine not there yet (a panel opened from code before a visit): drawn again once it is.
  if ((panel?.kind === 'route' || panel?.kind === 'visit') && !loadedRouting())
    void loadRouting().then(() => kiosk.requestUpdate());
  // "Visit my list": one walk through its booths, in the order the route engine chose.
  const stops =
    panel?.kind === 'visit' ? v.panels.module?.visitPlanFor(shell, visit.saved, v.stepFree)?.order.join() : '';
  // No step-free way: the map shows where the booth is, never a line over stairs.
  const routeTo = panel?.kind === 'route' && !routeInfo?.noStepFreeWay ? panel.id : undefined;
  return html`<div class="shell main ${panel ? 'has-panel' : ''} ${v.keyboard.open ? 'typing' : ''} ${v.waiting ? 'waiting' : ''}"
      part="base" ?inert=${v.waiting} aria-hidden=${v.waiting ? 'true' : nothing}>
      <div class="header" part="header">
        ${fair.theme?.logo ? html`<img class="logo" src=${fair.theme.logo} alt="" />` : nothing}
        <div class="title">
          <h1>${shell.t(fair.name)}</h1>
          <p>${fairDatesAndVenue(fair, shell.locale, shell.t(fair.venue))}</p>
        </div>
        ${kiosk.accessible ? nothing : renderLanguages(v)}
      </div>
      ${renderFinder(v)}
      ${v.keyboard.renderKeys()}
      <div class="map-area">${
        v.mapLater
          ? nothing
          : html`
        <fair-booth-map
          part="map"
          exportparts="base: map-base"
          here=${shell.here ?? nothing}
          level=${visit.mapLevel ?? nothing}
          selected=${mapBooth?.id ?? nothing}
          category=${view.category ?? nothing}
          route-to=${routeTo ?? nothing}
          route-stops=${stops || nothing}
          ?avoid-stairs=${v.stepFree}
          controls=${kiosk.accessible ? 'bottom' : 'top'}
          @fair-booth-select=${(e: FairBoothSelectEvent) => shell.open({ kind: 'booth', id: e.detail.boothId })}
          @fair-level-change=${(e: FairLevelChangeEvent) => visit.set({ mapLevel: e.detail.level })}
        ></fair-booth-map>`
      }
      </div>
      ${v.panelsLater ? nothing : v.panels.render(shell, visit, { now: v.now, routeInfo, stepFree: v.stepFree })}
      ${renderNav(v)}
      ${v.idle.phase === 'warning' ? renderStillThere(v.idle) : nothing}
    </div>`;
}

function renderLanguages(v: VisitScreen): TemplateResult {
  return html`<fair-language-switcher compact class="languages" locales=${v.kiosk.locales ?? nothing}></fair-language-switcher>`;
}

function renderFinder(v: VisitScreen): TemplateResult {
  const { shell } = v;
  const categories = shell.feed.categories ?? [];
  const { visit } = v;
  const active = visit.view.category;
  return html`<div class="finder" part="finder">
      ${v.keyboard.renderSearchRow((e: FairSearchSelectEvent) => {
        const { kind, id } = e.detail;
        if (kind === 'category') visit.go({ category: id, panel: null });
        else shell.open({ kind, id });
      })}
      ${
        categories.length
          ? html`<div class="chips" role="group" aria-label=${msg('Categories')}>
            <button class="chip" part="chip" aria-pressed=${!active} @click=${() => visit.go({ category: null, panel: null })}>${msg('All')}</button>
            ${categories.map(
              (
                c,
              ) => html`<button class="chip" part="chip" aria-pressed=${active === c.id} style="--_chip:${c.color ?? 'var(--_primary)'}"
                @click=${() => visit.go({ category: active === c.id ? null : c.id, panel: null })}>
                <span class="dot" aria-hidden="true"></span>${shell.t(c.name)}</button>`,
            )}
          </div>`
          : nothing
      }
    </div>`;
}

function renderNav(v: VisitScreen): TemplateResult {
  const { kiosk, visit } = v;
  return html`<nav class="nav" part="nav" aria-label=${msg('Kiosk')}>
      <button class="nav-btn" part="button back" ?disabled=${!visit.canGoBack} @click=${() => visit.back()}>
        <span class="nav-icon" aria-hidden="true">←</span><span>${msg('Back')}</span></button>
      <button class="nav-btn" part="button home" @click=${() => kiosk.home()}>
        <span class="nav-icon" aria-hidden="true">⌂</span><span>${msg('Home')}</span></button>
      ${v.panels.module?.renderListEntry(visit)}
      ${kiosk.accessible ? renderLanguages(v) : nothing}
      <button class="nav-btn a11y" part="button accessibility" aria-pressed=${kiosk.accessible}
        @click=${() => {
          // Routes follow accessibility mode (step-free in it) until the visitor chooses.
          kiosk.accessible = !kiosk.accessible;
          visit.set({ stepFreeChoice: undefined });
        }}>
        <span class="nav-icon" aria-hidden="true">♿</span><span>${msg('Accessibility')}</span></button>
    </nav>`;
}

function renderStillThere(idle: IdleController): TemplateResult {
  const seconds = idle.secondsLeft;
  return html`<div class="scrim" part="still-there">
      <div class="still-there" role="alertdialog" aria-modal="true" aria-labelledby="still-title" aria-describedby="still-text">
        <h2 id="still-title">${msg('Still there?')}</h2>
        <p class="count" aria-hidden="true">${seconds}</p>
        <p id="still-text">${msg(str`The kiosk will start over in ${seconds} seconds.`)}</p>
        <button class="btn primary" part="button" @click=${() => idle.activity()}>${msg('I am still here')}</button>
      </div>
    </div>`;
}
