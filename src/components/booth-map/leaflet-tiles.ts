/**
 * Geographic tiles and their attribution, split from the adapter so that
 * only geo maps load them (`loadTiles()`): a plan map, the common case at a
 * fair, never downloads Leaflet's grid and tile layers.
 */
import { attribution } from 'leaflet/src/control/Control.Attribution.js';
import { tileLayer } from 'leaflet/src/layer/tile/TileLayer.js';
import type { LayerGroup, LeafletMap } from './leaflet-adapter.js';

const LEAFLET_CREDIT = '<a href="https://leafletjs.com" target="_blank" rel="noopener">Leaflet</a>';

/** Adds the tile layer to `layers`, and the attribution control (once) to `map`. `html` is already escaped. */
export function addTiles(map: LeafletMap, layers: LayerGroup, url: string, html: string): void {
  if (!map.attributionControl) {
    map.attributionControl = attribution({ prefix: LEAFLET_CREDIT }).addTo(map);
  }
  tileLayer(url, { attribution: html, maxZoom: 21, maxNativeZoom: 19 }).addTo(layers);
}
