/**
 * The plan editor's model, for the element, the map and the panels: the undo
 * history, the selection, every edit (each a function returning an `Edit` for
 * `EditHistory.apply`), the geometry and snapping helpers, the reachability
 * report and the export. Pure TypeScript: no DOM, no Leaflet.
 */
export { EditHistory, type Edit } from './history.js';
export { sameSelection, type Selection } from './selection.js';
export { EditError, editWith, type EditWith } from './edit.js';
export { KEY_ORDER } from './keys.js';
export {
  DEFAULT_METRES_PER_PIXEL,
  levelOf,
  metresPerPixel,
  pixelLength,
  scaleFromLine,
  toMetres,
  toPixels,
} from './units.js';
export { code, nextBoothId, nextLevelId, nextPlaceId, parseCode, type CodePattern } from './ids.js';
export {
  boxOf,
  convexOverlap,
  outlineOf,
  pointInPolygon,
  polygonCentre,
  rectOutline,
  type Geometry,
  type Rect,
} from './geometry.js';
export {
  addLevel,
  changeLevelId,
  moveLevel,
  renameLevel,
  setLevelImage,
  setLevelScale,
  setLevelScaleFromLine,
  type NewLevel,
} from './levels.js';
export {
  addBooth,
  assignProducer,
  duplicateBooth,
  moveBooth,
  newBooth,
  resizeBooth,
  rotateBooth,
  setBoothFields,
  setBoothGeometry,
  setBoothLevel,
  unassignProducer,
  type BoothFields,
  type NewBooth,
} from './booths.js';
export { aisleSegments, clearDoor, defaultDoor, setDoor } from './door.js';
export { deleteItem, removalOf, removeLevel, type Removed } from './delete.js';
export { boothRow, planBoothRow, type RowOptions, type RowPlan } from './row.js';
export { snapToGrid, snapToNeighbours, type NeighbourSnap, type SnapOptions } from './snap.js';
export {
  addPath,
  addPlace,
  movePath,
  movePlace,
  movePlaceBy,
  setPlaceFields,
  updatePath,
  type NewPlace,
  type PlaceFields,
} from './venue.js';
export { nudge } from './nudge.js';
export { reachability, type KioskReach, type ReachabilityOptions, type ReachabilityReport } from './reachability.js';
export { exportFeed, inOrderOf } from './export.js';
