import { css } from 'lit';
import { leafletStyles } from './leaflet.styles.gen.js';
import { mapControlStyles } from './map-controls.styles.js';
import { mapMarkerStyles } from './map-markers.styles.js';
import { mapPanelStyles } from './map-panels.styles.js';

/** The map's frame: its size, the stage the map fills, and Leaflet's pieces in the kit's type. */
const frameStyles = css`
  :host {
    --_route: var(--fair-booth-map-route-color, #1565c0);
    --_selected: var(--fair-booth-map-selected-color, #c2410c);
    --_plan: var(--fair-booth-map-plan-color, var(--_surface));
    --_here: var(--fair-booth-map-here-color, var(--_primary));
    display: block;
    position: relative;
    /* Leaflet's panes and controls use z-indexes up to 1000: keep them inside the map,
       so a search dropdown or a dialog of the page still opens above it. */
    isolation: isolate;
    height: var(--fair-booth-map-height, 512px);
    min-height: 192px;
    /* As wide as the line, also where a plain block would shrink to its content (a vertical page, where the
       kit's horizontal box is an orthogonal flow): with size containment it would shrink to 0 px. */
    inline-size: -webkit-fill-available;
    inline-size: stretch;
    container-type: size;
  }

  .frame {
    position: relative;
    display: grid;
    grid-template: 'stage' minmax(0, 1fr) / minmax(0, 1fr);
    /* The host's height (100cqh of its size container); when a page's CSS undoes
       the host's own rules ("* { all: unset }"), still the documented height. */
    height: var(--fair-booth-map-height, 100cqh);
    min-height: 192px;
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-2);
  }
  .frame.has-route {
    grid-template: 'stage' minmax(0, 1fr) 'route' auto / minmax(0, 1fr);
  }
  /* A side panel only on landscape screens: on a portrait kiosk the steps go under the map. */
  @container (min-width: 896px) and (orientation: landscape) {
    .frame.has-route {
      grid-template: 'route stage' minmax(0, 1fr) / minmax(256px, 352px) minmax(0, 1fr);
    }
  }

  .stage,
  .list {
    grid-area: stage;
    position: relative;
    min-height: 0;
  }
  .stage[hidden] {
    display: none;
  }
  .map {
    position: absolute;
    inset: 0;
    background: var(--_surface-2);
    font: inherit;
    /* The map handles every gesture itself: no page zoom, scroll or text selection while using it. */
    touch-action: none;
    user-select: none;
    -webkit-user-select: none;
    -webkit-touch-callout: none;
  }
  .map:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: -3px;
  }

  .leaflet-container {
    font: inherit;
  }
  .leaflet-control-attribution {
    font-size: 11px;
  }
`;

/**
 * Everything the map draws with, after `sharedStyles`, in cascade order:
 * Leaflet's own rules (the pieces the map uses, generated from leaflet.css by
 * scripts/gen-assets.js), the frame, the controls (map-controls.styles.ts),
 * what is drawn over the plan (map-markers.styles.ts) and the route and list
 * panels (map-panels.styles.ts).
 */
export const boothMapStyles = [leafletStyles, frameStyles, mapControlStyles, mapMarkerStyles, mapPanelStyles];
