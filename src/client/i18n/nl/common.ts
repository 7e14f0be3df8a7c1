import { formatNumber } from '../format';
import type { PartCopy } from '../parts';
import { plural } from '../text';

// Nederlands. Formeel is u/uw (veel oudere klanten verwachten het), informeel je/jouw; de
// schuldeiser kiest, en binnen één bericht wordt nooit gemengd. Buiten de banner vermijdt de
// tekst aanspreekvormen (gebiedende wijs en onpersoonlijke zinnen), zodat die bij beide past.

// The number and plural helpers every part of this catalog uses.
export const n = (value: number): string => formatNumber(value, 'nl');
export const byCount = (count: number, one: string, other: string): string =>
  plural('nl', count, { one, other });

/** Dutch copy of the words every element uses. */
export const copy: PartCopy<'common'> = {
  locale: 'nl',

  common: {
    loading: 'Bezig met laden…',
    errorFallback: 'De facturen konden nu even niet worden geladen. Probeer het zo nog eens.',
    retry: 'Opnieuw proberen',
    close: 'Sluiten',
    dialogClose: 'Venster sluiten',
    cancel: 'Annuleren',
    back: 'Terug',
    continue: 'Verder',
    optional: 'optioneel',
    invoiceCount: (p) => byCount(p.count, '1 factuur', `${n(p.count)} facturen`),
    helpFor: (p) => `Wat betekent ‘${p.term}’?`,
  },

  actions: {
    view: 'Factuur bekijken',
    pay: 'Nu betalen',
    plan: 'Betalingsregeling voorstellen',
    promise: 'Betaaldatum kiezen',
    dispute: 'Laat weten wat er niet klopt',
    snooze: 'Later herinneren',
    showAmounts: 'Bedragen tonen',
    hideAmounts: 'Bedragen verbergen',
    close: 'Sluiten',
  },
};
