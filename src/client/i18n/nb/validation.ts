import type { PartCopy } from '../parts';
import { n } from './common';

/** Norwegian Bokmål copy of the forms' field errors. */
export const copy: PartCopy<'validation'> = {
  validation: {
    summary: (p) => `Kontroller ${n(p.count)} felt`,
    required: 'Fyll ut dette feltet.',
    amountInvalid: 'Skriv inn et beløp, for eksempel 150 eller 150,50.',
    amountTooLow: (p) => `Beløpet må være minst ${p.min}.`,
    amountTooHigh: (p) => `Beløpet kan være høyst ${p.max}.`,
    dateInvalid: 'Velg en dato.',
    dateInPast: 'Velg dagens dato eller en senere dato.',
    chooseReason: 'Velg hva problemet er.',
    chooseLines: 'Velg minst én linje.',
    messageTooLong: (p) => `Kort ned meldingen til høyst ${n(p.max)} tegn.`,
  },
};
