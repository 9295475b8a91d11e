// The sample fairs as Storybook serves them (staticDirs maps src/data/samples → /samples).
export const samples = {
  'Cao Bang Goods Week (14 booths, park)': 'samples/cao-bang/feed.json',
  'Son La Agricultural Week (20 booths, 2 levels)': 'samples/son-la/feed.json',
  'National Specialties Fair (216 booths, 2,160 products)': 'samples/national/feed.json',
} as const;

export const sampleControl = {
  control: 'select',
  options: Object.values(samples),
  labels: Object.fromEntries(Object.entries(samples).map(([label, url]) => [url, label])),
} as const;

export const caoBang = samples['Cao Bang Goods Week (14 booths, park)'];
export const sonLa = samples['Son La Agricultural Week (20 booths, 2 levels)'];
export const national = samples['National Specialties Fair (216 booths, 2,160 products)'];
