/** The live reachability report, for the editor: the data layer's (src/data/routing/reachability.ts), which `fairkit check` prints too. */
export {
  reachability,
  type KioskReach,
  type ReachabilityOptions,
  type ReachabilityReport,
} from '../../../data/routing/reachability.js';
