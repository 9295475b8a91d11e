import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { setLocale } from '../src/i18n/locale.js';
import { applyTheme, type ThemeName } from '../src/themes/themes.js';

// Controls and docs for every element come from the JSDoc-generated manifest.
setCustomElementsManifest(manifest);

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Visitor language',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'vi', title: 'Tiếng Việt' },
          { value: 'en', title: 'English' },
          { value: 'zh-Hans', title: '简体中文' },
          { value: 'zh-Hant', title: '繁體中文' },
          { value: 'ko', title: '한국어' },
          { value: 'ja', title: '日本語' },
          { value: 'ru', title: 'Русский' },
          { value: 'th', title: 'ไทย' },
        ],
      },
    },
    theme: {
      description: 'Theme',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        dynamicTitle: true,
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'high-contrast', title: 'High contrast' },
          { value: 'high-contrast-dark', title: 'High contrast, dark' },
          { value: 'large-text', title: 'Large text' },
          { value: 'auto', title: 'Follow the system' },
        ],
      },
    },
  },
  initialGlobals: { locale: 'vi', theme: 'light' },
  decorators: [
    (story, context) => {
      void setLocale(context.globals.locale ?? 'vi');
      applyTheme(
        document.documentElement,
        ...(String(context.globals.theme ?? 'light').split(' ') as (ThemeName | 'auto')[]),
      );
      return story();
    },
  ],
  parameters: {
    controls: { expanded: true },
    layout: 'padded',
  },
};
export default preview;
