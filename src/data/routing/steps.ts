/**
 * Turns a found path into directions a visitor can follow: walks that end in
 * a left or right turn (at a landmark when one is near), changes of level by
 * stairs/elevator/escalator, and the arrival, with the side the booth is on.
 * Words are the element's job (msg()); this is the data behind them.
 */
import type { ConnectorKind } from './graph.js';
import { distance, turnAngle, type Metric, type Projector } from './geometry.js';
import type { PathPoint } from './path-search.js';
import { PLACE_KINDS, type Place } from '../types.js';

export type Turn = 'left' | 'right' | 'around';

export type RouteStep =
  /** Walk `metres`, then (when set) turn, optionally at a landmark place. */
  | { kind: 'walk'; metres: number; turn?: Turn; landmark?: string }
  /** Take `via` from level `from` to level `to`. */
  | { kind: 'level'; via: ConnectorKind; placeId?: string; from: string; to: string; up: boolean }
  /**
   * You are there; the destination is on `side` when known. On a walk through several booths
   * (`visitRoute`), `booth` is the label (else the id) of the booth this part arrives at.
   */
  | { kind: 'arrive'; side?: 'left' | 'right'; booth?: string };

/** Below this the path just bends with the aisle; not worth a word. */
const TURN_DEGREES = 30;
const AROUND_DEGREES = 150;
/** A place within this many metres of a turn names it ("turn left at the stage"). */
const LANDMARK_METRES = 12;
/** Hops shorter than this (stepping off a kiosk, into a booth) fold into their neighbours. */
const SHORT_HOP_METRES = 4;
/** A door this close to the aisle is "on your left/right", not a walk of its own. */
const LAST_HOP_METRES = 6;
/** Places a step may be described by ("past the restrooms"): every kind but the kiosk itself and parking. */
const LANDMARK_KINDS = new Set<string>(PLACE_KINDS.filter((kind) => kind !== 'kiosk' && kind !== 'parking'));

interface Walk {
  metres: number;
  turn?: Turn;
  landmark?: string;
}

export function routeSteps(
  points: readonly PathPoint[],
  places: readonly Place[],
  project: Projector,
  levels: readonly string[],
): RouteStep[] {
  const landmarks = places
    .filter((p) => LANDMARK_KINDS.has(p.kind))
    .map((p) => ({ id: p.id, level: p.level ?? levels[0], m: project(p.at, p.level ?? levels[0]) }));
  const nearestLandmark = (level: string, m: Metric): string | undefined => {
    let best: string | undefined;
    let bestDist = LANDMARK_METRES;
    for (const l of landmarks) {
      if (l.level !== level) continue;
      const d = distance(l.m, m);
      if (d <= bestDist) {
        bestDist = d;
        best = l.id;
      }
    }
    return best;
  };

  // Runs of points on one level, split where the path changes level.
  const runs: PathPoint[][] = [];
  for (const p of points) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1].level === p.level) run.push(p);
    else runs.push([p]);
  }

  const steps: RouteStep[] = [];
  let side: 'left' | 'right' | undefined;
  runs.forEach((run, r) => {
    const walks: Walk[] = [];
    let current: Walk = { metres: 0 };
    for (let i = 1; i < run.length; i++) {
      current.metres += distance(run[i - 1].m, run[i].m);
      if (i + 1 >= run.length) break;
      const angle = turnAngle(run[i - 1].m, run[i].m, run[i + 1].m);
      if (Math.abs(angle) < TURN_DEGREES) continue;
      current.turn = Math.abs(angle) >= AROUND_DEGREES ? 'around' : angle > 0 ? 'right' : 'left';
      current.landmark = nearestLandmark(run[i].level, run[i].m);
      walks.push(current);
      current = { metres: 0 };
    }
    walks.push(current);

    // Stepping off the kiosk onto the aisle: the visitor's facing is unknown, so no turn to name.
    if (walks.length > 1 && walks[0].metres < SHORT_HOP_METRES) {
      walks[1].metres += walks[0].metres;
      walks.shift();
    }
    const last = r === runs.length - 1;
    // The last hop into the booth: say which side it is on instead of "turn, walk 2 m".
    if (last && walks.length > 1 && walks[walks.length - 1].metres < LAST_HOP_METRES) {
      const hop = walks.pop()!;
      const before = walks[walks.length - 1];
      if (before.turn === 'left' || before.turn === 'right') side = before.turn;
      before.metres += hop.metres;
      before.turn = undefined;
      before.landmark = undefined;
    }
    for (const w of walks) if (w.metres >= 0.5 || w.turn) steps.push({ kind: 'walk', ...w });

    if (!last) {
      const at = run[run.length - 1];
      const next = runs[r + 1][0];
      const up = levels.indexOf(next.level) > levels.indexOf(at.level);
      const via = at.via && at.via !== 'aisle' && at.via !== 'link' ? at.via : 'stairs';
      steps.push({ kind: 'level', via, placeId: at.placeId, from: at.level, to: next.level, up });
    }
  });
  steps.push({ kind: 'arrive', side });
  return steps;
}
