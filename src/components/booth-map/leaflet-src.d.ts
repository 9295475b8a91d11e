// Leaflet 1.9.4 ships its ES sources without types; they are the API @types/leaflet describes.
declare module 'leaflet/src/map/Map.js' {
  export { Map, map as createMap } from 'leaflet';
}
declare module 'leaflet/src/geo/crs/CRS.Simple.js' {
  export const Simple: typeof import('leaflet').CRS.Simple;
}
declare module 'leaflet/src/geo/crs/CRS.EPSG3857.js' {
  export const EPSG3857: typeof import('leaflet').CRS.EPSG3857;
}
declare module 'leaflet/src/geo/LatLngBounds.js' {
  export { latLngBounds as toLatLngBounds } from 'leaflet';
}
declare module 'leaflet/src/layer/ImageOverlay.js' {
  export { imageOverlay } from 'leaflet';
}
declare module 'leaflet/src/layer/LayerGroup.js' {
  export { layerGroup } from 'leaflet';
}
declare module 'leaflet/src/layer/Layer.js' {
  export { Layer } from 'leaflet';
}
declare module 'leaflet/src/dom/DomUtil.js' {
  export const setPosition: typeof import('leaflet').DomUtil.setPosition;
}
declare module 'leaflet/src/layer/tile/TileLayer.js' {
  export { tileLayer } from 'leaflet';
}
declare module 'leaflet/src/layer/vector/Canvas.js' {
  export { canvas } from 'leaflet';
}
declare module 'leaflet/src/layer/vector/Polygon.js' {
  export { polygon } from 'leaflet';
}
declare module 'leaflet/src/layer/vector/Polyline.js' {
  export { polyline } from 'leaflet';
}
declare module 'leaflet/src/layer/vector/Rectangle.js' {
  export { rectangle } from 'leaflet';
}
declare module 'leaflet/src/layer/vector/SVG.js' {
  export { svg } from 'leaflet';
}
// Modules imported for what they register on Map.
declare module 'leaflet/src/map/handler/Map.Drag.js';
declare module 'leaflet/src/map/handler/Map.TouchZoom.js';
declare module 'leaflet/src/map/handler/Map.ScrollWheelZoom.js';
declare module 'leaflet/src/map/handler/Map.DoubleClickZoom.js';
declare module 'leaflet/src/map/handler/Map.Keyboard.js';
declare module 'leaflet/src/control/Control.Attribution.js' {
  export { control } from 'leaflet';
  export const attribution: typeof import('leaflet').control.attribution;
}
declare module 'leaflet/src/layer/vector/Renderer.getRenderer.js';
declare module 'leaflet/src/control/Control.js';
