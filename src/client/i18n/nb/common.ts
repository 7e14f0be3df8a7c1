import { formatNumber } from '../format';
import type { PartCopy } from '../parts';
import { plural } from '../text';

// Norsk bokmål. Uformell tiltale er du/deg/din (standard i Norge); formell er De/Dem/Deres
// (signaliserer avstand, for kreditorer som ønsker det). Aldri blandet. Utenfor banneret
// unngår teksten tiltaleformer helt, så den passer med begge.

// The number and plural helpers every part of this catalog uses.
export const n = (value: number): string => formatNumber(value, 'nb');
export const byCount = (count: number, one: string, other: string): string =>
  plural('nb', count, { one, other });

/** Norwegian Bokmål copy of the words every element uses. */
export const copy: PartCopy<'common'> = {
  locale: 'nb',

  common: {
    loading: 'Laster inn …',
    errorFallback: 'Vi fikk ikke hentet fakturaene akkurat nå. Prøv igjen om litt.',
    retry: 'Prøv igjen',
    close: 'Lukk',
    dialogClose: 'Lukk dialogen',
    cancel: 'Avbryt',
    back: 'Tilbake',
    continue: 'Fortsett',
    optional: 'valgfritt',
    invoiceCount: (p) => byCount(p.count, '1 faktura', `${n(p.count)} fakturaer`),
    helpFor: (p) => `Hva betyr «${p.term}»?`,
  },

  actions: {
    view: 'Se fakturaen',
    pay: 'Betal nå',
    plan: 'Foreslå en avdragsordning',
    promise: 'Velg betalingsdato',
    dispute: 'Si fra om noe er feil',
    snooze: 'Minn meg på det senere',
    showAmounts: 'Vis beløp',
    hideAmounts: 'Skjul beløp',
    close: 'Lukk',
  },
};
