import { formatNumber } from '../format';
import type { PartCopy } from '../parts';
import { plural } from '../text';

// Deutsch. „Sie“ ist in Zahlungserinnerungen der Standard (formal); „du“ (informal) nur, wenn
// der Gläubiger so mit seinen Kunden spricht. Nie gemischt. Außerhalb des Banners kommt die
// Oberfläche ohne Anrede aus (Infinitive, unpersönliche Sätze), damit sie zu beidem passt.

// The number and plural helpers every part of this catalog uses.
export const n = (value: number): string => formatNumber(value, 'de');
export const byCount = (count: number, one: string, other: string): string =>
  plural('de', count, { one, other });

/** German copy of the words every element uses. */
export const copy: PartCopy<'common'> = {
  locale: 'de',

  common: {
    loading: 'Wird geladen …',
    errorFallback: 'Die Rechnungen konnten gerade nicht geladen werden. Bitte gleich noch einmal versuchen.',
    retry: 'Erneut versuchen',
    close: 'Schließen',
    dialogClose: 'Dialog schließen',
    cancel: 'Abbrechen',
    back: 'Zurück',
    continue: 'Weiter',
    optional: 'optional',
    invoiceCount: (p) => byCount(p.count, '1 Rechnung', `${n(p.count)} Rechnungen`),
    helpFor: (p) => `Was bedeutet „${p.term}“?`,
  },

  actions: {
    view: 'Rechnung ansehen',
    pay: 'Jetzt bezahlen',
    plan: 'Ratenzahlung vorschlagen',
    promise: 'Zahlungsdatum wählen',
    dispute: 'Mitteilen, was nicht stimmt',
    snooze: 'Später erinnern',
    showAmounts: 'Beträge anzeigen',
    hideAmounts: 'Beträge ausblenden',
    close: 'Schließen',
  },
};
