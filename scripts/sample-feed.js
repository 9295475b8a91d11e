// What the hand-written sample generators (generate-cao-bang.js, generate-son-la.js)
// share when they assemble a feed: each producer there lists its booths and its
// products, and the feed's booths, products and producer pictures follow from them.

/** A price in dong. */
const vnd = (amount) => ({ amount, currency: 'VND' });

/** `booths` with the producers at each and the categories of what they sell. */
export function boothsOf(booths, producers) {
  return booths.map((b) => {
    const owners = producers.filter((p) => p.booths.includes(b.id));
    return {
      ...b,
      producers: owners.map((p) => p.id),
      categories: [...new Set(owners.flatMap((p) => p.products.map((x) => x.category)))],
    };
  });
}

/**
 * Every producer's products as the feed has them: the price in dong, the
 * picture (`image`, else its category's in `imageOf`), and a trace link under
 * `trace` for the products that have one.
 */
export function productsOf(producers, imageOf, trace) {
  return producers.flatMap((p) =>
    p.products.map(({ image, trace: traced, price, ...rest }) => ({
      id: rest.id,
      producer: p.id,
      name: rest.name,
      category: rest.category,
      ...(rest.ocop ? { ocop: rest.ocop } : {}),
      ...(rest.certifications ? { certifications: rest.certifications } : {}),
      price: vnd(price),
      unit: rest.unit,
      images: [`img/${image ?? imageOf[rest.category]}.svg`],
      ...(rest.description ? { description: rest.description } : {}),
      ...(traced ? { trace: `${trace}${rest.id}` } : {}),
      ...(rest.tags ? { tags: rest.tags } : {}),
    })),
  );
}

/** A producer's picture: its first product's. */
export function producerImage(producer, imageOf) {
  const first = producer.products[0];
  return `img/${first.image ?? imageOf[first.category]}.svg`;
}
