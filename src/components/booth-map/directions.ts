/**
 * Route steps and summaries in the visitor's language. Each sentence is one
 * whole message (no gluing of fragments), so translators can order words as
 * their language needs.
 */
import { msg, str } from '@lit/localize';
import type { Route, RouteStep } from '../../data/routing/routing.js';
import { numberFormat } from '../../i18n/intl.js';

export interface DirectionNames {
  locale: string;
  place(id: string | undefined): string;
  level(id: string): string;
  booth: string;
}

export function formatMetres(metres: number, locale: string): string {
  const rounded = metres >= 100 ? Math.round(metres / 5) * 5 : Math.max(1, Math.round(metres));
  return numberFormat(locale, { style: 'unit', unit: 'meter', maximumFractionDigits: 0 }).format(rounded);
}

/** "59 m · about 1 minute" */
export function routeSummary(route: Route, locale: string): string {
  const distance = formatMetres(route.metres, locale);
  const minutes = Math.round(route.seconds / 60);
  if (minutes < 1) return msg(str`${distance} · under a minute`, { desc: 'Walking distance and time of a route' });
  const time = numberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(minutes);
  return msg(str`${distance} · about ${time}`, { desc: 'Walking distance and time of a route' });
}

export function stepText(step: RouteStep, names: DirectionNames): string {
  switch (step.kind) {
    case 'walk': {
      const distance = formatMetres(step.metres, names.locale);
      const at = step.landmark ? names.place(step.landmark) : '';
      if (step.turn === 'left')
        return at ? msg(str`Walk ${distance}, then turn left at ${at}.`) : msg(str`Walk ${distance}, then turn left.`);
      if (step.turn === 'right')
        return at
          ? msg(str`Walk ${distance}, then turn right at ${at}.`)
          : msg(str`Walk ${distance}, then turn right.`);
      if (step.turn === 'around') return msg(str`Walk ${distance}, then turn around.`);
      return msg(str`Walk ${distance}.`);
    }
    case 'level': {
      const level = names.level(step.to);
      if (step.via === 'elevator') return msg(str`Take the elevator to ${level}.`);
      if (step.via === 'escalator')
        return step.up ? msg(str`Take the escalator up to ${level}.`) : msg(str`Take the escalator down to ${level}.`);
      return step.up ? msg(str`Take the stairs up to ${level}.`) : msg(str`Take the stairs down to ${level}.`);
    }
    case 'arrive': {
      const booth = step.booth ?? names.booth;
      if (step.side === 'left') return msg(str`Booth ${booth} is on your left.`);
      if (step.side === 'right') return msg(str`Booth ${booth} is on your right.`);
      return msg(str`You have arrived at booth ${booth}.`);
    }
  }
}

/**
 * What to say when a step-free route was asked for and there is none
 * (`route.stepFreeUnavailable`): plainly, the level (or, on one level, the
 * booth) that cannot be reached without stairs or escalators.
 */
export function stepFreeUnavailableText(route: Route, names: DirectionNames): string {
  const from = route.legs[0]?.level;
  const to = route.legs[route.legs.length - 1]?.level;
  if (to !== undefined && from !== to) {
    const level = names.level(to);
    return msg(str`${level} cannot be reached without steps: there is no elevator to it, only stairs or escalators.`);
  }
  const booth = names.booth;
  return msg(str`Booth ${booth} cannot be reached without steps: the way has stairs or escalators.`);
}
