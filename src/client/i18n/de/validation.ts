import type { PartCopy } from '../parts';
import { byCount, n } from './common';

/** German copy of the forms' field errors. */
export const copy: PartCopy<'validation'> = {
  validation: {
    summary: (p) => byCount(p.count, 'Bitte 1 Feld prüfen', `Bitte ${n(p.count)} Felder prüfen`),
    required: 'Bitte ausfüllen.',
    amountInvalid: 'Bitte einen Betrag eingeben, zum Beispiel 150 oder 150,50.',
    amountTooLow: (p) => `Bitte mindestens ${p.min} eingeben.`,
    amountTooHigh: (p) => `Bitte höchstens ${p.max} eingeben.`,
    dateInvalid: 'Bitte ein Datum wählen.',
    dateInPast: 'Bitte heute oder ein späteres Datum wählen.',
    chooseReason: 'Bitte auswählen, worum es geht.',
    chooseLines: 'Bitte mindestens eine Position auswählen.',
    messageTooLong: (p) => `Bitte die Nachricht auf ${n(p.max)} Zeichen kürzen.`,
  },
};
