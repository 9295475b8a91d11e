// Leaflet 1.9.4 ships its ES module build without types; it is the same API as the UMD build @types/leaflet describes.
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
