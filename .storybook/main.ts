import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  addons: ['@storybook/addon-docs'],
  staticDirs: [{ from: '../src/data/samples', to: '/samples' }],
  core: { disableTelemetry: true },
};
export default config;
