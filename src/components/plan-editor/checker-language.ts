/**
 * The language of the feed checker's messages in the plan editor's own
 * bundle (rollup.config.js, `editorCheckerMessages`): Vietnamese when the
 * kit's language is Vietnamese, else English — the two the checker speaks.
 * Elsewhere (the kit, the editor's ES module for bundlers) the checker's
 * messages are English.
 */
import { getLocale } from '../../i18n/locale.js';

export function lang(): 'vi' | 'en' {
  return getLocale().toLowerCase().split('-')[0] === 'vi' ? 'vi' : 'en';
}
