import { msg, str } from '@lit/localize';
import { boothEnd, findRoute, placeEnd, type RouteStep } from '../../data/routing.js';
import type { KioskContext } from './kiosk-context.js';
import type { RouteInfo } from './detail-panel.js';

function metres(ctx: KioskContext, m: number): string {
  const rounded = m < 20 ? Math.max(1, Math.round(m)) : Math.round(m / 5) * 5;
  return new Intl.NumberFormat(ctx.locale, { style: 'unit', unit: 'meter', maximumFractionDigits: 0 }).format(rounded);
}

/** One step of the route in words (the map draws the line; this is what a visitor reads). */
function describe(ctx: KioskContext, step: RouteStep): string {
  switch (step.kind) {
    case 'walk': {
      const d = metres(ctx, step.metres);
      const at = step.landmark ? ctx.t(ctx.index.places.get(step.landmark)?.name) : '';
      if (step.turn === 'left') return at ? msg(str`Walk ${d}, then turn left at ${at}`) : msg(str`Walk ${d}, then turn left`);
      if (step.turn === 'right') return at ? msg(str`Walk ${d}, then turn right at ${at}`) : msg(str`Walk ${d}, then turn right`);
      if (step.turn === 'around') return msg(str`Walk ${d}, then turn around`);
      return msg(str`Walk ${d} straight on`);
    }
    case 'level': {
      const level = ctx.feed.map.levels?.find((l) => l.id === step.to);
      const name = ctx.t(level?.name) || step.to;
      if (step.via === 'elevator') return msg(str`Take the elevator to ${name}`);
      if (step.via === 'escalator') return msg(str`Take the escalator to ${name}`);
      return step.up ? msg(str`Take the stairs up to ${name}`) : msg(str`Take the stairs down to ${name}`);
    }
    case 'arrive':
      if (step.side === 'left') return msg('The booth is on your left');
      if (step.side === 'right') return msg('The booth is on your right');
      return msg('You have arrived');
  }
}

/** Walking time, distance and directions from the kiosk (`here`) to a booth; undefined without `here`. */
export function routeInfoFor(ctx: KioskContext, boothId: string): RouteInfo | undefined {
  const place = ctx.here ? ctx.index.places.get(ctx.here) : undefined;
  const booth = ctx.index.booths.get(boothId);
  if (!place || !booth) return undefined;
  const to = boothEnd(ctx.feed, booth);
  if (!to) return undefined;
  const route = findRoute(ctx.feed, placeEnd(ctx.feed, place), to);
  return { minutes: route.seconds / 60, meters: route.metres, steps: route.steps.map((s) => describe(ctx, s)) };
}
