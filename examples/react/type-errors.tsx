// Mistakes the React types must catch (type-checked by npm test, never built):
// each line after `@ts-expect-error` is an error, and tsc fails with "Unused
// '@ts-expect-error' directive" if the types ever stop catching it. TypeScript
// does not check JSX names with a hyphen that a type does not declare (as with
// `data-*`), so a misspelt event name (`onfair-show-bouth`) is not caught.
import type { RefObject } from 'react';
import type {} from 'fairkit/react';
import type { FairBoothMap } from 'fairkit/fair-booth-map.js';

export function Mistakes({ map, onMouse }: { map: RefObject<FairBoothMap | null>; onMouse: (e: MouseEvent) => void }) {
  return (
    <>
      {/* @ts-expect-error a misspelt attribute */}
      <fair-product-card prodct="mien-dong-500g" />
      {/* @ts-expect-error a handler for another kind of event */}
      <fair-product-card onfair-show-booth={onMouse} />
      {/* @ts-expect-error `fair-show-booth` carries a booth, not a producer */}
      <fair-product-card onfair-show-booth={(e) => e.detail.producerId} />
      {/* @ts-expect-error `view` is `map` or `list` */}
      <fair-booth-map view="grid" />
      {/* @ts-expect-error the attribute spelling is typed too */}
      <fair-booth-map route-to={12} />
      {/* @ts-expect-error a read-only property */}
      <fair-booth-map currentLevel="ground" />
      {/* @ts-expect-error `ref` is typed to the element */}
      <fair-product-card ref={map} />
      {/* @ts-expect-error a misspelt CSS property in `style` */}
      <fair-booth-map style={{ hieght: '24rem' }} />
      {/* @ts-expect-error the kiosk's keyboard is internal */}
      <fair-kiosk-keyboard />
    </>
  );
}
