import { boothEnd, findRoute, placeEnd } from '../../data/routing.js';
import { stepText } from '../booth-map/directions.js';
import type { KioskContext } from './kiosk-context.js';
import type { RouteInfo } from './detail-panel.js';

/**
 * Walking time, distance and directions from the kiosk (`here`) to a booth,
 * in the words the map uses for the same route; undefined without `here`.
 */
export function routeInfoFor(ctx: KioskContext, boothId: string): RouteInfo | undefined {
  const place = ctx.here ? ctx.index.places.get(ctx.here) : undefined;
  const booth = ctx.index.booths.get(boothId);
  if (!place || !booth) return undefined;
  const to = boothEnd(ctx.feed, booth);
  if (!to) return undefined;
  const route = findRoute(ctx.feed, placeEnd(ctx.feed, place), to);
  const names = {
    locale: ctx.locale,
    place: (id: string | undefined) => (id ? ctx.t(ctx.index.places.get(id)?.name) : ''),
    level: (id: string) => ctx.t(ctx.feed.map.levels?.find((l) => l.id === id)?.name) || id,
    booth: booth.label ?? booth.id,
  };
  return { minutes: route.seconds / 60, meters: route.metres, steps: route.steps.map((s) => stepText(s, names)) };
}
