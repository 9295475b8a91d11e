// Stands for another app on the page that uses @lit/localize itself.
import { configureLocalization } from '@lit/localize';

const { setLocale } = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['fr'],
  loadLocale: async () => ({ templates: {} }),
});
window.otherAppLocale = setLocale('fr').then(() => 'fr');
