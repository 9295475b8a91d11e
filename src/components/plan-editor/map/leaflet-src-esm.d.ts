// Leaflet 1.9.4's one-file ES build ships without types; it is the API @types/leaflet describes
// (with Geoman's additions, which @geoman-io/leaflet-geoman-free's types merge into 'leaflet').
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
